package app.soundpath.credentials.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.Ref;
import app.soundpath.catalog.entity.SkillView;
import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.credentials.control.CredentialRules;
import app.soundpath.credentials.control.KeyRing;
import app.soundpath.credentials.control.OpenBadge;
import app.soundpath.credentials.entity.Achievement;
import app.soundpath.credentials.entity.AchievementKind;
import app.soundpath.credentials.entity.Credential;
import app.soundpath.credentials.entity.CredentialEvent;
import app.soundpath.credentials.entity.CredentialHolder;
import app.soundpath.credentials.entity.RecipientKind;
import app.soundpath.identity.boundary.AccountService;
import app.soundpath.identity.entity.AccountView;
import app.soundpath.learning.entity.CourseCompleted;
import app.soundpath.learning.entity.CourseRecounted;
import app.soundpath.learning.entity.TrackCompleted;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.security.SecureRandom;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Issues credentials. On {@link CourseCompleted} and {@link TrackCompleted} it runs inside the completing transaction
 * (a synchronous observer), so a credential exists exactly when its completion does: a rollback takes both back. It
 * first locks the learner's account row and looks for an earlier credential, so retries, two tabs and re-completions
 * never issue twice (and the unique key in the database would refuse it anyway).
 * <p>
 * Completions with no credential (made before this feature existed, or by an author's change that completed a course
 * for many learners at once) are issued by {@link #backfill}, at start-up and after such a change.
 */
@Stateless
public class CredentialIssuer {

    private static final Logger LOG = Logger.getLogger(CredentialIssuer.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int BATCH = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    app.soundpath.platform.LearnerStamps stamps;

    @Inject
    CatalogService catalog;

    @Inject
    AccountService accounts;

    @Inject
    CredentialKeys keys;

    @Inject
    PublicAddress address;

    @Resource
    SessionContext self;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void courseCompleted(@Observes CourseCompleted event) {
        catalog.map().course(event.courseId()).flatMap(c -> course(c.id(), c.slug()))
                .ifPresent(a -> issue(event.learnerId(), a, event.completedAt()));
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void trackCompleted(@Observes TrackCompleted event) {
        track(event.trackSlug()).ifPresent(a -> issue(event.learnerId(), a, event.completedAt()));
    }

    /** After an author's change recounted a course for all its learners: issue what that completed, in a new transaction. */
    public void courseRecounted(@Observes(during = TransactionPhase.AFTER_SUCCESS) CourseRecounted event) {
        try {
            self.getBusinessObject(CredentialIssuer.class).backfill();
        } catch (RuntimeException e) {
            LOG.warning(() -> "Issuing credentials after a recount failed; they are issued at the next start: " + e);
        }
    }

    /**
     * Issues the credential of a learner's achievement unless it exists; returns whether it issued one. The learner's
     * account row is locked first: another transaction of this learner issuing the same credential waits, then finds it.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public boolean issue(Long learnerId, Achievement achievement, Instant completedAt) {
        em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR UPDATE").setParameter(1, learnerId).getResultList();
        boolean exists = !em.createNamedQuery(Credential.ONE_FOR, Credential.class).setParameter("learner", learnerId)
                .setParameter("kind", achievement.kind()).setParameter("achievement", achievement.id())
                .getResultList().isEmpty();
        if (exists) {
            return false;
        }
        AccountView account = accounts.account(learnerId).orElseThrow();
        CredentialHolder holder = em.find(CredentialHolder.class, learnerId);
        RecipientKind kind = holder == null ? RecipientKind.NAME : holder.getRecipientKind();
        String salt = HexFormat.of().formatHex(salt());
        OpenBadge.Recipient recipient = kind == RecipientKind.NAME
                ? new OpenBadge.Recipient(kind, account.displayName(), null, null)
                : new OpenBadge.Recipient(kind, null, CredentialRules.emailHash(account.email(), salt), salt);
        String publicId = UUID.randomUUID().toString();
        Instant issuedAt = completedAt == null ? Instant.now() : completedAt;
        KeyRing ring = keys.ring();
        String jwt = ring.sign(OpenBadge.claims(address.base(), publicId, achievement, recipient, issuedAt));
        Credential credential = new Credential(publicId, learnerId, achievement, kind,
                kind == RecipientKind.NAME ? account.displayName() : null, issuedAt, ring.signingKeyId(), jwt);
        em.persist(credential);
        em.flush();
        stamps.renew(learnerId);
        em.persist(new CredentialEvent(credential.getId(), null, CredentialEvent.Action.ISSUED,
                achievement.kind() + " " + achievement.slug(), issuedAt));
        return true;
    }

    /**
     * Issues every credential that a completion earned but that does not exist yet, in transactions of up to
     * {@value #BATCH}; returns how many. Safe to run at any time and more than once. Each batch starts after the
     * last completion the one before it read (keyset), so a large backlog is read once rather than from its start
     * for every batch (a fresh {@code -Dsize=L} database has 230,000 completions), and a completion whose
     * credential cannot be issued is passed over instead of read again and again.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int backfill() {
        CredentialIssuer me = self.getBusinessObject(CredentialIssuer.class);
        int total = 0;
        Batch batch = new Batch(0, 0, 0, true);
        while (batch.full()) {
            batch = me.backfillCourses(batch.lastLearner(), batch.lastCourse());
            total += batch.issued();
        }
        CatalogMap map = catalog.map();
        for (CatalogMap.TrackNode track : map.tracks()) {
            batch = new Batch(0, 0, 0, true);
            while (batch.full()) {
                batch = me.backfillTrack(track.slug(), batch.lastLearner());
                total += batch.issued();
            }
        }
        return total;
    }

    /**
     * What one batch of the backfill did: how many it issued, the key of the last completion it read (the next batch
     * starts after it) and whether it read a full batch (so there may be more).
     */
    public record Batch(int issued, long lastLearner, long lastCourse, boolean full) {
    }

    /** Issues the course credentials missing for completions after (afterLearner, afterCourse), up to a batch. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch backfillCourses(long afterLearner, long afterCourse) {
        List<?> rows = em.createNativeQuery("SELECT c.learner_id, c.course_id, c.completed_at FROM completed_course c"
                + " WHERE (c.learner_id > ?1 OR (c.learner_id = ?1 AND c.course_id > ?2))"
                + " AND NOT EXISTS (SELECT 1 FROM credential x WHERE x.learner_id = c.learner_id"
                + " AND x.achievement_kind = 'COURSE' AND x.achievement_id = c.course_id)"
                + " ORDER BY c.learner_id, c.course_id LIMIT " + BATCH)
                .setParameter(1, afterLearner).setParameter(2, afterCourse).getResultList();
        CatalogMap map = catalog.map();
        int issued = 0;
        long lastLearner = afterLearner;
        long lastCourse = afterCourse;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Long learner = ((Number) r[0]).longValue();
            lastLearner = learner;
            lastCourse = ((Number) r[1]).longValue();
            Optional<Achievement> achievement = map.course(lastCourse).flatMap(c -> course(c.id(), c.slug()));
            if (achievement.isPresent() && issue(learner, achievement.get(), instant(r[2]))) {
                issued++;
            }
        }
        return new Batch(issued, lastLearner, lastCourse, rows.size() == BATCH);
    }

    /** Issues the credentials of track {@code slug} missing for learners after {@code afterLearner}, up to a batch. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Batch backfillTrack(String slug, long afterLearner) {
        Optional<Achievement> achievement = track(slug);
        CatalogMap.TrackNode track = catalog.map().trackBySlug(slug).orElse(null);
        if (achievement.isEmpty() || track == null || track.courseIds().isEmpty()) {
            return new Batch(0, afterLearner, 0, false);
        }
        String ids = track.courseIds().stream().map(String::valueOf).collect(Collectors.joining(","));
        // Two plain queries rather than one with NOT EXISTS: on a credential table that grew from empty since
        // PostgreSQL last analysed it, the planner took the track's credentials for one row and compared every
        // completion with every one of them (15 s a batch on -Dsize=L).
        List<?> rows = em.createNativeQuery("SELECT c.learner_id, MAX(c.completed_at) FROM completed_course c"
                + " WHERE c.learner_id > ?1 AND c.course_id IN (" + ids + ")"
                + " GROUP BY c.learner_id HAVING COUNT(*) = ?2 ORDER BY c.learner_id LIMIT " + BATCH)
                .setParameter(1, afterLearner).setParameter(2, track.courseIds().size()).getResultList();
        if (rows.isEmpty()) {
            return new Batch(0, afterLearner, 0, false);
        }
        long first = ((Number) ((Object[]) rows.getFirst())[0]).longValue();
        long last = ((Number) ((Object[]) rows.getLast())[0]).longValue();
        Set<Long> holders = new HashSet<>();
        for (Object id : em.createNativeQuery("SELECT learner_id FROM credential WHERE learner_id BETWEEN ?1 AND ?2"
                        + " AND achievement_kind = 'TRACK' AND achievement_id = ?3")
                .setParameter(1, first).setParameter(2, last).setParameter(3, achievement.get().id()).getResultList()) {
            holders.add(((Number) id).longValue());
        }
        int issued = 0;
        long lastLearner = afterLearner;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            lastLearner = ((Number) r[0]).longValue();
            if (!holders.contains(lastLearner) && issue(lastLearner, achievement.get(), instant(r[1]))) {
                issued++;
            }
        }
        return new Batch(issued, lastLearner, 0, rows.size() == BATCH);
    }

    private Optional<Achievement> course(Long id, String slug) {
        return catalog.course(slug).map(c -> new Achievement(AchievementKind.COURSE, id, c.slug(), c.title(), c.summary(),
                c.skills().stream().map(Ref::title).toList()));
    }

    /** A track as an achievement. Tracks are known to the catalog's pages by slug; the id is read from its table. */
    private Optional<Achievement> track(String slug) {
        Optional<TrackDetail> detail = catalog.track(slug);
        if (detail.isEmpty()) {
            return Optional.empty();
        }
        Long id = ((Number) em.createNativeQuery("SELECT id FROM track WHERE slug = ?1").setParameter(1, slug)
                .getSingleResult()).longValue();
        TrackDetail t = detail.get();
        return Optional.of(new Achievement(AchievementKind.TRACK, id, t.slug(), t.title(), t.tagline(),
                t.skills().stream().map(SkillView::name).toList()));
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return salt;
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime ldt) {
            return ldt.toInstant(java.time.ZoneOffset.UTC);
        }
        return null;
    }
}
