package app.soundpath.tools;

import app.soundpath.demo.boundary.CohortLoader;
import app.soundpath.demo.control.Catalog;
import app.soundpath.demo.control.CohortRows.Chunk;
import app.soundpath.demo.control.CohortRows.Table;
import app.soundpath.demo.control.LoadPlan;
import app.soundpath.assessment.control.TrackFitScorer;
import app.soundpath.assessment.entity.ScoringVersion;

import app.soundpath.assessment.entity.Block;
import app.soundpath.identity.control.PasswordHasher;
import app.soundpath.platform.RewrittenMigrations;
import app.soundpath.reporting.control.CourseFigures;
import app.soundpath.reporting.control.LessonFigures;
import app.soundpath.reporting.control.ListeningFigures;
import app.soundpath.reporting.control.TrackSummaries;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The demo and load data generator (issue 7): fills the app's database with generated learners, their
 * assessments, decisions, enrolments and progress, deterministically by seed. Not part of the WAR.
 * <pre>
 *   ./mvnw -Pdata -Dsize=M -Dseed=42                      the H2 file database of ./mvnw -Prun (./data)
 *   ./mvnw -Pdata -Dsize=L -Ddata.replace=true            remove the generated data first, then load again
 *   DB_HOST=127.0.0.1 DB_PORT=5432 DB_NAME=soundpath DB_USER=postgres DB_PASSWORD=secret ./mvnw -Pdata -Dsize=L
 * </pre>
 * System properties: {@code size} S (100 learners), M (10,000) or L (100,000); {@code data.learners} any other
 * number; {@code seed} (42); {@code data.now} the reference date or instant (today, UTC midnight): nothing happens
 * after it and "active in the last 7 days" is relative to it; {@code data.replace} (false); {@code soundpath.data}
 * the H2 folder (./data); {@code data.migrations} the migrations folder (sql). PostgreSQL when DB_HOST is set, with
 * the app's variables. Flyway brings the schema up to date first; the courses come from the app, which fills a fresh
 * database from src/main/content/ when it starts, so start the app once on an empty database before running this.
 * <p>
 * PostgreSQL is loaded with COPY on {@code data.writers} connections (2), H2 with batched inserts on one; each
 * chunk of learners is one transaction, and chunks are generated on another thread meanwhile.
 */
public final class LoadData {

    /** The generated learners, as the learner subquery of the summary statements. */
    static final String GENERATED = "SELECT x.id FROM account x WHERE x.id > " + LoadPlan.ID_BASE;

    /** Every lesson: the lesson figures count every learner, generated or not. */
    static final String LESSONS = "SELECT y.id FROM lesson y";
    static final String COURSES = "SELECT z.id FROM course z";

    /** Writes chunks to one database. */
    interface Writer {
        void write(Chunk chunk) throws Exception;
    }

    private LoadData() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        String sizeName = System.getProperty("size", "S").trim().toUpperCase(Locale.ROOT);
        LoadPlan.Size size = LoadPlan.Size.valueOf(sizeName);
        int learners = Integer.getInteger("data.learners", size.learners);
        long seed = Long.parseLong(System.getProperty("seed", "42").trim());
        Instant now = referenceTime(System.getProperty("data.now", ""));
        boolean replace = Boolean.parseBoolean(System.getProperty("data.replace", "false").trim());
        String migrations = System.getProperty("data.migrations", "sql");

        Target target = Target.fromEnvironment();
        System.out.printf("Soundpath demo and load data: %,d learners (size %s), seed %d, reference time %s%n",
                learners, learners == size.learners ? size : "custom", seed, now);
        System.out.printf("Database: %s%n", target.url);

        Flyway flyway = Flyway.configure(LoadData.class.getClassLoader()).dataSource(target.url, target.user, target.password)
                .locations("filesystem:" + migrations).load();
        RewrittenMigrations.accept(flyway.getConfiguration()); // as the app does: a database from before issue 13
        var migrated = flyway.migrate();
        System.out.printf("Schema up to date (%d migrations applied now)%n", migrated.migrationsExecuted);

        int writers = target.postgres ? Math.max(1, Integer.getInteger("data.writers", 2)) : 1;
        List<Connection> connections = new ArrayList<>();
        try {
            for (int i = 0; i < writers; i++) {
                connections.add(target.connect());
            }
            Connection c = connections.get(0);
            Catalog catalog = Catalog.read(c);
            if (catalog.courses().isEmpty()) {
                throw new IllegalStateException("The database has no courses yet: the app fills a fresh database from"
                        + " src/main/content/ when it starts. Start it once (./mvnw -Prun, or with the same DB_* settings), stop it,"
                        + " and run this again.");
            }
            c.commit();
            prepare(c, replace, target.postgres);
            String hash = passwordHash(seed);
            LoadPlan plan = new LoadPlan(catalog, seed, now, learners, new TrackFitScorer(ScoringVersion.V1)::score);
            List<Writer> sinks = new ArrayList<>();
            for (Connection connection : connections) {
                sinks.add(target.postgres ? postgresWriter(connection) : h2Writer(connection));
            }
            Map<Table, Long> counts = load(plan, catalog.questionnaireId(), hash, sinks, learners);
            long summing = System.nanoTime();
            try (Statement s = c.createStatement()) {
                int summaries = s.executeUpdate(TrackSummaries.insert(GENERATED));
                s.executeUpdate(LessonFigures.TABLE.delete(LESSONS));
                int figures = s.executeUpdate(LessonFigures.TABLE.insert(LESSONS));
                s.executeUpdate(CourseFigures.TABLE.delete(COURSES));
                figures += s.executeUpdate(CourseFigures.TABLE.insert(COURSES));
                s.executeUpdate(ListeningFigures.TABLE.delete(LESSONS)); // generated learners answer no listening items, but a
                figures += s.executeUpdate(ListeningFigures.TABLE.insert(LESSONS)); // replace may remove some who did in the app
                c.commit();
                System.out.printf("Learner-track summaries: %,d rows, lesson and course figures: %,d rows, in %.1f s%n", summaries, figures,
                        (System.nanoTime() - summing) / 1e9);
            }

            long analyzing = System.nanoTime();
            try (Statement s = c.createStatement()) {
                if (target.postgres) {
                    s.execute("ANALYZE " + String.join(", ", Arrays.stream(Table.values()).map(t -> t.name).toList()) + ", learner_track_summary, lesson_figures, course_figures, listening_figures");
                } else {
                    s.execute("ANALYZE");
                }
            }
            c.commit();
            System.out.printf("ANALYZE: %.1f s%n", (System.nanoTime() - analyzing) / 1e9);
            check(c);
            summary(counts, started);
        } finally {
            for (Connection connection : connections) {
                connection.close();
            }
        }
        System.out.printf("Sign in as learner-000001@%s (… up to learner-%06d) with the password %s%n",
                LoadPlan.EMAIL_DOMAIN, learners, LoadPlan.PASSWORD);
    }

    /** UTC midnight of today unless given: a date (2026-12-01) or an instant (2026-12-01T12:00:00Z). */
    static Instant referenceTime(String value) {
        String v = value == null ? "" : value.trim();
        if (v.isEmpty()) {
            return LocalDate.now(ZoneOffset.UTC).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        if (v.length() == 10) {
            return LocalDate.parse(v).atStartOfDay().toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(v).truncatedTo(ChronoUnit.SECONDS);
    }

    /** The database the app itself uses: PostgreSQL from DB_HOST and friends, else the H2 file of ./mvnw -Prun. */
    record Target(String url, String user, String password, boolean postgres) {
        static Target fromEnvironment() {
            String host = System.getenv("DB_HOST");
            if (host != null && !host.isBlank()) {
                return new Target("jdbc:postgresql://" + host + ":" + env("DB_PORT", "5432") + "/" + env("DB_NAME", "soundpath"),
                        env("DB_USER", "postgres"), env("DB_PASSWORD", ""), true);
            }
            String folder = System.getProperty("soundpath.data", "data");
            // The same URL as src/main/payara/h2-file.asadmin (and Payara's H2Pool: no user, no password), so this runs
            // while the app has the file open: AUTO_SERVER connects through the first opener's server.
            return new Target("jdbc:h2:" + Path.of(folder).toAbsolutePath().normalize() + "/soundpath"
                    + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=10000", "", "", false);
        }

        /** A connection without auto-commit: every chunk of learners is one transaction. */
        Connection connect() throws SQLException {
            Connection c = DriverManager.getConnection(url, user, password);
            c.setAutoCommit(false);
            if (postgres) {
                try (Statement s = c.createStatement()) {
                    // This session's commits only: a crash mid-load loses the last chunks, which a re-run replaces anyway.
                    s.execute("SET synchronous_commit TO OFF");
                }
            }
            return c;
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** Refuses to load twice into the reserved id range; with replace, removes what was generated before. */
    static void prepare(Connection c, boolean replace, boolean postgres) throws SQLException {
        long existing = count(c, "SELECT COUNT(*) FROM account WHERE id > " + LoadPlan.ID_BASE);
        long clashing = count(c, "SELECT COUNT(*) FROM account WHERE id <= " + LoadPlan.ID_BASE
                + " AND email LIKE '%@" + LoadPlan.EMAIL_DOMAIN + "'");
        if (clashing > 0) {
            throw new IllegalStateException(clashing + " account(s) outside the generated range use @" + LoadPlan.EMAIL_DOMAIN
                    + " addresses; remove them before generating");
        }
        if (existing == 0) {
            return;
        }
        if (!replace) {
            throw new IllegalStateException("This database already holds " + existing + " generated learners (ids above "
                    + LoadPlan.ID_BASE + "). Run again with -Ddata.replace=true to remove them first.");
        }
        long removing = System.nanoTime();
        String learner = " WHERE learner_id > " + LoadPlan.ID_BASE;
        String[] deletes = {
                "DELETE FROM learner_track_summary" + learner,
                "DELETE FROM track_decision" + learner + " OR attempt_id > " + LoadPlan.ID_BASE,
                // re-scorings point to the attempt they re-scored: those go first
                "DELETE FROM assessment_attempt" + learner + " AND rescored_from IS NOT NULL",
                "DELETE FROM assessment_attempt" + learner + " OR id > " + LoadPlan.ID_BASE,
                // credentials issued to generated learners (the demo cohort's learners complete courses too)
                "DELETE FROM credential_event WHERE actor_id > " + LoadPlan.ID_BASE + " OR credential_id IN (SELECT id FROM credential"
                        + learner + ")",
                "DELETE FROM credential" + learner,
                "DELETE FROM credential_holder" + learner,
                "DELETE FROM address_confirmation WHERE account_id > " + LoadPlan.ID_BASE,
                "DELETE FROM learning_event" + learner,
                "DELETE FROM check_attempt" + learner,
                "DELETE FROM listening_item" + learner, // a generated learner who practised in the app
                "DELETE FROM lesson_progress" + learner,
                "DELETE FROM course_progress" + learner,
                "DELETE FROM enrollment" + learner,
                "DELETE FROM learner_stamp" + learner,
                "DELETE FROM password_reset WHERE account_id > " + LoadPlan.ID_BASE + " OR created_by > " + LoadPlan.ID_BASE,
                "DELETE FROM sign_in_throttle WHERE subject LIKE 'account:%@" + LoadPlan.EMAIL_DOMAIN + "'",
                "DELETE FROM account_role WHERE account_id > " + LoadPlan.ID_BASE,
                "DELETE FROM account WHERE id > " + LoadPlan.ID_BASE};
        long removed = 0;
        try (Statement s = c.createStatement()) {
            if (postgres) {
                // assessment_attempt.rescored_from references the same table without an index (H2 makes one for every
                // foreign key, PostgreSQL does not), so PostgreSQL checks each deleted attempt with a full scan of the
                // table: hours for size L. An index that lives only inside this transaction makes each check a lookup;
                // it is dropped before the commit, so nobody else ever sees it and the schema stays as migrated.
                s.execute("CREATE INDEX load_data_rescored_from_tmp ON assessment_attempt (rescored_from)");
            }
            for (String delete : deletes) {
                removed += s.executeUpdate(delete);
            }
            if (postgres) {
                s.execute("DROP INDEX load_data_rescored_from_tmp");
            }
        }
        c.commit();
        System.out.printf("Removed the earlier generated data: %,d rows in %.1f s%n", removed, (System.nanoTime() - removing) / 1e9);
    }

    /**
     * Generates chunks of learners on one thread and writes them on one thread per writer (each with its own
     * connection and one transaction per chunk: a chunk holds its learners' accounts with all their rows, so chunks
     * never depend on each other). Returns the rows written per table.
     */
    static Map<Table, Long> load(LoadPlan plan, long questionnaireId, String hash, List<Writer> writers, int learners)
            throws Exception {
        int perChunk = Math.max(100, Math.min(2000, learners / 50));
        BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(2 + writers.size());
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread generator = new Thread(() -> {
            try {
                while (plan.hasNext() && failure.get() == null) {
                    Chunk chunk = new Chunk(false);
                    while (plan.hasNext() && chunk.learners < perChunk) {
                        chunk.add(plan.next(), questionnaireId, hash);
                    }
                    queue.put(chunk);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
            } finally {
                for (int i = 0; i < writers.size(); i++) {
                    try {
                        queue.put(new Chunk(true));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }, "load-data-generator");
        generator.setDaemon(true);
        generator.start();
        Map<Table, Long> counts = new EnumMap<>(Table.class);
        ConsoleProgress progress = new ConsoleProgress(learners);
        long[] waitingAndWriting = new long[2];
        List<Thread> threads = new ArrayList<>();
        for (Writer writer : writers) {
            Thread thread = new Thread(() -> {
                try {
                    while (true) {
                        long t0 = System.nanoTime();
                        Chunk chunk = queue.take();
                        long t1 = System.nanoTime();
                        if (chunk.last) {
                            return;
                        }
                        if (failure.get() == null) {
                            writer.write(chunk);
                        }
                        synchronized (counts) {
                            waitingAndWriting[0] += t1 - t0;
                            waitingAndWriting[1] += System.nanoTime() - t1;
                            chunk.rows.forEach((t, rows) -> counts.merge(t, (long) rows.size(), Long::sum));
                            progress.advance(chunk.learners, chunk.count);
                        }
                    }
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                }
            }, "load-data-writer-" + (threads.size() + 1));
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        progress.done();
        if (failure.get() != null) {
            throw new IllegalStateException("Loading failed: " + failure.get().getMessage(), failure.get());
        }
        System.out.printf("%d writer connection(s): writing %.1f s, waiting for the generator %.1f s (summed over writers)%n",
                writers.size(), waitingAndWriting[1] / 1e9, waitingAndWriting[0] / 1e9);
        return counts;
    }

    /** COPY … FROM STDIN per table and chunk, in the text format; one transaction per chunk. */
    static Writer postgresWriter(Connection c) throws SQLException {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        return chunk -> {
            for (Table table : Table.values()) {
                List<Object[]> rows = chunk.rows.get(table);
                if (rows.isEmpty()) {
                    continue;
                }
                StringBuilder text = new StringBuilder(rows.size() * 96);
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        if (i > 0) {
                            text.append('\t');
                        }
                        copyValue(text, row[i]);
                    }
                    text.append('\n');
                }
                copy.copyIn("COPY " + table.name + " (" + table.columns + ") FROM STDIN", new StringReader(text.toString()));
            }
            c.commit();
        };
    }

    static void copyValue(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        } else if (value instanceof LocalDateTime t) {
            text.append(t.toLocalDate()).append(' ').append(t.toLocalTime());
        } else if (value instanceof Boolean b) {
            text.append(b ? 't' : 'f');
        } else if (value instanceof BigDecimal d) {
            text.append(d.toPlainString());
        } else {
            text.append(value);
        }
    }

    /** Batched prepared inserts per table and chunk (the demo cohort's own writer); one transaction per chunk. */
    static Writer h2Writer(Connection c) throws SQLException {
        Map<Table, PreparedStatement> inserts = CohortLoader.statements(c);
        return chunk -> {
            CohortLoader.insert(inserts, chunk);
            c.commit();
        };
    }

    /** The one rule the app and its tests rely on most: each summary row counts exactly its done lesson rows. */
    static void check(Connection c) throws SQLException {
        long started = System.nanoTime();
        long disagreeing = count(c, "SELECT COUNT(*) FROM course_progress cp WHERE cp.learner_id > " + LoadPlan.ID_BASE
                + " AND cp.lessons_done <> (SELECT COUNT(*) FROM lesson_progress lp WHERE lp.learner_id = cp.learner_id"
                + " AND lp.course_id = cp.course_id AND lp.state IN ('COMPLETED', 'WAIVED'))");
        c.commit();
        if (disagreeing > 0) {
            throw new IllegalStateException(disagreeing + " course summaries disagree with their lesson rows");
        }
        long drifting = count(c, TrackSummaries.drift(GENERATED)) + count(c, LessonFigures.TABLE.drift(LESSONS))
                + count(c, CourseFigures.TABLE.drift(COURSES)) + count(c, ListeningFigures.TABLE.drift(LESSONS));
        c.commit();
        if (drifting > 0) {
            throw new IllegalStateException(drifting + " learner-track summaries, lesson or course figures disagree with a fresh recount");
        }
        System.out.printf("Check: every course summary agrees with its lesson rows, every learner-track summary, lesson and course figure with a recount (%.1f s)%n", (System.nanoTime() - started) / 1e9);
    }

    static void summary(Map<Table, Long> counts, long started) {
        double seconds = (System.nanoTime() - started) / 1e9;
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        System.out.println("Rows written:");
        for (Table table : Table.values()) {
            System.out.printf("  %-20s %,12d%n", table.name, counts.getOrDefault(table, 0L));
        }
        System.out.printf("  %-20s %,12d%n", "total", total);
        System.out.printf("Done in %.1f s (%,.0f rows/s overall)%n", seconds, total / seconds);
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The demo cohort's hash of the generated learners' password (the same seed gives the same hash). */
    static String passwordHash(long seed) {
        return CohortLoader.passwordHash(seed);
    }
}
