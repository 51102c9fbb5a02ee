package app.soundpath.authoring.boundary;

import app.soundpath.authoring.control.CourseExchange;
import app.soundpath.authoring.entity.AuditEntry.Action;
import app.soundpath.authoring.entity.AuditEntry.ObjectType;
import app.soundpath.authoring.entity.AuthoredCourse;
import app.soundpath.authoring.entity.AuthoredLesson;
import app.soundpath.authoring.entity.AuthoredSkill;
import app.soundpath.authoring.entity.ContentStatus;
import app.soundpath.authoring.entity.CourseDocument;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.Views.CourseEdit;
import app.soundpath.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A course as one document, both ways: export (settings and every lesson not archived, as the editor shows it) and
 * import as a new draft course through the same validation as the editors. The document rules (format, slug
 * de-duplication, references by slug) are the pure {@code CourseExchange}.
 */
@Stateless
@RolesAllowed({Role.Names.INSTRUCTOR, Role.Names.ADMIN})
public class CourseTransfer {

    @PersistenceContext
    EntityManager em;

    @Inject
    Changes changes;

    @Inject
    AuthoringService courses;

    @Inject
    LessonEditing lessonEditing;


    /** The course as one document: settings, and every lesson that is not archived, as the editor shows it. */
    public CourseDocument exportCourse(Long id) {
        CourseEdit course = courses.course(id);
        Map<Long, String> skillSlugs = em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                .collect(Collectors.toMap(AuthoredSkill::getId, AuthoredSkill::getSlug));
        Map<Long, String> courseSlugs = em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).getResultStream()
                .collect(Collectors.toMap(AuthoredCourse::getId, AuthoredCourse::getSlug));
        List<AuthoredLesson> kept = changes.lessonsOf(id).stream().filter(l -> l.getStatus() != ContentStatus.ARCHIVED).toList();
        List<CourseDocument.Lesson> lessons = lessonEditing.contents(kept).values().stream()
                .map(c -> CourseExchange.lesson(c, skillSlugs)).toList();
        return new CourseDocument(CourseDocument.FORMAT, course.values().title(), course.values().slug(),
                course.values().summary(), course.values().tracks(),
                course.values().prerequisites().stream().map(courseSlugs::get).toList(), lessons);
    }

    /**
     * Creates a new draft course, owned by the caller, from a document. Slugs already taken get a number added
     * (so a course can be imported next to the one it was exported from). Nothing is created if anything is wrong.
     */
    public Long importCourse(CourseDocument doc) {
        CourseExchange.Plan plan = CourseExchange.plan(doc, changes.known());
        Long id = courses.createCourse(plan.course());
        for (LessonContent content : plan.lessons()) {
            lessonEditing.createLesson(id, content);
        }
        AuthoredCourse created = em.find(AuthoredCourse.class, id);
        changes.audit(Action.IMPORT, ObjectType.COURSE, id, id, created.getTitle(), null, plan.lessons().size() + " lessons imported");
        return id;
    }
}
