package app.soundpath.bench;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What every Soundpath simulation shares: the running app's address (BASE), the HTTP protocol, and signing in
 * through the real sign-in form (a Faces postback with its view state), so every virtual user is a distinct
 * signed-in session, as a browser would be.
 */
final class Soundpath {

    static final String BASE = env("BASE", "http://127.0.0.1:8080").replaceAll("/$", "");
    static final String LEARNER_PASSWORD = env("LEARNER_PASSWORD", "load-learner-2026");
    static final String ADMIN_EMAIL = env("ADMIN_EMAIL", "admin@soundpath.test");
    static final String ADMIN_PASSWORD = env("ADMIN_PASSWORD", "admin-demo-2026");
    static final String COURSE = env("COURSE", "audio-foundations");

    private Soundpath() {
    }

    static HttpProtocolBuilder protocol() {
        return http.baseUrl(BASE).disableFollowRedirect().acceptHeader("text/html,application/json")
                .acceptEncodingHeader("gzip, deflate").userAgentHeader("soundpath-bench (Gatling)")
                .disableCaching(); // every request goes to the server, as wrk's do: a 304 would measure nothing
        // Connections are not shared: every virtual user has its own, as a browser would.
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? System.getProperty(name, fallback) : value;
    }

    static int envInt(String name, int fallback) {
        return Integer.parseInt(env(name, String.valueOf(fallback)));
    }

    /**
     * Signs the virtual user in through the sign-in form, as the "email" and "password" in its session (from a
     * feeder, or set before); a wrong password or a refusal fails the request.
     */
    static ChainBuilder signIn() {
        return exec(http("sign-in form").get("/account/sign-in")
                        .check(status().is(200), css("form#signin", "action").saveAs("signinAction"),
                                css("form#signin input[type='hidden']", "name").findAll().saveAs("hiddenNames"),
                                css("form#signin input[type='hidden']", "value").findAll().saveAs("hiddenValues")))
                .exec(http("sign-in").post("#{signinAction}")
                        .formParamMap(session -> {
                            Map<String, Object> form = hiddenFields(session);
                            form.put("signin:email", session.getString("email"));
                            form.put("signin:password", session.getString("password"));
                            form.put("signin:submit", "submit");
                            return form;
                        })
                        .check(status().is(302)));
    }

    /** The hidden fields of the last form read (its name marker and the Faces view state among them). */
    static Map<String, Object> hiddenFields(Session session) {
        List<String> names = session.getList("hiddenNames");
        List<String> values = session.getList("hiddenValues");
        Map<String, Object> form = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            form.put(names.get(i), i < values.size() ? values.get(i) : "");
        }
        return form;
    }

    /** The lesson slugs of a course, read once from the running app's API before the load starts. */
    static List<String> lessonsOf(String course) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(BASE + "/api/courses/" + course)).header("Accept", "application/json").build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("GET /api/courses/" + course + " gave " + answer.statusCode()
                        + ": is Soundpath running at " + BASE + "?");
            }
            return jakarta.json.Json.createReader(new StringReader(answer.body())).readObject().getJsonArray("lessons")
                    .getValuesAs(jakarta.json.JsonObject.class).stream().map(l -> l.getString("slug")).toList();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Soundpath is not answering at " + BASE + " (start it first, see README)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
