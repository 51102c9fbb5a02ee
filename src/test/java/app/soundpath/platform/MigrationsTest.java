package app.soundpath.platform;

import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.soundpath.catalog.entity.Slugs;
import app.soundpath.testing.LandedSeed;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The migrations in sql/ on real databases: H2 always, PostgreSQL too when DB_HOST is set (CI's second pass).
 * Checks the schema builds from nothing and the seed keeps its promises, straight from SQL; and that a database made
 * before the course content moved to src/main/content/ (issue 13) upgrades and keeps it.
 */
class MigrationsTest {

    /** A database to migrate: a JDBC URL, credentials, and the schema to use (dropped afterwards). */
    record Target(String name, String url, String user, String password) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Target> databases() {
        List<Target> targets = new ArrayList<>();
        targets.add(new Target("H2", "jdbc:h2:mem:migrations-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""));
        String host = System.getenv("DB_HOST");
        // Without DB_HOST the PostgreSQL case is still listed, and reported as skipped rather than passing silently.
        boolean postgres = host != null && !host.isBlank();
        targets.add(new Target("PostgreSQL", postgres ? "jdbc:postgresql://" + host + ":" + env("DB_PORT", "5432") + "/"
                + env("DB_NAME", "test") : null, env("DB_USER", "postgres"), env("DB_PASSWORD", "")));
        return targets.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void migrationsBuildTheSchemaAndTheSeedKeepsItsPromises(Target db) throws SQLException {
        assumeTrue(db.url() != null, "DB_HOST not set: the migrations were not checked on PostgreSQL");
        String schema = schemaName();
        Flyway flyway = flyway(db, schema, "filesystem:sql");
        try {
            assertThat(RewrittenMigrations.accept(flyway.getConfiguration())).as("no history yet: nothing to accept").isZero();
            assertThat(flyway.migrate().success).isTrue();
            try (Connection c = connection(db, schema)) {
                checkCareers(c);
                checkQuestionnaire(c);
                assertThat(ints(c, "SELECT COUNT(*) FROM course")).as("courses come from src/main/content/ at start-up (issue 13)")
                        .containsExactly(0);
                assertThat(ints(c, "SELECT COUNT(*) FROM content_seed")).as("so the start-up imports them").containsExactly(0);
            }
            for (MigrationInfo applied : flyway.info().applied()) {
                RewrittenMigrations.REWRITES.stream().filter(r -> applied.getVersion() != null
                        && r.version().equals(applied.getVersion().getVersion()))
                        .forEach(r -> assertThat(applied.getChecksum()).as("V" + r.version() + " as rewritten").isEqualTo(r.now()));
            }
            assertThat(RewrittenMigrations.accept(flyway.getConfiguration())).as("made from the rewritten files").isZero();
            assertThat(flyway.migrate().migrationsExecuted).as("a second start runs nothing again").isZero();
        } finally {
            drop(db, flyway, schema);
        }
    }

    /**
     * A database made before issue 13, by the seed migrations as they landed (kept in src/test/resources), keeps its
     * content and its ids, and upgrades to the rewritten migrations without a validation error.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aDatabaseMadeByTheLandedSeedMigrationsUpgradesAndKeepsItsContent(Target db) throws Exception {
        assumeTrue(db.url() != null, "DB_HOST not set: the upgrade was not checked on PostgreSQL");
        String schema = schemaName();
        Path landed = LandedSeed.migrations();
        Flyway before = flyway(db, schema, "filesystem:" + landed);
        Flyway now = flyway(db, schema, "filesystem:sql");
        try {
            assertThat(before.migrate().success).isTrue();
            List<String> content;
            try (Connection c = connection(db, schema)) {
                checkCareers(c);
                checkContent(c);
                content = strings(c, CONTENT);
            }
            for (MigrationInfo applied : before.info().applied()) {
                RewrittenMigrations.REWRITES.stream().filter(r -> applied.getVersion() != null
                        && r.version().equals(applied.getVersion().getVersion()))
                        .forEach(r -> assertThat(applied.getChecksum()).as("V" + r.version() + " as landed").isEqualTo(r.landed()));
            }
            assertThatThrownBy(now::migrate).as("without accepting the landed checksums, Flyway stops the start")
                    .isInstanceOf(FlywayValidateException.class).hasMessageContaining("checksum mismatch")
                    .hasMessageContaining("Migration checksum mismatch for migration version 2");

            assertThat(RewrittenMigrations.accept(now.getConfiguration())).isEqualTo(RewrittenMigrations.REWRITES.size());
            assertThat(now.migrate().migrationsExecuted).isPositive();
            assertThat(now.validateWithResult().validationSuccessful).isTrue();
            try (Connection c = connection(db, schema)) {
                checkContent(c);
                assertThat(strings(c, CONTENT)).as("every course, lesson, question and option as it was, ids included")
                        .isEqualTo(content).hasSize(9 + 45 + 180 + 638);
                assertThat(strings(c, "SELECT source FROM content_seed")).as("the start-up imports nothing")
                        .containsExactly("MIGRATIONS");
                // V54: the lessons it has are its seed lessons so far, so the start-up adds only lessons shipped since
                // (the three ear-training lessons), and never one of these once an instructor deletes it.
                assertThat(strings(c, "SELECT how || ':' || COUNT(*) FROM content_seed_lesson GROUP BY how"))
                        .containsExactly("FOUND:45");
                assertThat(strings(c, "SELECT COUNT(*) FROM content_seed_lesson s JOIN lesson l ON l.id = s.lesson_id"
                        + " AND l.slug = s.slug")).containsExactly("45");
                // V53: every lesson has its eight slots of listening figures, all zero (no answers yet).
                assertThat(strings(c, "SELECT COUNT(*) || ':' || COALESCE(SUM(answers + learners + correct + passed), 0)"
                        + " FROM listening_figures")).containsExactly((45 * 8) + ":0");
            }
            assertThat(RewrittenMigrations.accept(now.getConfiguration())).as("harmless to run again").isZero();
            assertThat(now.migrate().migrationsExecuted).isZero();
        } finally {
            drop(db, now, schema);
        }
    }

    /**
     * Two nodes starting together on a fresh database (issue 15): both migrate through Flyway as the app does, at the
     * same moment. On PostgreSQL one applies every migration, the other waits for the lock and then finds nothing to
     * do; either way the history holds each version once, and both are ready to serve. PostgreSQL only: H2 is the
     * single-node default (a cluster needs PostgreSQL, README), and two Flyway runs at once on one H2 database are
     * not safe: under CI load (2026-12-05) both inserted version 1 into the history and one failed.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void nodesStartingTogetherMigrateOnce(Target db) throws Exception {
        assumeTrue(db.name().equals("PostgreSQL"), "H2 serves one node only: concurrent start-up applies to PostgreSQL");
        assumeTrue(db.url() != null, "DB_HOST not set: concurrent start-up was not checked on PostgreSQL");
        String schema = schemaName();
        java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
        java.util.concurrent.ExecutorService nodes = java.util.concurrent.Executors.newFixedThreadPool(2);
        Flyway first = flyway(db, schema, "filesystem:sql");
        try {
            List<java.util.concurrent.Future<Integer>> started = new ArrayList<>();
            for (int node = 0; node < 2; node++) {
                started.add(nodes.submit(() -> {
                    Flyway flyway = flyway(db, schema, "filesystem:sql");
                    RewrittenMigrations.accept(flyway.getConfiguration());
                    together.await();
                    return flyway.migrate().migrationsExecuted;
                }));
            }
            List<Integer> executed = new ArrayList<>();
            for (java.util.concurrent.Future<Integer> node : started) {
                executed.add(node.get(5, java.util.concurrent.TimeUnit.MINUTES));
            }
            // the applied migrations, not counting the marker Flyway writes for the schema it created
            int migrations = (int) java.util.Arrays.stream(first.info().applied())
                    .filter(m -> !"SCHEMA".equals(m.getType().name())).count();
            // Flyway holds PostgreSQL's advisory lock for the whole run: the second node waits, then has nothing to do.
            assertThat(executed).as("migrations applied by each node").containsExactlyInAnyOrder(migrations, 0);
            try (Connection c = connection(db, schema)) {
                assertThat(ints(c, "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL"
                        + " GROUP BY \"version\" HAVING COUNT(*) > 1")).as("a version applied twice").isEmpty();
                checkCareers(c);
            }
        } finally {
            nodes.shutdownNow();
            drop(db, first, schema);
        }
    }

    /** Every content row with its id, in a fixed order. */
    private static final String CONTENT = "SELECT * FROM (SELECT 'c' || id || slug || title || summary || foundation || status k"
            + " FROM course UNION ALL SELECT 'l' || id || course_id || slug || title || summary || body_md || minutes"
            + " || position || pass_mark || required || status FROM lesson UNION ALL SELECT 'q' || id || lesson_id || position"
            + " || kind || prompt || explanation FROM check_question UNION ALL SELECT 'o' || id || question_id || position"
            + " || label || correct FROM check_option) x ORDER BY k";

    private static Flyway flyway(Target db, String schema, String location) {
        return Flyway.configure().dataSource(db.url(), db.user(), db.password())
                .schemas(schema).createSchemas(true).locations(location).cleanDisabled(false).load();
    }

    private static String schemaName() {
        return "migrations_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static Connection connection(Target db, String schema) throws SQLException {
        Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
        c.setSchema(schema);
        return c;
    }

    private static void drop(Target db, Flyway flyway, String schema) throws SQLException {
        flyway.clean();
        try (Connection c = DriverManager.getConnection(db.url(), db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }

    /** What the migrations themselves still seed: the careers, the skill map, facts and pay. */
    private static void checkCareers(Connection c) throws SQLException {
        assertThat(strings(c, "SELECT slug FROM track ORDER BY position")).containsExactly("producer", "engineer");
        assertThat(ints(c, "SELECT COUNT(*) FROM skill_track WHERE skill_id = (SELECT id FROM skill"
                + " WHERE slug = 'daw-recording-mixing')")).containsExactly(2);
        assertThat(ints(c, "SELECT COUNT(DISTINCT kind) FROM track_fact GROUP BY track_id")).containsExactly(4, 4);
        assertThat(ints(c, "SELECT COUNT(*) FROM salary_figure WHERE source = '' OR source_note = ''")).containsExactly(0);
        for (String slug : strings(c, "SELECT slug FROM skill UNION ALL SELECT slug FROM track")) {
            assertThat(Slugs.isWellFormed(slug)).as(slug).isTrue();
        }
    }

    /** The course content as the landed seed migrations made it (and as existing databases keep it). */
    private static void checkContent(Connection c) throws SQLException {
        assertThat(ints(c, "SELECT COUNT(*) FROM course")).containsExactly(9);
        assertThat(ints(c, "SELECT COUNT(*) FROM track_course tc JOIN course co ON co.id = tc.course_id"
                + " WHERE co.foundation = FALSE GROUP BY tc.track_id")).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(3));
        assertThat(ints(c, "SELECT COUNT(*) FROM track_course tc JOIN course co ON co.id = tc.course_id"
                + " WHERE co.foundation = TRUE")).containsExactly(2);
        assertThat(ints(c, "SELECT COUNT(*) FROM lesson GROUP BY course_id")).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(4));
        assertThat(ints(c, "SELECT COUNT(*) FROM lesson")).first().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(24));
        assertThat(ints(c, "SELECT COUNT(*) FROM lesson l WHERE NOT EXISTS"
                + " (SELECT 1 FROM lesson_skill ls WHERE ls.lesson_id = l.id)")).containsExactly(0);
        assertThat(ints(c, "SELECT COUNT(*) FROM lesson GROUP BY course_id HAVING MIN(position) <> 1"
                + " OR MAX(position) <> COUNT(*) OR COUNT(DISTINCT position) <> COUNT(*)")).isEmpty();
        assertThat(ints(c, "SELECT COUNT(q.id) FROM lesson l LEFT JOIN check_question q ON q.lesson_id = l.id"
                + " GROUP BY l.id")).as("2 to 5 check questions per lesson").allSatisfy(n -> assertThat(n).isBetween(2, 5));
        assertThat(ints(c, "SELECT COUNT(*) FROM check_question q WHERE q.kind IN ('SINGLE', 'TRUE_FALSE') AND"
                + " (SELECT COUNT(*) FROM check_option o WHERE o.question_id = q.id AND o.correct = TRUE) <> 1"))
                .as("exactly one right answer for single choice and true/false").containsExactly(0);
        assertThat(ints(c, "SELECT COUNT(*) FROM check_question q WHERE q.kind = 'MULTIPLE' AND"
                + " (SELECT COUNT(*) FROM check_option o WHERE o.question_id = q.id AND o.correct = TRUE) < 1"))
                .as("at least one right answer for multiple choice").containsExactly(0);
        assertThat(strings(c, "SELECT DISTINCT status FROM course UNION SELECT DISTINCT status FROM lesson"))
                .as("seed content is published (V13)").containsExactly("PUBLISHED");
        assertThat(ints(c, "SELECT COUNT(*) FROM lesson WHERE required = FALSE OR draft IS NOT NULL")).containsExactly(0);
        assertThat(ints(c, "SELECT COUNT(*) FROM course_owner")).as("seed content has no owner: admins look after it").containsExactly(0);
        for (String slug : strings(c, "SELECT slug FROM lesson UNION ALL SELECT slug FROM course")) {
            assertThat(Slugs.isWellFormed(slug)).as(slug).isTrue();
        }
        for (String body : strings(c, "SELECT body_md FROM lesson")) {
            assertThat(body.split("\\s+")).as("a lesson of real teaching text").hasSizeGreaterThan(300);
            assertThat(body).contains("## Try it").doesNotStartWith("#").doesNotContain("<script", "lorem ipsum");
        }
    }

    /** Questionnaire 1: 12 interests alternating producer/engineer, 6 self-ratings, 6 two-sided scenarios,
     *  at least 8 knowledge questions with exactly one right answer, 3 tie-breakers with one option per side. */
    private static void checkQuestionnaire(Connection c) throws SQLException {
        String q = " FROM assessment_item WHERE questionnaire_id = (SELECT id FROM questionnaire WHERE version = 1)";
        assertThat(strings(c, "SELECT side" + q + " AND block = 'A' ORDER BY position"))
                .hasSize(12).containsExactly("PRODUCER", "ENGINEER", "PRODUCER", "ENGINEER", "PRODUCER", "ENGINEER",
                        "PRODUCER", "ENGINEER", "PRODUCER", "ENGINEER", "PRODUCER", "ENGINEER");
        assertThat(strings(c, "SELECT side" + q + " AND block = 'B' ORDER BY position")).hasSize(6).doesNotContainNull();
        assertThat(ints(c, "SELECT COUNT(DISTINCT o.side) FROM assessment_option o JOIN assessment_item i ON i.id = o.item_id"
                + " WHERE i.block = 'C' GROUP BY i.id")).hasSize(6).containsOnly(2);
        assertThat(ints(c, "SELECT COUNT(*)" + q + " AND block = 'D'")).first().satisfies(n -> assertThat(n).isGreaterThanOrEqualTo(8));
        assertThat(ints(c, "SELECT SUM(CASE WHEN o.correct THEN 1 ELSE 0 END) FROM assessment_option o"
                + " JOIN assessment_item i ON i.id = o.item_id WHERE i.block = 'D' GROUP BY i.id")).containsOnly(1);
        assertThat(ints(c, "SELECT COUNT(DISTINCT o.side) FROM assessment_option o JOIN assessment_item i ON i.id = o.item_id"
                + " WHERE i.block = 'T' GROUP BY i.id")).hasSize(3).containsOnly(2);
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<Integer> ints(Connection c, String sql) throws SQLException {
        return strings(c, sql).stream().map(Integer::valueOf).toList();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
