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

    /** Adds to the lesson's figures, in the learner's slot. */
    public void lessonActivity(@Observes LessonActivity event) {
        if (!event.changesAnything()) {
            return;
        }
        if (add(LessonFigures.ADD, event) == 0) {
            add(LessonFigures.INSERT_ONE, event); // a lesson made outside the app, without its figure rows
        }
    }

    /** Empty figures for a lesson just created. */
    public void lessonAdded(@Observes LessonAdded event) {
        em.createNativeQuery(LessonFigures.PREPARE).setParameter(1, event.lessonId()).executeUpdate();
    }

    /** Drops a lesson's figures before the lesson is deleted (only lessons nobody studied are deleted). */
    public void lessonRemoving(@Observes LessonRemoving event) {
        em.createNativeQuery(LessonFigures.FORGET).setParameter(1, event.lessonId()).executeUpdate();
    }

    private int add(String sql, LessonActivity event) {
        return em.createNativeQuery(sql).setParameter(1, event.reached()).setParameter(2, event.done())
                .setParameter(3, event.scored()).setParameter(4, (long) event.scoreGain()).setParameter(5, event.failed())
                .setParameter(6, event.lessonId()).setParameter(7, LessonFigures.slot(event.learnerId())).executeUpdate();
    }
}
