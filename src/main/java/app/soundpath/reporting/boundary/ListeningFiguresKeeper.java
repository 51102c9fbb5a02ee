package app.soundpath.reporting.boundary;

import app.soundpath.authoring.entity.LessonAdded;
import app.soundpath.authoring.entity.LessonRemoving;
import app.soundpath.learning.entity.ListeningAnswered;
import app.soundpath.reporting.control.ListeningFigures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps {@code listening_figures} (reporting's table, the course report's per-exercise line) from learning's
 * {@code ListeningAnswered} and authoring's lesson events, in their transaction: a rollback takes the figures back with
 * the answer, and no other feature writes the table. Like {@link LessonFiguresKeeper}: one {@code UPDATE … + n} on the
 * learner's slot, safe under concurrency (the row lock orders two learners of one slot; one learner's answers are
 * already ordered by the lock on their course summary).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ListeningFiguresKeeper {

    @PersistenceContext
    EntityManager em;

    /** Adds one answer to the lesson's figures, in the learner's slot (inserted if missing: a lesson made outside the app). */
    public void listeningAnswered(@Observes ListeningAnswered event) {
        SlotCounterStatements.add(em, ListeningFigures.TABLE, event.lessonId(), event.learnerId(), event.firstAnswer() ? 1 : 0,
                1, event.correct() ? 1 : 0, event.passed() ? 1 : 0);
    }

    /** Empty figures for a lesson just created (an exercise can be added to any lesson later). */
    public void lessonAdded(@Observes LessonAdded event) {
        SlotCounterStatements.prepare(em, ListeningFigures.TABLE, event.lessonId());
    }

    /** Drops a lesson's figures before the lesson is deleted. */
    public void lessonRemoving(@Observes LessonRemoving event) {
        SlotCounterStatements.forget(em, ListeningFigures.TABLE, event.lessonId());
    }
}
