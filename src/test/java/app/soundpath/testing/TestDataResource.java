package app.soundpath.testing;

import app.soundpath.identity.control.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * Test-only (added to the test deployment, never to the real WAR): lets a test plant what it cannot make
 * through the app in reasonable time, such as a password hash from before the cost was raised or a reset link
 * that is 25 hours old. Works on the same real database as the app.
 */
@Stateless
@Path("test-data")
public class TestDataResource {

    @PersistenceContext
    EntityManager em;

    @jakarta.inject.Inject
    app.soundpath.assessment.boundary.AssessmentService assessment;

    @jakarta.inject.Inject
    app.soundpath.reporting.boundary.TrackSummaryKeeper summaries;

    @POST
    @Path("old-password-hash")
    public String plantOldHash(@QueryParam("email") String email, @QueryParam("password") String password,
                               @QueryParam("iterations") int iterations) {
        String hash = new PasswordHasher(iterations).hash(password);
        em.createNativeQuery("UPDATE account SET password_hash = ?1 WHERE email = ?2")
                .setParameter(1, hash).setParameter(2, email).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return hash;
    }

    /** SQL statements the last page request to a path sent ("GET /lessons/x"), counted by StatementsPerRequest. */
    @GET
    @Path("statements")
    public String statements(@QueryParam("request") String request) {
        return request == null ? new java.util.TreeMap<>(StatementsPerRequest.LAST).toString()
                : String.valueOf(StatementsPerRequest.LAST.getOrDefault(request, -1));
    }

    /** The SQL text of the statements the last page request to a path sent, one per line. */
    @GET
    @Path("statement-texts")
    public String statementTexts(@QueryParam("request") String request) {
        return String.join("\n", StatementsPerRequest.TEXTS.getOrDefault(request, java.util.List.of()));
    }

    /**
     * What {@link SessionContentsCheck} saw: "checked: name=count, …" then, one per line, every session attribute
     * whose value could not be serialised.
     */
    @GET
    @Path("session-contents")
    public String sessionContents() {
        StringBuilder report = new StringBuilder("checked: ").append(new java.util.TreeMap<>(SessionContentsCheck.CHECKED));
        SessionContentsCheck.FAILURES.forEach((name, failure) -> report.append("\nnot serialisable: ").append(name)
                .append(" = ").append(failure));
        return report.toString();
    }

    /**
     * The caller's own HTTP session as the data grid copies it on every request: "bytes=n" (its attributes serialised
     * together, names and values) then "names=a,b,…" (sorted); "none" without a session.
     */
    @GET
    @Path("my-session")
    public String mySession(@jakarta.ws.rs.core.Context jakarta.servlet.http.HttpServletRequest request)
            throws java.io.IOException {
        jakarta.servlet.http.HttpSession session = request.getSession(false);
        if (session == null) {
            return "none";
        }
        java.util.TreeMap<String, Object> attributes = new java.util.TreeMap<>();
        java.util.Collections.list(session.getAttributeNames()).forEach(n -> attributes.put(n, session.getAttribute(n)));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(new java.util.HashMap<>(attributes));
        }
        return "bytes=" + bytes.size() + "\nnames=" + String.join(",", attributes.keySet());
    }

    /** The operating-system process id of the server, so a test can list the sockets it listens on. */
    @GET
    @Path("process-id")
    public String processId() {
        return String.valueOf(ProcessHandle.current().pid());
    }

    @GET
    @Path("password-hash")
    public String storedHash(@QueryParam("email") String email) {
        return (String) em.createNativeQuery("SELECT password_hash FROM account WHERE email = ?1")
                .setParameter(1, email).getSingleResult();
    }

    @GET
    @Path("account-count")
    public String accountCount(@QueryParam("email") String email) {
        return String.valueOf(em.createNativeQuery("SELECT COUNT(*) FROM account WHERE email = ?1")
                .setParameter(1, email).getSingleResult());
    }

    /** The right option ids per question of a lesson's check, as "questionId:optionId,optionId;…". */
    @GET
    @Path("answer-key")
    public String answerKey(@QueryParam("lesson") String lessonSlug) {
        return options(lessonSlug, " AND o.correct = TRUE");
    }

    /** Every option id per question of a lesson's check, as "questionId:optionId,optionId;…". */
    @GET
    @Path("option-ids")
    public String optionIds(@QueryParam("lesson") String lessonSlug) {
        return options(lessonSlug, "");
    }

    private String options(String lessonSlug, String condition) {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT q.id, o.id FROM check_question q"
                + " JOIN check_option o ON o.question_id = q.id JOIN lesson l ON l.id = q.lesson_id"
                + " WHERE l.slug = ?1" + condition + " ORDER BY q.position, o.position").setParameter(1, lessonSlug)
                .getResultList();
        java.util.Map<String, java.util.List<String>> options = new java.util.LinkedHashMap<>();
        rows.forEach(r -> options.computeIfAbsent(String.valueOf(r[0]), q -> new java.util.ArrayList<>()).add(String.valueOf(r[1])));
        return options.entrySet().stream().map(e -> e.getKey() + ":" + String.join(",", e.getValue()))
                .collect(java.util.stream.Collectors.joining(";"));
    }

    /** The stored answer of a listening item (what the learner's browser never sees before grading). */
    @GET
    @Path("listening-answer")
    public String listeningAnswer(@QueryParam("item") long item) {
        return String.valueOf(em.createNativeQuery("SELECT answer FROM listening_item WHERE id = ?1").setParameter(1, item)
                .getResultStream().findFirst().orElse("none"));
    }

    /**
     * Which clip X is, for a listening item with an X clip (EQ, faults), worked out from the stored kind, rung and seed
     * as the server does; "none" for an item without one or no item. What the learner's browser never sees.
     */
    @GET
    @Path("listening-x")
    public String listeningX(@QueryParam("item") long item) {
        java.util.List<?> rows = em.createNativeQuery("SELECT kind, rung, seed FROM listening_item WHERE id = ?1")
                .setParameter(1, item).getResultList();
        if (rows.isEmpty()) {
            return "none";
        }
        Object[] r = (Object[]) rows.getFirst();
        String x = app.soundpath.learning.control.ListeningItems.item(
                app.soundpath.catalog.entity.ListeningKind.valueOf(String.valueOf(r[0])), ((Number) r[1]).intValue(),
                ((Number) r[2]).longValue()).x();
        return x == null ? "none" : x;
    }

    /** The stored choice of an answered listening item ("X=B 1000" for an item with an X clip), "none" before. */
    @GET
    @Path("listening-chosen")
    public String listeningChosen(@QueryParam("item") long item) {
        java.util.List<?> rows = em.createNativeQuery("SELECT chosen FROM listening_item WHERE id = ?1").setParameter(1, item)
                .getResultList();
        return rows.isEmpty() || rows.get(0) == null ? "none" : String.valueOf(rows.get(0));
    }

    /**
     * One learner's listening record of a lesson: "items,answered,right,listened,passedEvents,completedEvents" (items
     * issued, answered, answered right, whether the lesson row says passed by listening, PASSED and COMPLETED events).
     */
    @GET
    @Path("listening-record")
    public String listeningRecord(@QueryParam("email") String email, @QueryParam("lesson") String lessonSlug) {
        Object[] items = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(i.answered_at),"
                + " COALESCE(SUM(CASE WHEN i.correct THEN 1 ELSE 0 END), 0) FROM listening_item i"
                + " JOIN account a ON a.id = i.learner_id JOIN lesson l ON l.id = i.lesson_id WHERE a.email = ?1 AND l.slug = ?2")
                .setParameter(1, email).setParameter(2, lessonSlug).getSingleResult();
        Object listened = em.createNativeQuery("SELECT COUNT(*) FROM lesson_progress p JOIN account a ON a.id = p.learner_id"
                + " JOIN lesson l ON l.id = p.lesson_id WHERE a.email = ?1 AND l.slug = ?2 AND p.listened_at IS NOT NULL")
                .setParameter(1, email).setParameter(2, lessonSlug).getSingleResult();
        java.util.List<?> events = em.createNativeQuery("SELECT e.verb FROM learning_event e JOIN account a ON a.id = e.learner_id"
                + " JOIN lesson l ON l.id = e.object_id WHERE a.email = ?1 AND l.slug = ?2 AND e.object_type = 'LESSON'")
                .setParameter(1, email).setParameter(2, lessonSlug).getResultList();
        long passed = events.stream().filter(v -> String.valueOf(v).trim().equals("PASSED")).count();
        long completed = events.stream().filter(v -> String.valueOf(v).trim().equals("COMPLETED")).count();
        return items[0] + "," + items[1] + "," + items[2] + "," + listened + "," + passed + "," + completed;
    }

    /** Rows of lesson_progress and COMPLETED lesson events for one learner and lesson: "rows,completions". */
    @GET
    @Path("lesson-record")
    public String lessonRecord(@QueryParam("email") String email, @QueryParam("lesson") String lessonSlug) {
        Object rows = em.createNativeQuery("SELECT COUNT(*) FROM lesson_progress p JOIN account a ON a.id = p.learner_id"
                + " JOIN lesson l ON l.id = p.lesson_id WHERE a.email = ?1 AND l.slug = ?2")
                .setParameter(1, email).setParameter(2, lessonSlug).getSingleResult();
        Object completions = em.createNativeQuery("SELECT COUNT(*) FROM learning_event e JOIN account a ON a.id = e.learner_id"
                + " JOIN lesson l ON l.id = e.object_id WHERE a.email = ?1 AND l.slug = ?2 AND e.verb = 'COMPLETED'"
                + " AND e.object_type = 'LESSON'").setParameter(1, email).setParameter(2, lessonSlug).getSingleResult();
        Object attempts = em.createNativeQuery("SELECT COUNT(*) FROM check_attempt c JOIN account a ON a.id = c.learner_id"
                + " JOIN lesson l ON l.id = c.lesson_id WHERE a.email = ?1 AND l.slug = ?2")
                .setParameter(1, email).setParameter(2, lessonSlug).getSingleResult();
        return rows + "," + completions + "," + attempts;
    }

    /** Per assessment item: its block, side, and its options as optionId/side/correct, one item per line. */
    @GET
    @Path("assessment-key")
    public String assessmentKey() {
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.block, i.side, o.id, o.side, o.correct"
                + " FROM assessment_item i LEFT JOIN assessment_option o ON o.item_id = i.id ORDER BY i.block, i.position, o.position")
                .getResultList();
        java.util.Map<String, StringBuilder> lines = new java.util.LinkedHashMap<>();
        for (Object[] r : rows) {
            StringBuilder line = lines.computeIfAbsent(r[0] + "", k -> new StringBuilder(r[0] + "|" + r[1] + "|" + r[2]));
            if (r[3] != null) {
                line.append("|").append(r[3]).append("/").append(r[4]).append("/").append(r[5]);
            }
        }
        return lines.values().stream().map(StringBuilder::toString).collect(java.util.stream.Collectors.joining("\n"));
    }

    @GET
    @Path("attempt-count")
    public String attemptCount() {
        return String.valueOf(em.createNativeQuery("SELECT COUNT(*) FROM assessment_attempt").getSingleResult());
    }

    /** One stored attempt as "learnerId|scoringVersion|suggestion|d|rescoredFrom" (empty for nulls). */
    @GET
    @Path("attempt-record")
    public String attemptRecord(@QueryParam("id") long id) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT learner_id, scoring_version, suggestion, d, rescored_from"
                + " FROM assessment_attempt WHERE id = ?1").setParameter(1, id).getSingleResult();
        return java.util.Arrays.stream(row).map(v -> v == null ? "" : v instanceof java.math.BigDecimal b
                ? b.stripTrailingZeros().toPlainString() : String.valueOf(v)).collect(java.util.stream.Collectors.joining("|"));
    }

    /** The id of the attempt that re-scores the given one, or empty. */
    @GET
    @Path("rescored-by")
    public String rescoredBy(@QueryParam("id") long id) {
        return em.createNativeQuery("SELECT id FROM assessment_attempt WHERE rescored_from = ?1").setParameter(1, id)
                .getResultStream().findFirst().map(String::valueOf).orElse("").toString();
    }

    @GET
    @Path("decision-count")
    public String decisionCount() {
        return String.valueOf(em.createNativeQuery("SELECT COUNT(*) FROM track_decision").getSingleResult());
    }

    /**
     * Re-scores every attempt under a made-up scoring version with a much wider close-call band, through the real
     * service (so the caller must be a signed-in admin): lets a test see that a new version never rewrites a result.
     */
    @POST
    @Path("rescore-under-wide-band")
    public String rescoreUnderWideBand() {
        return String.valueOf(assessment.rescoreAllUnder(new app.soundpath.assessment.entity.ScoringVersion(
                "test-wide", 0.5, 0.3, 0.2, 0.40, 0.60, 0.05, 75)));
    }

    /**
     * Plants learners named "{prefix} 001"… with emails "{prefix}-001@example.com"… (prefix lower-cased in emails),
     * each joined a minute apart. With progress, each is enrolled in the foundation course with i % 6 of its
     * five lessons done (summary and lesson rows agreeing, one passed check per lesson done) and has one assessment
     * attempt. Returns the first account id.
     */
    @POST
    @Path("learners")
    public String plantLearners(@QueryParam("prefix") String prefix, @QueryParam("count") int count,
                                @QueryParam("progress") boolean progress) {
        long account = next("account") , enrollment = next("enrollment"), check = next("check_attempt"),
                attempt = next("assessment_attempt");
        long first = account;
        // The foundation course and its lessons by slug and position: their ids are the import's, not fixed.
        long course = ((Number) em.createNativeQuery("SELECT id FROM course WHERE slug = 'audio-foundations'")
                .getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        java.util.List<Long> lessons = ((java.util.List<Object>) em.createNativeQuery("SELECT id FROM lesson WHERE course_id = ?1"
                + " ORDER BY position").setParameter(1, course).getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        java.time.LocalDateTime now = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0);
        Object questionnaire = em.createNativeQuery("SELECT id FROM questionnaire WHERE version = 1").getSingleResult();
        for (int i = 1; i <= count; i++, account++) {
            String number = String.format("%03d", i);
            java.time.LocalDateTime joined = now.minusMinutes(i);
            em.createNativeQuery("INSERT INTO account (id, email, display_name, password_hash, active, created_at, version)"
                    + " VALUES (?1, ?2, ?3, 'planted', TRUE, ?4, 0)").setParameter(1, account)
                    .setParameter(2, prefix.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-" + number + "@example.com")
                    .setParameter(3, prefix + " " + number).setParameter(4, joined).executeUpdate();
            em.createNativeQuery("INSERT INTO account_role (account_id, role) VALUES (?1, 'LEARNER')").setParameter(1, account).executeUpdate();
            if (!progress) {
                continue;
            }
            int done = i % 6;
            em.createNativeQuery("INSERT INTO enrollment (id, learner_id, course_id, enrolled_at, version) VALUES (?1, ?2, ?4, ?3, 0)")
                    .setParameter(4, course).setParameter(1, enrollment++).setParameter(2, account).setParameter(3, joined).executeUpdate();
            em.createNativeQuery("INSERT INTO learner_stamp (learner_id, stamp) VALUES (?1, 0)").setParameter(1, account).executeUpdate();
            // Nulls as SQL literals: PostgreSQL refuses a null bound without a type for a timestamp column.
            em.createNativeQuery("INSERT INTO course_progress (learner_id, course_id, lessons_total, lessons_done, last_lesson_id,"
                    + " last_activity_at, completed_at, version) VALUES (?1, ?4, 5, ?2, " + (done == 0 ? "NULL" : String.valueOf(lessons.get(done - 1)))
                    + ", ?3, " + (done == 5 ? "?3" : "NULL") + ", 0)")
                    .setParameter(4, course).setParameter(1, account).setParameter(2, done).setParameter(3, joined).executeUpdate();
            for (int lesson = 1; lesson <= done; lesson++) {
                em.createNativeQuery("INSERT INTO lesson_progress (learner_id, lesson_id, course_id, state, best_score, attempts,"
                        + " updated_at, completed_at, version) VALUES (?1, ?2, ?4, 'COMPLETED', 80, 1, ?3, ?3, 0)")
                        .setParameter(4, course).setParameter(1, account).setParameter(2, lessons.get(lesson - 1)).setParameter(3, joined).executeUpdate();
                em.createNativeQuery("INSERT INTO check_attempt (id, learner_id, lesson_id, score, passed, answers, attempted_at)"
                        + " VALUES (?1, ?2, ?3, 80, TRUE, '', ?4)").setParameter(1, check++).setParameter(2, account)
                        .setParameter(3, lessons.get(lesson - 1)).setParameter(4, joined).executeUpdate();
            }
            em.createNativeQuery("INSERT INTO assessment_attempt (id, questionnaire_id, learner_id, scoring_version, answers,"
                    + " tie_breakers, a_producer, a_engineer, b_producer, b_engineer, c_producer, c_engineer, d, suggestion,"
                    + " confidence, knowledge_percent, taken_at) VALUES (?1, ?2, ?3, '1', '', '', 0.5, 0.5, 0.5, 0.5, 0.5, 0.5,"
                    + " 0, ?4, 'MEDIUM', 50, ?5)").setParameter(1, attempt++).setParameter(2, questionnaire)
                    .setParameter(3, account).setParameter(4, i % 2 == 0 ? "PRODUCER" : "ENGINEER").setParameter(5, joined).executeUpdate();
        }
        summaries.rebuildAccounts(first, account - 1); // the reports' per-track rows, as the app keeps them
        String foundation = "SELECT y.id FROM lesson y WHERE y.course_id = " + course; // and the counters of its lessons
        em.createNativeQuery(app.soundpath.reporting.control.LessonFigures.TABLE.delete(foundation)).executeUpdate();
        em.createNativeQuery(app.soundpath.reporting.control.LessonFigures.TABLE.insert(foundation)).executeUpdate();
        String foundationCourse = "SELECT z.id FROM course z WHERE z.id = " + course;
        em.createNativeQuery(app.soundpath.reporting.control.CourseFigures.TABLE.delete(foundationCourse)).executeUpdate();
        em.createNativeQuery(app.soundpath.reporting.control.CourseFigures.TABLE.insert(foundationCourse)).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return String.valueOf(first);
    }

    /**
     * What the start-up import of src/main/content/ left in the database, one figure per line ("courses=9"): counts, statuses,
     * owners, audit entries, edit times, reporting's lesson rows, prerequisites, the courses of each track in order,
     * and the content_seed row.
     */
    @GET
    @Path("content-figures")
    public String contentFigures() {
        java.util.Map<String, String> sql = new java.util.LinkedHashMap<>();
        sql.put("courses", "SELECT COUNT(*) FROM course");
        sql.put("lessons", "SELECT COUNT(*) FROM lesson");
        sql.put("questions", "SELECT COUNT(*) FROM check_question");
        sql.put("options", "SELECT COUNT(*) FROM check_option");
        sql.put("lessonSkills", "SELECT COUNT(*) FROM lesson_skill");
        sql.put("notPublished", "SELECT (SELECT COUNT(*) FROM course WHERE status <> 'PUBLISHED')"
                + " + (SELECT COUNT(*) FROM lesson WHERE status <> 'PUBLISHED')");
        sql.put("optionalOrDraft", "SELECT COUNT(*) FROM lesson WHERE required = FALSE OR draft IS NOT NULL");
        sql.put("edited", "SELECT (SELECT COUNT(*) FROM course WHERE updated_at IS NOT NULL)"
                + " + (SELECT COUNT(*) FROM lesson WHERE updated_at IS NOT NULL)");
        sql.put("owners", "SELECT COUNT(*) FROM course_owner");
        sql.put("auditEntries", "SELECT COUNT(*) FROM audit_entry");
        sql.put("lessonFigures", "SELECT COUNT(*) FROM lesson_figures");
        sql.put("prerequisites", "SELECT COUNT(*) FROM course_prerequisite");
        sql.put("foundations", "SELECT slug FROM course WHERE foundation = TRUE");
        sql.put("producer", "SELECT c.slug FROM track_course tc JOIN course c ON c.id = tc.course_id JOIN track t"
                + " ON t.id = tc.track_id WHERE t.slug = 'producer' ORDER BY tc.position");
        sql.put("engineer", "SELECT c.slug FROM track_course tc JOIN course c ON c.id = tc.course_id JOIN track t"
                + " ON t.id = tc.track_id WHERE t.slug = 'engineer' ORDER BY tc.position");
        sql.put("trackPositions", "SELECT tc.position FROM track_course tc ORDER BY tc.track_id, tc.position");
        sql.put("seed", "SELECT source FROM content_seed");
        StringBuilder figures = new StringBuilder();
        sql.forEach((name, query) -> figures.append(name).append('=').append(((java.util.List<?>) em.createNativeQuery(query)
                .getResultList()).stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","))).append('\n'));
        return figures.toString();
    }

    @jakarta.inject.Inject
    app.soundpath.authoring.boundary.SeedImport seeding;

    @jakarta.annotation.Resource
    jakarta.enterprise.concurrent.ManagedExecutorService executor;

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /**
     * Two nodes starting at the same moment on a database without its content_seed row: the row is taken away (the
     * courses stay), then the start-up's import runs twice at once with the shipped content. Answers each run's
     * outcome (or the exception it ended with), sorted, then puts the row back as it was.
     */
    @POST
    @Path("content-seed-race")
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public String contentSeedRace() throws Exception {
        TestDataResource self = context.getBusinessObject(TestDataResource.class);
        Object[] seedRow = self.takeSeedRow();
        java.util.List<app.soundpath.authoring.control.CourseMarkdown.SeedCourse> shipped =
                app.soundpath.authoring.boundary.ContentSeed.shipped();
        String outcomes = atOnce(2, () -> seeding.seed(shipped).name());
        self.putSeedRow(seedRow);
        return outcomes;
    }

    /**
     * The start-up's step for seed lessons shipped after a database got its content, run as a start would run it, once
     * or by {@code nodes} at the same moment: answers what each run added (slugs joined by "+", "" for nothing, or
     * "refused" when it failed on a key another run held), sorted and joined by ",".
     */
    @POST
    @Path("seed-lessons")
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public String seedLessons(@QueryParam("nodes") @jakarta.ws.rs.DefaultValue("1") int nodes) throws Exception {
        java.util.List<app.soundpath.authoring.control.CourseMarkdown.SeedCourse> shipped =
                app.soundpath.authoring.boundary.ContentSeed.shipped();
        String outcomes = atOnce(Math.max(1, Math.min(nodes, 4)), () -> String.join("+", seeding.addMissingLessons(shipped)));
        em.getEntityManagerFactory().getCache().evictAll();
        return outcomes;
    }

    /**
     * Makes this database one that imported src/main/content/ before a lesson existed: forgets that it ever had the lesson
     * (its content_seed_lesson row, and with {@code audit=true} every lesson audit entry naming it). Delete the lesson
     * first. Answers how the row said it came ("none" when there was none).
     */
    @jakarta.inject.Inject
    app.soundpath.catalog.boundary.CatalogService catalog;

    /**
     * Inside a transaction that has already written (as the credential backfill's has when it asks for a course),
     * with the content version row gone from the shared cache: has reading the published content put that row back,
     * so the next request keeps the snapshot instead of reading everything again?
     */
    @POST
    @Path("catalog/read-inside-a-writing-transaction")
    public boolean catalogReadInsideAWritingTransaction() {
        em.createNativeQuery("UPDATE account SET version = version WHERE id = -1").executeUpdate();
        em.getEntityManagerFactory().getCache().evict(app.soundpath.catalog.entity.ContentVersion.class);
        catalog.snapshot();
        return em.getEntityManagerFactory().getCache().contains(app.soundpath.catalog.entity.ContentVersion.class,
                app.soundpath.catalog.entity.ContentVersion.ONE);
    }

    @jakarta.inject.Inject
    app.soundpath.credentials.boundary.CredentialIssuer credentials;

    /**
     * Removes one learner's credentials (and their events) as if their completions were made before credentials
     * existed, for the start-up backfill to issue again; returns how many were removed.
     */
    @POST
    @Path("credentials/forget")
    public int forgetCredentials(@QueryParam("learner") long learner) {
        em.createNativeQuery("DELETE FROM credential_event WHERE credential_id IN (SELECT id FROM credential WHERE learner_id = ?1)")
                .setParameter(1, learner).executeUpdate();
        int removed = em.createNativeQuery("DELETE FROM credential WHERE learner_id = ?1").setParameter(1, learner).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return removed;
    }

    /** Runs the start-up backfill of missing credentials now, in batches of its own; returns how many it issued. */
    @POST
    @Path("credentials/backfill")
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public int backfillCredentials() {
        return credentials.backfill();
    }

    @POST
    @Path("seed-lessons/forget")
    public String forgetSeedLesson(@QueryParam("slug") String slug, @QueryParam("audit") boolean audit) {
        java.util.List<?> how = em.createNativeQuery("SELECT how FROM content_seed_lesson WHERE slug = ?1").setParameter(1, slug)
                .getResultList();
        em.createNativeQuery("DELETE FROM content_seed_lesson WHERE slug = ?1").setParameter(1, slug).executeUpdate();
        if (audit) {
            em.createNativeQuery("DELETE FROM audit_entry WHERE object_type = 'LESSON' AND (before_text LIKE ?1 OR before_text LIKE ?2)")
                    .setParameter(1, "%slug: " + slug + ";%").setParameter(2, "%slug: " + slug).executeUpdate();
        }
        return how.isEmpty() ? "none" : String.valueOf(how.getFirst());
    }

    /** How content_seed_lesson says this database got a seed lesson ("IMPORTED", "ADDED", "FOUND", "GONE"; "none"). */
    @GET
    @Path("seed-lessons/record")
    public String seedLessonRecord(@QueryParam("slug") String slug) {
        java.util.List<?> how = em.createNativeQuery("SELECT how FROM content_seed_lesson WHERE slug = ?1").setParameter(1, slug)
                .getResultList();
        return how.isEmpty() ? "none" : String.valueOf(how.getFirst());
    }

    /** Deletes the content_seed row and answers it ("source,seeded_at"). Public only for {@link #contentSeedRace()}. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public Object[] takeSeedRow() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT source, seeded_at FROM content_seed").getSingleResult();
        em.createNativeQuery("DELETE FROM content_seed").executeUpdate();
        return row;
    }

    /** Puts the content_seed row back as it was (a race leaves EXISTING). Public only for {@link #contentSeedRace()}. */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.REQUIRES_NEW)
    public void putSeedRow(Object[] row) {
        em.createNativeQuery("UPDATE content_seed SET source = ?1, seeded_at = ?2").setParameter(1, row[0])
                .setParameter(2, row[1]).executeUpdate();
    }

    /**
     * Makes the account with this email an instructor (if not yet) and a co-instructor of the course with this slug,
     * as an owner adding them would (issue 16's tests: an instructor with a class of planted learners). Sign in again
     * afterwards for the new role. Returns the account id.
     */
    @POST
    @Path("teach")
    public String teach(@QueryParam("email") String email, @QueryParam("course") String course) {
        Number account = (Number) em.createNativeQuery("SELECT id FROM account WHERE email = ?1").setParameter(1, email).getSingleResult();
        Number courseId = (Number) em.createNativeQuery("SELECT id FROM course WHERE slug = ?1").setParameter(1, course).getSingleResult();
        if (((Number) em.createNativeQuery("SELECT COUNT(*) FROM account_role WHERE account_id = ?1 AND role = 'INSTRUCTOR'")
                .setParameter(1, account).getSingleResult()).longValue() == 0) {
            em.createNativeQuery("INSERT INTO account_role (account_id, role) VALUES (?1, 'INSTRUCTOR')").setParameter(1, account).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO course_owner (course_id, account_id, role, added_at) VALUES (?1, ?2, 'CO_OWNER', ?3)")
                .setParameter(1, courseId).setParameter(2, account)
                .setParameter(3, java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).withNano(0)).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return String.valueOf(account);
    }

    /** The next free id of a table, above anything the app's sequences will hand out during a test run. */
    private long next(String table) {
        Number max = (Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table).getSingleResult();
        return Math.max(max.longValue() + 1, 500_000_000L);
    }

    /**
     * How many of the reports' learner-track summary rows differ from a fresh recount from the course summaries
     * and assessments (0 when they agree), over every account.
     */
    @GET
    @Path("summary-drift")
    public String summaryDrift() {
        return String.valueOf(summaries.drift());
    }

    /** How many rows of the course report's per-lesson counters differ from a fresh count (0 when they agree). */
    @GET
    @Path("lesson-figures-drift")
    public String lessonFiguresDrift() {
        em.flush();
        return String.valueOf(em.createNativeQuery(app.soundpath.reporting.control.LessonFigures.TABLE.drift("SELECT y.id FROM lesson y"))
                .getSingleResult());
    }

    /** How many rows of the course report's per-course counters differ from a fresh count (0 when they agree). */
    @GET
    @Path("course-figures-drift")
    public String courseFiguresDrift() {
        em.flush();
        return String.valueOf(em.createNativeQuery(app.soundpath.reporting.control.CourseFigures.TABLE.drift("SELECT z.id FROM course z"))
                .getSingleResult());
    }

    /** How many rows of the course report's per-exercise counters differ from a fresh count (0 when they agree). */
    @GET
    @Path("listening-figures-drift")
    public String listeningFiguresDrift() {
        em.flush();
        return String.valueOf(em.createNativeQuery(app.soundpath.reporting.control.ListeningFigures.TABLE.drift("SELECT y.id FROM lesson y"))
                .getSingleResult());
    }

    /** A learner's summary row of a course as "done/total/complete" (complete: true or false). */
    @GET
    @Path("course-summary")
    public String courseSummary(@QueryParam("email") String email, @QueryParam("course") String courseSlug) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT p.lessons_done, p.lessons_total, p.completed_at FROM course_progress p"
                + " JOIN account a ON a.id = p.learner_id JOIN course c ON c.id = p.course_id WHERE a.email = ?1 AND c.slug = ?2")
                .setParameter(1, email).setParameter(2, courseSlug).getSingleResult();
        return row[0] + "/" + row[1] + "/" + (row[2] != null);
    }

    /** Renames an account (to plant names that sign-up would refuse, such as spreadsheet formulas). */
    @POST
    @Path("rename")
    public String rename(@QueryParam("email") String email, @QueryParam("name") String name) {
        int changed = em.createNativeQuery("UPDATE account SET display_name = ?1 WHERE email = ?2")
                .setParameter(1, name).setParameter(2, email).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return String.valueOf(changed);
    }

    @POST
    @Path("age-reset-links")
    public String ageResetLinks(@QueryParam("email") String email) {
        int changed = em.createNativeQuery("UPDATE password_reset SET expires_at = created_at - INTERVAL '1' HOUR"
                + " WHERE account_id = (SELECT id FROM account WHERE email = ?1)")
                .setParameter(1, email).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return String.valueOf(changed);
    }

    // ---- Email (EmailIT) -------------------------------------------------------------------------------------

    @jakarta.inject.Inject
    app.soundpath.learning.boundary.WeeklyReminders reminders;

    @jakarta.inject.Inject
    app.soundpath.mail.boundary.OutboxSender sender;

    /** Prepares this week's reminders; {@code again=true} forgets that they were prepared this week first. */
    @POST
    @Path("reminders")
    public String prepareReminders(@QueryParam("again") boolean again) {
        if (again) {
            em.createNativeQuery("DELETE FROM reminder_run").executeUpdate();
            em.getEntityManagerFactory().getCache().evictAll();
        }
        return String.valueOf(reminders.prepare());
    }

    /** Runs the outbox sender now (it also runs by itself every 10 seconds). */
    @POST
    @Path("outbox/deliver")
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public String deliver() {
        sender.deliverDue();
        return "ok";
    }

    /** Makes every waiting message due now (as if its back-off had passed). */
    @POST
    @Path("outbox/due-now")
    public String dueNow() {
        return String.valueOf(em.createNativeQuery("UPDATE outbox SET next_attempt_at = ?1 WHERE state = 'PENDING'")
                .setParameter(1, java.time.Instant.now().minusSeconds(1)).executeUpdate());
    }

    /** Marks the messages to an address as given up on (as after every retry failed). */
    @POST
    @Path("outbox/give-up")
    public String giveUp(@QueryParam("to") String recipient) {
        int changed = em.createNativeQuery("UPDATE outbox SET state = 'FAILED', last_error = 'test: gave up',"
                + " version = version + 1 WHERE recipient = ?1 AND state <> 'SENT'").setParameter(1, recipient)
                .executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return String.valueOf(changed);
    }

    /** "state attempts" of every message to an address, oldest first, one per line. */
    @GET
    @Path("outbox/of")
    public String outboxOf(@QueryParam("to") String recipient) {
        java.util.List<?> rows = em.createNativeQuery("SELECT state, attempts FROM outbox WHERE recipient = ?1 ORDER BY id")
                .setParameter(1, recipient).getResultList();
        StringBuilder out = new StringBuilder();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            out.append(r[0]).append(' ').append(r[1]).append('\n');
        }
        return out.toString();
    }

    @GET
    @Path("outbox/count")
    public String outboxCount() {
        return String.valueOf(em.createNativeQuery("SELECT COUNT(*) FROM outbox").getSingleResult());
    }

    @POST
    @Path("age-confirmations")
    public String ageConfirmations(@QueryParam("email") String email) {
        int changed = em.createNativeQuery("UPDATE address_confirmation SET expires_at = created_at - INTERVAL '1' HOUR"
                + " WHERE account_id = (SELECT id FROM account WHERE email = ?1)").setParameter(1, email).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return String.valueOf(changed);
    }

    /**
     * Runs {@code task} on {@code count} threads released at the same moment, as that many nodes starting together
     * would: the outcomes ("refused" for a run that failed on a key another held), sorted and joined by ",".
     */
    private String atOnce(int count, java.util.concurrent.Callable<String> task) throws Exception {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<String>> runs = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            runs.add(executor.submit(() -> {
                start.await();
                try {
                    return task.call();
                } catch (jakarta.ejb.EJBException e) {
                    return "refused";
                }
            }));
        }
        start.countDown();
        java.util.List<String> outcomes = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<String> run : runs) {
            outcomes.add(run.get(60, java.util.concurrent.TimeUnit.SECONDS));
        }
        return outcomes.stream().sorted().collect(java.util.stream.Collectors.joining(","));
    }

}
