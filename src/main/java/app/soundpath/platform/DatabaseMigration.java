package app.soundpath.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings the schema up to date from the migrations in {@code sql/} before the application takes requests. */
@Startup
@Singleton
// Flyway manages its own transactions per migration; a container transaction around it would break that.
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        Flyway flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                // A schema that changed under a landed migration is a mistake to stop on, not to repair silently.
                .validateOnMigrate(true)
                .load();
        try {
            // The one known exception: the migrations issue 13 emptied of course content (see RewrittenMigrations).
            int accepted = RewrittenMigrations.accept(flyway.getConfiguration());
            if (accepted > 0) {
                LOG.info(() -> "Accepted " + accepted + " landed seed migrations whose content moved to src/main/content/ (issue 13)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the migration history", e);
        }
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now, database " + result.database + ")");
    }
}
