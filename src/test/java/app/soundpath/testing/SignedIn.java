package app.soundpath.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.WebSession.Page;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.UUID;

/**
 * Someone signed in through the real sign-up and sign-in pages, with the JSON calls tests make as them (the session
 * cookie rides along). Shared by the ITs that act as learners and authors; {@link Learners#post} sends the same way.
 */
public class SignedIn {

    public final String email;
    public final WebSession session;

    public SignedIn(String email, WebSession session) {
        this.email = email;
        this.session = session;
    }

    /** A new account, {@code prefix-xxxxxxxx@example.com} with {@link Learners#PASSWORD}, signed up and signed in. */
    public static SignedIn signUp(URL base, String prefix, String name) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        WebSession session = new WebSession(base);
        session.get("/account/sign-up");
        assertThat(session.submit("signup", Map.of("name", name, "email", email, "password", Learners.PASSWORD), "submit")
                .status()).isEqualTo(302);
        return signIn(session, email, Learners.PASSWORD);
    }

    /** Signs in on the session given. */
    public static SignedIn signIn(WebSession session, String email, String password) {
        session.get("/account/sign-in");
        assertThat(session.submit("signin", Map.of("email", email, "password", password), "submit").status()).isEqualTo(302);
        return new SignedIn(email, session);
    }

    public Page post(String path, String json) {
        return send(session, "POST", path, json);
    }

    public Page put(String path, String json) {
        return send(session, "PUT", path, json);
    }

    /** A POST with an {@code Idempotency-Key} header. */
    public Page postWithKey(String path, String json, String key) {
        return send(session, "POST", path, json, "Idempotency-Key", key);
    }

    public Page delete(String path) {
        return session.send(HttpRequest.newBuilder(URI.create(session.root() + path)).DELETE(), "application/json");
    }

    public Page send(String method, String path, String json) {
        return send(session, method, path, json);
    }

    /** A JSON body sent as the session's person, with the extra headers given as name, value pairs; JSON accepted. */
    public static Page send(WebSession session, String method, String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(session.root() + path))
                .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return session.send(request, "application/json");
    }
}
