package app.soundpath.reporting.boundary;

import app.soundpath.authoring.entity.LessonAdded;
import app.soundpath.authoring.entity.LessonRemoving;
import app.soundpath.learning.entity.LessonActivity;
import app.soundpath.reporting.control.LessonFigures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps {@code lesson_figures} (reporting's table) from the events of the features that change lessons and lesson
 * rows, in their transaction: a rollback takes the figures back with the change, and no other feature writes the
 * table. Like {@link TrackSummaryKeeper}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class LessonFiguresKeeper {

    @PersistenceContext
    EntityManager em;

    /** Adds to the lesson's figures, in the learner's slot (inserted if missing: a lesson made outside the app). */
    public void lessonActivity(@Observes LessonActivity event) {
        if (event.changesAnything()) {
            SlotCounterStatements.add(em, LessonFigures.TABLE, event.lessonId(), event.learnerId(), event.reached(),
                    event.done(), event.scored(), (long) event.scoreGain(), event.failed());
        }
    }

    /** Empty figures for a lesson just created. */
    public void lessonAdded(@Observes LessonAdded event) {
        SlotCounterStatements.prepare(em, LessonFigures.TABLE, event.lessonId());
    }

    /** Drops a lesson's figures before the lesson is deleted (only lessons nobody studied are deleted). */
    public void lessonRemoving(@Observes LessonRemoving event) {
        SlotCounterStatements.forget(em, LessonFigures.TABLE, event.lessonId());
    }
}
