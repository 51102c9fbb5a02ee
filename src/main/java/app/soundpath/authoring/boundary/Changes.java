package app.soundpath.authoring.boundary;

import app.soundpath.authoring.control.CourseExchange;
import app.soundpath.platform.Callers;
import app.soundpath.authoring.entity.AuditEntry;
import app.soundpath.authoring.entity.AuditEntry.Action;
import app.soundpath.authoring.entity.AuditEntry.ObjectType;
import app.soundpath.authoring.entity.AuthoredCourse;
import app.soundpath.authoring.entity.AuthoredLesson;
import app.soundpath.authoring.entity.AuthoredSkill;
import app.soundpath.authoring.entity.CourseOwner;
import app.soundpath.authoring.entity.EditConflictException;
import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.NotAllowedException;
import app.soundpath.authoring.entity.UnknownContentException;
import app.soundpath.identity.entity.Role;
import app.soundpath.platform.ContentChanged;
import jakarta.annotation.Resource;
import jakarta.enterprise.event.Event;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How every change to content is made, for the authoring services: who may change a course (its owner, its
 * co-owners, admins), the version a save is based on (a save based on an old version is a conflict), writing new
 * rows with a clear answer when a slug was taken meanwhile, and the audit entry written in the same transaction.
 * Runs inside the caller's transaction and security context; the services check the roles.
 */
@Stateless
public class Changes {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    Event<ContentChanged> contentChanged;

    public record TrackRef(Long id, String slug, String title) {
    }

    public List<TrackRef> tracks() {
        // Tracks belong to the catalog and are not edited here; this reads their ids, slugs and titles only.
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, slug, title FROM track ORDER BY position").getResultList();
        return rows.stream().map(r -> new TrackRef(((Number) r[0]).longValue(), (String) r[1], (String) r[2])).toList();
    }

    public Map<String, Long> trackIds(List<String> slugs, Map<String, FieldProblem> problems) {
        Map<String, Long> known = tracks().stream().collect(Collectors.toMap(TrackRef::slug, TrackRef::id));
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String slug : slugs) {
            if (known.containsKey(slug)) {
                ids.put(slug, known.get(slug));
            } else {
                problems.put("tracks", FieldProblem.of("author.unknownTrack"));
            }
        }
        return ids;
    }

    /** What a course document may refer to (skills, courses and tracks by slug) and the slugs taken: for imports. */
    public CourseExchange.Known known() {
        return new CourseExchange.Known(
                em.createNamedQuery(AuthoredSkill.ALL, AuthoredSkill.class).getResultStream()
                        .collect(Collectors.toMap(AuthoredSkill::getSlug, AuthoredSkill::getId)),
                em.createNamedQuery(AuthoredCourse.ALL, AuthoredCourse.class).getResultStream()
                        .collect(Collectors.toMap(AuthoredCourse::getSlug, AuthoredCourse::getId)),
                tracks().stream().map(TrackRef::slug).collect(Collectors.toSet()),
                base -> taken(AuthoredCourse.SLUGS_LIKE, base), base -> taken(AuthoredLesson.SLUGS_LIKE, base));
    }

    public Set<String> taken(String query, String base) {
        return new HashSet<>(em.createNamedQuery(query, String.class).setParameter("prefix", base + "%").getResultList());
    }

    public static void failOn(Map<String, FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
    }

    public static void expectVersion(long current, long expected, ObjectType type, Long id) {
        if (current != expected) {
            throw new EditConflictException(type, id);
        }
    }

    /**
     * Claims the version the caller's save is based on: the row's version is raised now, so of two saves based on
     * the same version the second waits for the first and then fails here, before it changes anything.
     */
    public void claim(Object entity, ObjectType type, Long id) {
        saveVersioned(entity, type, id);
    }

    /**
     * Writes a new course, lesson or skill now. The slug was checked as free, but another author's create of the
     * same slug may have landed since: the unique key then says no, and the author gets "taken" beside the field
     * instead of an error page.
     */
    public void flushNew() {
        try {
            em.flush();
        } catch (jakarta.persistence.PersistenceException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw new InvalidContentException(Map.of("slug", FieldProblem.of("author.slugTaken")));
                }
            }
            throw e;
        }
    }

    /** Bumps the version and writes now, so a concurrent save of the same version fails here, not at commit. */
    public long saveVersioned(Object entity, ObjectType type, Long id) {
        try {
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
            em.flush();
        } catch (OptimisticLockException e) {
            throw new EditConflictException(type, id);
        }
        return entity instanceof AuthoredCourse c ? c.getVersion()
                : entity instanceof AuthoredLesson l ? l.getVersion() : ((AuthoredSkill) entity).getVersion();
    }

    public AuthoredCourse course(Long id) {
        AuthoredCourse course = id == null ? null : em.find(AuthoredCourse.class, id);
        if (course == null) {
            throw new UnknownContentException();
        }
        if (!isAdmin() && em.find(CourseOwner.class, new CourseOwner.Key(id, callerId())) == null) {
            throw new NotAllowedException();
        }
        return course;
    }

    public boolean canManageOwners(Long courseId) {
        CourseOwner me = em.find(CourseOwner.class, new CourseOwner.Key(courseId, callerId()));
        return isAdmin() || (me != null && me.getRole() == CourseOwner.Role.OWNER);
    }

    public void requireOwnerOrAdmin(Long courseId) {
        if (!canManageOwners(courseId)) {
            throw new NotAllowedException();
        }
    }

    public AuthoredLesson lesson(Long id) {
        AuthoredLesson lesson = id == null ? null : em.find(AuthoredLesson.class, id);
        if (lesson == null) {
            throw new UnknownContentException();
        }
        return lesson;
    }

    public AuthoredSkill skill(Long id) {
        AuthoredSkill skill = id == null ? null : em.find(AuthoredSkill.class, id);
        if (skill == null) {
            throw new UnknownContentException();
        }
        return skill;
    }

    public List<AuthoredLesson> lessonsOf(Long courseId) {
        return em.createNamedQuery(AuthoredLesson.OF_COURSE, AuthoredLesson.class).setParameter("course", courseId)
                .getResultList();
    }

    /**
     * Writes the audit entry of a change, in its transaction, and announces the change: every change to content
     * is audited, so this is also where the catalog learns that its snapshot of published content is out of date.
     */
    public void audit(Action action, ObjectType type, Long objectId, Long courseId, String title, String before, String after) {
        em.persist(new AuditEntry(now(), callerId(), action, type, objectId, courseId, title,
                before == null || before.isEmpty() ? null : before, after == null || after.isEmpty() ? null : after));
        contentChanged.fire(new ContentChanged(courseId));
    }

    public boolean isAdmin() {
        return session.isCallerInRole(Role.Names.ADMIN);
    }

    public Long callerId() {
        return Callers.id(session);
    }

    public Instant now() {
        return clock.instant();
    }
}
