package app.soundpath.testing;

import app.soundpath.platform.RewrittenMigrations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Databases as installations made before issue 13 have them: the course content inserted by the seed migrations as
 * they landed (copies in src/test/resources/app/soundpath/platform/landed-migrations). For tests of code that reads
 * the catalogue with plain SQL, outside the app that fills a fresh database from src/main/content/.
 */
public final class LandedSeed {

    /** The migration that records how a database got its content (V47); the landed set stops before it. */
    public static final int CONTENT_SEED_VERSION = 47;

    private LandedSeed() {
    }

    /** sql/ as it was before the content moved: the landed seed files in place of the emptied ones, nothing newer. */
    public static Path migrations() {
        try {
            Path dir = Files.createDirectories(Path.of("target", "landed-migrations-" + UUID.randomUUID()));
            Path landed = Path.of(LandedSeed.class.getResource("/app/soundpath/platform/landed-migrations").toURI());
            try (Stream<Path> files = Files.list(Path.of("sql"))) {
                for (Path file : files.toList()) {
                    int version = Integer.parseInt(file.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"));
                    if (version < CONTENT_SEED_VERSION) {
                        Path old = landed.resolve(file.getFileName());
                        Files.copy(Files.exists(old) ? old : file, dir.resolve(file.getFileName()));
                    }
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Migrates an empty database with the landed seed, then upgrades it to sql/ as the app does at start-up. */
    public static void migrate(String url, String user, String password) throws SQLException {
        migrate(url, user, password, null);
    }

    /** The same in a schema of its own (made when missing), or in the connection's schema when null. */
    public static void migrate(String url, String user, String password, String schema) throws SQLException {
        Flyway before = flyway(url, user, password, schema, "filesystem:" + migrations());
        before.migrate();
        Flyway now = flyway(url, user, password, schema, "filesystem:sql");
        RewrittenMigrations.accept(now.getConfiguration());
        now.migrate();
    }

    private static Flyway flyway(String url, String user, String password, String schema, String location) {
        var config = Flyway.configure().dataSource(url, user, password).locations(location);
        return (schema == null ? config : config.schemas(schema).createSchemas(true)).load();
    }
}
