package app.soundpath.cluster;

import app.soundpath.reporting.control.CourseFigures;
import app.soundpath.reporting.control.LessonFigures;
import app.soundpath.reporting.control.TrackSummaries;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The cluster's PostgreSQL database read directly with JDBC (the cluster runs the real WAR, without the tests' data
 * door): answer keys of lesson checks, and the counts the drills compare with what the client saw acknowledged.
 * Connection settings are the {@code DB_*} variables the cluster was started with.
 */
final class ClusterDatabase {

    private final String url;
    private final String user;
    private final String password;

    ClusterDatabase(String host, int port, String name) {
        this.url = "jdbc:postgresql://" + host + ":" + port + "/" + name;
        this.user = env("DB_USER", "postgres");
        this.password = env("DB_PASSWORD", "postgres");
    }

    /** The database of src/main/cluster/start, from the same variables and defaults. */
    static ClusterDatabase ofTheCluster() {
        return new ClusterDatabase(env("DB_HOST", "127.0.0.1"), Integer.parseInt(env("DB_PORT", "5432")),
                env("DB_NAME", "soundpath_cluster"));
    }

    static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A lesson's check key as the tests' data door gives it: "questionId:rightOptionId,…;…" in question order. */
    String answerKey(String lessonSlug) {
        Map<String, List<String>> options = new LinkedHashMap<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT q.id, o.id FROM check_question q"
                + " JOIN check_option o ON o.question_id = q.id JOIN lesson l ON l.id = q.lesson_id"
                + " WHERE l.slug = ? AND o.correct = TRUE ORDER BY q.position, o.position")) {
            s.setString(1, lessonSlug);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    options.computeIfAbsent(r.getString(1), q -> new ArrayList<>()).add(r.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return options.entrySet().stream().map(e -> e.getKey() + ":" + String.join(",", e.getValue()))
                .collect(Collectors.joining(";"));
    }

    /** The slugs of a course's required lessons that have a written check, in order (what completes the course). */
    java.util.List<String> requiredLessonsWithACheck(String courseSlug) {
        java.util.List<String> slugs = new ArrayList<>();
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement("SELECT l.slug FROM lesson l"
                + " JOIN course c ON c.id = l.course_id WHERE c.slug = ? AND l.required AND l.status = 'PUBLISHED'"
                + " AND EXISTS (SELECT 1 FROM check_question q WHERE q.lesson_id = l.id) ORDER BY l.position")) {
            s.setString(1, courseSlug);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    slugs.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return slugs;
    }

    long count(String sql, Object... parameters) {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The reports' drift checks (the data generator's and the demo cohort's): course summaries that disagree with
     * their lesson rows, learner-track summaries, per-lesson and per-course figures that differ from a count from scratch.
     * 0 when every summary is right.
     */
    long drift() {
        long courses = count("SELECT COUNT(*) FROM course_progress cp WHERE cp.lessons_done <> (SELECT COUNT(*)"
                + " FROM lesson_progress lp WHERE lp.learner_id = cp.learner_id AND lp.course_id = cp.course_id"
                + " AND lp.state IN ('COMPLETED', 'WAIVED'))");
        return courses + count(TrackSummaries.drift("SELECT a.id FROM account a"))
                + count(LessonFigures.TABLE.drift("SELECT y.id FROM lesson y"))
                + count(CourseFigures.TABLE.drift("SELECT z.id FROM course z"));
    }
}
