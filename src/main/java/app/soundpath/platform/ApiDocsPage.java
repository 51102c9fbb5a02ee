package app.soundpath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Backs api-docs.xhtml: where the Swagger UI WebJar's files are (its version, read once from the jar itself). */
@Named
@ApplicationScoped
public class ApiDocsPage {

    private static final String POM = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private final String swaggerUiVersion;

    public ApiDocsPage() {
        Properties pom = new Properties();
        try (InputStream in = ApiDocsPage.class.getResourceAsStream(POM)) {
            if (in == null) {
                throw new IllegalStateException("The Swagger UI WebJar is missing from the WAR: " + POM);
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        swaggerUiVersion = pom.getProperty("version");
    }

    public String getSwaggerUiVersion() {
        return swaggerUiVersion;
    }
}
