package app.soundpath.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A small HTTP client for tests that talk to the deployed app as a browser or API client would. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private final URL base;

    public Http(URL base) {
        this.base = base;
    }

    /** One answer: status, content type and body. */
    public record Answer(int status, String contentType, String body) {

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray jsonArray() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }
    }

    /** GET a path relative to the deployment root; the path is sent as given (already URL-encoded). */
    public Answer get(String path, String accept) {
        String root = base.toExternalForm().replaceAll("/$", "");
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", accept)
                .GET().build();
        try {
            HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Answer page(String path) {
        return get(path, "text/html");
    }

    public Answer api(String path) {
        return get(path, "application/json");
    }

    /** GET against the server root (for Payara's own /health and /openapi, outside the app's context). */
    public Answer serverRoot(String path) {
        return new Http(serverRootUrl()).get(path, "application/json");
    }

    private URL serverRootUrl() {
        try {
            return URI.create(base.getProtocol() + "://" + base.getHost() + ":" + base.getPort() + "/").toURL();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
