package app.soundpath.demo.boundary;

import app.soundpath.assessment.control.TrackFitScorer;
import app.soundpath.assessment.entity.ScoringVersion;
import app.soundpath.authoring.control.AuditText;
import app.soundpath.demo.control.Catalog;
import app.soundpath.demo.control.CohortRows.Chunk;
import app.soundpath.demo.control.CohortRows.Table;
import app.soundpath.demo.control.LoadPlan;
import app.soundpath.identity.control.PasswordHasher;
import app.soundpath.reporting.control.CourseFigures;
import app.soundpath.reporting.control.LessonFigures;
import app.soundpath.reporting.control.ListeningFigures;
import app.soundpath.reporting.control.TrackSummaries;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Fills a database with the demo cohort in one transaction, with plain JDBC (no container needed, so it is tested
 * on a real database without a server): the generated learners of {@link LoadPlan} (the rules of ./mvnw -Pdata),
 * the demo learner's story, the demo instructor's draft course and co-taught course, the reporting summaries of
 * all of them, and the one row of {@code demo_cohort} that makes it happen once.
 */
public final class CohortLoader {

    public static final String LEARNER_EMAIL = "learner@soundpath.test";
    public static final String INSTRUCTOR_EMAIL = "instructor@soundpath.test";
    /** How far back the demo learner's story starts. */
    static final Duration DEMO_STORY = Duration.ofDays(20);
    /** The demo instructor's draft course: ids in the demo range, far from the app's sequences. */
    static final long DRAFT_COURSE_ID = LoadPlan.DEMO_ID_BASE + 1;

    /** What to make: how many learners, from which seed, with which "now". */
    public record Settings(int learners, long seed, Instant now) {
    }

    /** What happened: filled (with how many rows), or why not. */
    public record Outcome(boolean filled, int learners, long rows, String why) {

        static Outcome skipped(String why) {
            return new Outcome(false, 0, 0, why);
        }
    }

    private CohortLoader() {
    }

    /** Makes the cohort unless it was made before (or is being made by another node); commits or rolls back. */
    public static Outcome fill(Connection c, Settings settings) throws SQLException {
        c.setAutoCommit(false);
        try {
            if (!claim(c, settings)) {
                c.rollback();
                return Outcome.skipped("made already (the demo_cohort row exists)");
            }
            if (count(c, "SELECT COUNT(*) FROM account WHERE id > " + LoadPlan.ID_BASE) > 0) {
                c.commit(); // remembered with 0 learners: generated data is there (./mvnw -Pdata), nothing to add
                return Outcome.skipped("the database holds generated learners already (./mvnw -Pdata)");
            }
            Outcome outcome = make(c, settings);
            c.commit();
            return outcome;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            // Only the guard row's key means another node: any other duplicate is a failure of ours, to be reported.
            if (isDuplicate(e) ? count(c, "SELECT COUNT(*) FROM demo_cohort") > 0 : isDuplicateOrLockTimeout(e)) {
                return Outcome.skipped("another node made it at the same moment");
            }
            throw e;
        }
    }

    /** The guard: the one row's primary key. A second node waits on it and then fails on the key. */
    private static boolean claim(Connection c, Settings settings) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement(
                "INSERT INTO demo_cohort (id, learners, seed, reference_time, filled_at) VALUES (1, 0, ?, ?, ?)")) {
            insert.setLong(1, settings.seed());
            insert.setObject(2, Chunk.time(settings.now()));
            insert.setObject(3, Chunk.time(settings.now()));
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (isDuplicateOrLockTimeout(e)) {
                return false;
            }
            throw e;
        }
    }

    private static Outcome make(Connection c, Settings settings) throws SQLException {
        Catalog catalog = Catalog.read(c);
        LoadPlan plan = new LoadPlan(catalog, settings.seed(), settings.now(), settings.learners(),
                new TrackFitScorer(ScoringVersion.V1)::score);
        String hash = passwordHash(settings.seed());
        Map<Table, PreparedStatement> inserts = statements(c);
        long rows = 0;
        while (plan.hasNext()) {
            Chunk chunk = new Chunk(false);
            while (plan.hasNext() && chunk.learners < 100) {
                chunk.add(plan.next(), catalog.questionnaireId(), hash);
            }
            rows += insert(inserts, chunk);
        }
        Optional<Long> learner = demoLearner(c, plan, catalog, settings, inserts);
        demoInstructor(c, catalog, settings.now(), learner.orElse(null));
        String learners = "SELECT x.id FROM account x WHERE x.id > " + LoadPlan.ID_BASE
                + learner.map(id -> " OR x.id = " + id).orElse("");
        String lessons = "SELECT y.id FROM lesson y";
        try (Statement s = c.createStatement()) {
            s.executeUpdate(TrackSummaries.delete(learners));
            rows += s.executeUpdate(TrackSummaries.insert(learners));
            s.executeUpdate(LessonFigures.TABLE.delete(lessons));
            rows += s.executeUpdate(LessonFigures.TABLE.insert(lessons));
            s.executeUpdate(CourseFigures.TABLE.delete("SELECT z.id FROM course z"));
            rows += s.executeUpdate(CourseFigures.TABLE.insert("SELECT z.id FROM course z"));
            s.executeUpdate(ListeningFigures.TABLE.delete(lessons)); // the cohort answers no listening items: the rows stay right
            rows += s.executeUpdate(ListeningFigures.TABLE.insert(lessons));
            s.executeUpdate("UPDATE demo_cohort SET learners = " + settings.learners() + " WHERE id = 1");
        }
        check(c, learners);
        for (PreparedStatement insert : inserts.values()) {
            insert.close();
        }
        return new Outcome(true, settings.learners(), rows, "made");
    }

    /**
     * The demo learner mid-way (when the demo account exists and has not studied yet): their story's rows, and the
     * account dated from the story's start so that nothing they did comes before they signed up.
     */
    private static Optional<Long> demoLearner(Connection c, LoadPlan plan, Catalog catalog, Settings settings,
                                              Map<Table, PreparedStatement> inserts) throws SQLException {
        Optional<Long> id = accountId(c, LEARNER_EMAIL);
        if (id.isEmpty() || count(c, "SELECT COUNT(*) FROM enrollment WHERE learner_id = " + id.get()) > 0) {
            return Optional.empty();
        }
        String name = text(c, "SELECT display_name FROM account WHERE id = " + id.get());
        Instant since = settings.now().minus(DEMO_STORY);
        LoadPlan.Learner story = plan.demoLearner(id.get(), LEARNER_EMAIL, name, since);
        // The app gives an account its stamp when it makes it: renew that one (so no copy of the learner's pages made
        // before the story is kept) instead of inserting a second, which failed on the key and took the whole cohort.
        boolean stamped = count(c, "SELECT COUNT(*) FROM learner_stamp WHERE learner_id = " + id.get()) > 0;
        Chunk chunk = new Chunk(false);
        chunk.addActivity(story, catalog.questionnaireId(), !stamped);
        if (stamped) {
            try (PreparedStatement renew = c.prepareStatement("UPDATE learner_stamp SET stamp = ? WHERE learner_id = ?")) {
                renew.setLong(1, ThreadLocalRandom.current().nextLong());
                renew.setLong(2, id.get());
                renew.executeUpdate();
            }
        }
        insert(inserts, chunk);
        try (PreparedStatement update = c.prepareStatement("UPDATE account SET created_at = ? WHERE id = ?")) {
            update.setObject(1, Chunk.time(since));
            update.setLong(2, id.get());
            update.executeUpdate();
        }
        return id;
    }

    /**
     * The demo instructor: co-instructor of the course the demo learner is half-way through (a published course with
     * learners), and owner of a draft course with two lessons; written as the authoring service writes them (owner
     * rows, and the audit log entries of each).
     */
    private static void demoInstructor(Connection c, Catalog catalog, Instant now, Long demoLearner) throws SQLException {
        Optional<Long> id = accountId(c, INSTRUCTOR_EMAIL);
        if (id.isEmpty() || count(c, "SELECT COUNT(*) FROM course_owner WHERE account_id = " + id.get()) > 0) {
            return;
        }
        long instructor = id.get();
        long audit = LoadPlan.DEMO_ID_BASE;
        Long taught = demoLearner == null ? null : optionalLong(c, "SELECT course_id FROM course_progress WHERE learner_id = "
                + demoLearner + " AND completed_at IS NULL AND lessons_done > 0 ORDER BY course_id");
        if (taught == null) {
            taught = catalog.tracks().values().stream().flatMap(List::stream).map(catalog::course)
                    .filter(course -> !course.foundation()).map(Catalog.Course::id).findFirst().orElse(null);
        }
        java.sql.Timestamp at = java.sql.Timestamp.valueOf(Chunk.time(now.minus(Duration.ofDays(12))));
        if (taught != null) {
            String title = text(c, "SELECT title FROM course WHERE id = " + taught);
            execute(c, "INSERT INTO course_owner (course_id, account_id, role, added_at) VALUES (?, ?, 'CO_OWNER', ?)",
                    taught, instructor, at);
            execute(c, "INSERT INTO audit_entry (id, occurred_at, actor_id, action, object_type, object_id, course_id, title,"
                    + " before_text, after_text) VALUES (?, ?, ?, 'OWNER_ADDED', 'COURSE', ?, ?, ?, NULL, ?)",
                    ++audit, at, instructor, taught, taught, title, INSTRUCTOR_EMAIL);
        }
        if (count(c, "SELECT COUNT(*) FROM course WHERE id = " + DRAFT_COURSE_ID) > 0) {
            return;
        }
        String slug = free(c, "course", "vocal-production");
        String title = "Vocal production: from first take to final comp";
        String summary = "Prepare a singer, record a lead vocal in several takes, and build one believable performance from them.";
        java.sql.Timestamp created = java.sql.Timestamp.valueOf(Chunk.time(now.minus(Duration.ofDays(3))));
        execute(c, "INSERT INTO course (id, slug, title, summary, foundation, version, status, updated_at)"
                + " VALUES (?, ?, ?, ?, FALSE, 1, 'DRAFT', ?)", DRAFT_COURSE_ID, slug, title, summary, created);
        execute(c, "INSERT INTO course_owner (course_id, account_id, role, added_at) VALUES (?, ?, 'OWNER', ?)",
                DRAFT_COURSE_ID, instructor, created);
        Map<String, String> courseFields = new LinkedHashMap<>();
        courseFields.put("title", title);
        courseFields.put("slug", slug);
        courseFields.put("summary", summary);
        execute(c, "INSERT INTO audit_entry (id, occurred_at, actor_id, action, object_type, object_id, course_id, title,"
                + " before_text, after_text) VALUES (?, ?, ?, 'CREATE', 'COURSE', ?, ?, ?, NULL, ?)",
                ++audit, created, instructor, DRAFT_COURSE_ID, DRAFT_COURSE_ID, title, AuditText.of(courseFields));
        String[][] lessons = {
                {"Preparing the singer and the room", "Warm-ups, headphone mix and microphone choice before the first take.",
                        "## Before the first take\n\nA relaxed singer with a good headphone mix sings better than any plug-in"
                                + " can fix later.\n\n- Agree on the key and the tempo.\n- Set the headphone level with the singer.\n"
                                + "- Choose a microphone that suits the voice, and keep the distance steady.", "12"},
                {"Comping the best take", "Choose the best phrases of several takes and join them into one performance.",
                        "## Comping\n\nRecord three to five full takes, then listen phrase by phrase and mark the best one."
                                + "\n\nJoin them at breaths or consonants, and crossfade each edit so nobody can hear it.", "15"}};
        for (int i = 0; i < lessons.length; i++) {
            long lessonId = DRAFT_COURSE_ID + 1 + i;
            String lessonSlug = free(c, "lesson", slugOf(lessons[i][0]));
            java.sql.Timestamp written = java.sql.Timestamp.valueOf(Chunk.time(now.minus(Duration.ofDays(2 - i))));
            execute(c, "INSERT INTO lesson (id, course_id, slug, title, summary, body_md, minutes, position, version, pass_mark,"
                    + " status, required, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, 80, 'DRAFT', TRUE, ?)",
                    lessonId, DRAFT_COURSE_ID, lessonSlug, lessons[i][0], lessons[i][1], lessons[i][2],
                    Integer.parseInt(lessons[i][3]), i + 1, written);
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("title", lessons[i][0]);
            fields.put("slug", lessonSlug);
            fields.put("summary", lessons[i][1]);
            fields.put("minutes", lessons[i][3]);
            execute(c, "INSERT INTO audit_entry (id, occurred_at, actor_id, action, object_type, object_id, course_id, title,"
                    + " before_text, after_text) VALUES (?, ?, ?, 'CREATE', 'LESSON', ?, ?, ?, NULL, ?)",
                    ++audit, written, instructor, lessonId, DRAFT_COURSE_ID, lessons[i][0],
                    AuditText.of(fields) + " (in " + title + ")");
        }
    }

    /** The same check the generator runs: every course summary counts exactly its done lesson rows. */
    private static void check(Connection c, String learners) throws SQLException {
        long disagreeing = count(c, "SELECT COUNT(*) FROM course_progress cp WHERE cp.learner_id IN (" + learners + ")"
                + " AND cp.lessons_done <> (SELECT COUNT(*) FROM lesson_progress lp WHERE lp.learner_id = cp.learner_id"
                + " AND lp.course_id = cp.course_id AND lp.state IN ('COMPLETED', 'WAIVED'))");
        long drifting = count(c, TrackSummaries.drift(learners));
        if (disagreeing + drifting > 0) {
            throw new IllegalStateException("The demo cohort disagrees with the app's rules: " + disagreeing
                    + " course summaries, " + drifting + " learner-track summaries");
        }
    }

    // ---- writing rows --------------------------------------------------------------------------------------------

    /** One batched insert per table (the generator's H2 writer uses the same). */
    public static Map<Table, PreparedStatement> statements(Connection c) throws SQLException {
        Map<Table, PreparedStatement> inserts = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            inserts.put(table, c.prepareStatement("INSERT INTO " + table.name + " (" + table.columns + ") VALUES ("
                    + String.join(", ", Collections.nCopies(table.width, "?")) + ")"));
        }
        return inserts;
    }

    /** Writes a chunk's rows in foreign-key order, batched; answers how many. Does not commit. */
    public static long insert(Map<Table, PreparedStatement> inserts, Chunk chunk) throws SQLException {
        long written = 0;
        for (Table table : Table.values()) {
            PreparedStatement insert = inserts.get(table);
            int batched = 0;
            for (Object[] row : chunk.rows.get(table)) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
                if (++batched % 2000 == 0) {
                    insert.executeBatch();
                }
            }
            if (batched % 2000 != 0) {
                insert.executeBatch();
            }
            written += batched;
        }
        return written;
    }

    /**
     * One hash of {@link LoadPlan#PASSWORD} for every generated account, in the app's format
     * ({@code pbkdf2-sha256$600000$salt$hash}, as identity.control.PasswordHasher writes and verifies it), with the
     * salt taken from the seed instead of a random one so that the same seed gives the same rows.
     */
    public static String passwordHash(long seed) {
        byte[] salt = new byte[16];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < salt.length; i++) {
            salt[i] = (byte) random.nextInt(256);
        }
        int iterations = PasswordHasher.ITERATIONS;
        PBEKeySpec spec = new PBEKeySpec(LoadPlan.PASSWORD.toCharArray(), salt, iterations, 256);
        try {
            byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
            String stored = "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
            if (!new PasswordHasher().verify(LoadPlan.PASSWORD, stored)) {
                throw new IllegalStateException("The app's PasswordHasher does not accept the generated hash");
            }
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        } finally {
            spec.clearPassword();
        }
    }

    // ---- small SQL helpers -----------------------------------------------------------------------------------------

    /** A key taken (23505 on H2 and PostgreSQL). */
    static boolean isDuplicate(Throwable e) {
        return hasSqlState(e, "23505");
    }

    /** A key taken, or H2's lock timeout while another node holds the row (HYT00). */
    static boolean isDuplicateOrLockTimeout(Throwable e) {
        return hasSqlState(e, "23505", "HYT00");
    }

    private static boolean hasSqlState(Throwable e, String... states) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && List.of(states).contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String free(Connection c, String table, String slug) throws SQLException {
        String candidate = slug;
        for (int n = 2; count(c, "SELECT COUNT(*) FROM " + table + " WHERE slug = '" + candidate + "'") > 0; n++) {
            candidate = slug + "-" + n;
        }
        return candidate;
    }

    private static String slugOf(String title) {
        return title.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private static Optional<Long> accountId(Connection c, String email) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM account WHERE email = ?")) {
            q.setString(1, email);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static void execute(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.executeUpdate();
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Long optionalLong(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    private static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
