package app.soundpath.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The landed migrations that were deliberately rewritten, and the one repair they need. A migration is never edited
 * once landed, with this exception: issue 13 moved the course content out of V2, V3, V4, V6 and V8 into Markdown
 * files (src/main/content/), so that a fresh database gets it through the course import instead. A database that ran the
 * landed versions keeps its rows, and its history keeps their checksums, which Flyway's validation would refuse.
 * Before migrating, exactly these history rows (this version with this landed checksum) are given the rewritten
 * file's checksum; any other difference between a database's history and sql/ still stops the start.
 */
public final class RewrittenMigrations {

    /** A rewritten migration: its version, the checksum it landed with, and the checksum of the file now. */
    public record Rewrite(String version, int landed, int now) {
    }

    public static final List<Rewrite> REWRITES = List.of(
            new Rewrite("2", -506148447, 1796937681),    // tracks, skills, facts, salaries stay; course 201 moved
            new Rewrite("3", 1468945371, 278507646),     // the producer courses, all moved
            new Rewrite("4", 1080592075, -1729719721),   // the engineer courses, all moved
            new Rewrite("6", -1462869622, 884421437),    // the check questions, all moved
            new Rewrite("8", -1611732895, 214485117));   // the schema stays; the seed prerequisites moved

    private RewrittenMigrations() {
    }

    /**
     * Gives the history rows of the landed versions the rewritten files' checksums. Harmless to run again, and on
     * a database without a history yet (fresh) or one made from the rewritten files, where it changes nothing.
     *
     * @return how many history rows were changed
     */
    public static int accept(Configuration flyway) throws SQLException {
        String schema = flyway.getDefaultSchema() != null ? flyway.getDefaultSchema()
                : flyway.getSchemas().length > 0 ? flyway.getSchemas()[0] : null;
        String table = (schema == null ? "" : quoted(schema) + ".") + quoted(flyway.getTable());
        int changed = 0;
        try (Connection c = flyway.getDataSource().getConnection()) {
            c.setAutoCommit(true);
            for (Rewrite rewrite : REWRITES) {
                try (PreparedStatement update = c.prepareStatement("UPDATE " + table
                        + " SET \"checksum\" = ? WHERE \"version\" = ? AND \"checksum\" = ?")) {
                    update.setInt(1, rewrite.now());
                    update.setString(2, rewrite.version());
                    update.setInt(3, rewrite.landed());
                    changed += update.executeUpdate();
                } catch (SQLException e) {
                    if (noSuchTable(e)) {
                        return 0; // a fresh database: Flyway creates its history now
                    }
                    throw e;
                }
            }
        }
        return changed;
    }

    /** The driver's answer, also when a connection pool wraps it (Payara's does, without the SQL state). */
    private static boolean noSuchTable(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String state = cause instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
            if (state.startsWith("42S0") || state.equals("90079") // H2: no such table, no such schema
                    || state.equals("42P01") || state.equals("3F000")) { // PostgreSQL: the same
                return true;
            }
        }
        return false;
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
