package app.soundpath.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only when the database answers and the migrations have run; reports the schema version. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

    private static final String LATEST_MIGRATION =
            "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\" = TRUE AND \"version\" IS NOT NULL"
            + " ORDER BY \"installed_rank\" DESC";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(LATEST_MIGRATION)) {
            response.withData("product", connection.getMetaData().getDatabaseProductName());
            if (rows.next()) {
                return response.up().withData("schemaVersion", rows.getString(1)).build();
            }
            return response.down().withData("reason", "no migration has run").build();
        } catch (SQLException e) {
            return response.down().withData("reason", e.getClass().getSimpleName()).build();
        }
    }
}
