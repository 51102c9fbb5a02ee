package app.soundpath.reporting.boundary;

import app.soundpath.authoring.entity.CourseRemoving;
import app.soundpath.learning.entity.CourseActivity;
import app.soundpath.learning.entity.CourseRecounted;
import app.soundpath.reporting.control.CourseFigures;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Keeps {@code course_figures} (reporting's table, the course report's summary line) from the events of the
 * features that change course summaries and courses, in their transaction: a rollback takes the figures back with
 * the change, and no other feature writes the table. Like {@link LessonFiguresKeeper}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CourseFiguresKeeper {

    @PersistenceContext
    EntityManager em;

    /**
     * Adds to the course's figures, in the learner's slot (inserted if missing: the course's first learner since its
     * figures were last counted).
     */
    public void courseActivity(@Observes CourseActivity event) {
        if (event.changesAnything()) {
            SlotCounterStatements.add(em, CourseFigures.TABLE, event.courseId(), event.learnerId(), event.enrolled(),
                    event.started(), event.completed());
        }
    }

    /**
     * Every summary of the course was recounted (a lesson or the course published, archived, moved): counts the
     * course afresh. The slots are made where missing, locked (a learner's transaction that added to one commits
     * first, and is then in the count), and set in place.
     */
    public void courseRecounted(@Observes CourseRecounted event) {
        em.flush();
        em.createNativeQuery(CourseFigures.TABLE.prepareMissing(event.courseId())).executeUpdate();
        em.createNativeQuery(CourseFigures.LOCK).setParameter(1, event.courseId()).getResultList();
        em.createNativeQuery(CourseFigures.recount(event.courseId())).executeUpdate();
    }

    /** Drops a course's figures before the course is deleted. */
    public void courseRemoving(@Observes CourseRemoving event) {
        SlotCounterStatements.forget(em, CourseFigures.TABLE, event.courseId());
    }
}
