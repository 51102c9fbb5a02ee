package app.soundpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Accounts, roles and protection on the real WAR: who reaches what, sign-up / sign-in / sign-out, enumeration,
 * throttling, sessions, headers, CSRF, open redirects, reset links, hash upgrades and bad input on every form.
 * Demo mode is on in tests (pom.xml), so one account per role exists.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class IdentityIT {

    static final String LEARNER = "learner@soundpath.test";
    static final String INSTRUCTOR = "instructor@soundpath.test";
    static final String ADMIN = "admin@soundpath.test";
    static final Map<String, String> DEMO_PASSWORDS = Map.of(LEARNER, "learner-demo-2026",
            INSTRUCTOR, "instructor-demo-2026", ADMIN, "admin-demo-2026");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    // ---- Who reaches what -----------------------------------------------------------------------------------

    /** One row per protected address: what anonymous, learner, instructor and admin get. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/learn/,               sign-in, 200, 200, 200",
            "/account/me,           sign-in, 200, 200, 200",
            "/author/,              sign-in, 403, 200, 200",
            "/admin/,               sign-in, 403, 403, 200",
            "/admin/people,         sign-in, 403, 403, 200",
            "/admin/people?q=lee,   sign-in, 403, 403, 200",
            "/admin/security-log,   sign-in, 403, 403, 200",
            "/learn/credentials,    sign-in, 200, 200, 200",
            "/admin/credentials,    sign-in, 403, 403, 200",
            "/api/learners/me/credentials, 401, 200, 200, 200",
            "/verify,               200,     200, 200, 200",
            "/api/me,               401,     200, 200, 200",
            "/author/reports/learners,                      sign-in, 403, 200, 200",
            "/author/reports/course/audio-foundations,      sign-in, 403, 403, 200",
            "/author/reports/learner/1,                     sign-in, 403, 404, 404",
            "/api/author/reports/learners,                  401,     403, 200, 200",
            "/api/author/reports/courses,                   401,     403, 200, 200",
            "/api/author/reports/courses/audio-foundations, 401,     403, 403, 200",
            "/api/author/reports/learners/1,                401,     403, 404, 404",
            "/api/admin/reports/overview,                   401,     403, 403, 200",
            "/,                     200,     200, 200, 200",
            "/tracks/producer,      200,     200, 200, 200",
            "/account/sign-in,      200,     200, 200, 200",
    })
    void roleMatrix(String path, String anonymous, String learner, String instructor, String admin) {
        expect(new WebSession(base), path, anonymous);
        expect(signedIn(LEARNER), path, learner);
        expect(signedIn(INSTRUCTOR), path, instructor);
        expect(signedIn(ADMIN), path, admin);
    }

    @Test
    void aPersonsAdminPageIsForAdminsOnly() {
        String learnerId = accountId(signedIn(LEARNER));
        expect(new WebSession(base), "/admin/person/" + learnerId, "sign-in");
        expect(signedIn(LEARNER), "/admin/person/" + learnerId, "403");
        expect(signedIn(INSTRUCTOR), "/admin/person/" + learnerId, "403");
        expect(signedIn(ADMIN), "/admin/person/" + learnerId, "200");
        expect(signedIn(ADMIN), "/admin/person/999999999", "404");
        expect(signedIn(ADMIN), "/admin/person/not-a-number", "404");
    }

    @Test
    void aProtectedPageSendsToSignInAndBackAfterwards() {
        WebSession admin = new WebSession(base);
        Page redirect = admin.get("/admin/people?q=ada");
        assertThat(redirect.status()).isEqualTo(302);
        assertThat(redirect.location()).get().asString().endsWith("/account/sign-in?next=%2Fadmin%2Fpeople%3Fq%3Dada");

        Page signInPage = admin.follow(redirect);
        Page afterSignIn = admin.submit(signInPage, "signin",
                Map.of("email", ADMIN, "password", DEMO_PASSWORDS.get(ADMIN)), "submit");

        assertThat(afterSignIn.location()).get().asString().endsWith("/admin/people?q=ada");
        assertThat(admin.follow(afterSignIn).body()).contains("Ada Admin");
    }

    @ParameterizedTest
    @CsvSource({"https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)",
            "/%2F%2Fevil.example", "http:/evil.example", " /learn/"})
    void signInNeverRedirectsToAnotherSite(String next) {
        WebSession session = new WebSession(base);
        session.get("/account/sign-in?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        Page answer = session.submit("signin", Map.of("email", LEARNER, "password", DEMO_PASSWORDS.get(LEARNER),
                "next", next), "submit");

        assertThat(answer.status()).isEqualTo(302);
        assertThat(URI.create(answer.location().orElseThrow()).getHost()).isEqualTo(base.getHost());
        assertThat(answer.location()).get().asString().endsWith("/learn/");
    }

    // ---- Sign-up, sign-in, sign-out ---------------------------------------------------------------------------

    @Test
    void newLearnerSignsUpSignsInWithANewSessionAndSignsOut() {
        String email = unique("new");
        WebSession session = new WebSession(base);
        session.get("/account/sign-up");
        Page signedUp = session.submit("signup", Map.of("name", "Nia Newcomer", "email", email,
                "password", "a calm river of sound"), "submit");
        assertThat(signedUp.location()).get().asString().endsWith("/account/sign-in");
        assertThat(session.follow(signedUp).body()).contains("If this email address was new to us");

        // The sign-up and sign-in pages are stateless; whatever session id the browser holds by now (one of its own,
        // or one an attacker planted), signing in must not keep it.
        if (session.cookie("JSESSIONID").isEmpty()) {
            session.plantCookie("JSESSIONID", "planted0123456789abcdef");
        }
        String before = session.cookie("JSESSIONID").orElseThrow().getValue();
        Page signedIn = session.submit("signin", Map.of("email", email.toUpperCase(), "password", "a calm river of sound"), "submit");
        assertThat(signedIn.location()).get().asString().endsWith("/learn/");
        assertThat(session.cookie("JSESSIONID").orElseThrow().getValue()).as("a new session id at sign-in").isNotEqualTo(before);
        Page dashboard = session.follow(signedIn);
        assertThat(dashboard.body()).contains("Welcome, Nia Newcomer", "Sign out");
        assertThat(session.getJson("/api/me").body()).contains("\"email\":\"" + email + "\"", "\"roles\":[\"LEARNER\"]")
                .doesNotContain("password");

        Page signedOut = session.submit("signout", Map.of(), "submit");
        assertThat(session.follow(signedOut).body()).contains("You are signed out");
        assertThat(session.get("/learn/").status()).as("the old session no longer signs anyone in").isEqualTo(302);
        assertThat(adminLog("SIGN_OUT")).contains(email);
    }

    @Test
    void signUpWithAnExistingEmailLooksExactlyTheSameAndCreatesNothing() {
        WebSession fresh = new WebSession(base);
        fresh.get("/account/sign-up");
        Page newAddress = fresh.submit("signup", Map.of("name", "Someone", "email", unique("exists"),
                "password", "another long passphrase"), "submit");
        WebSession taken = new WebSession(base);
        taken.get("/account/sign-up");
        Page existingAddress = taken.submit("signup", Map.of("name", "Impostor", "email", LEARNER,
                "password", "another long passphrase"), "submit");

        assertThat(existingAddress.status()).isEqualTo(newAddress.status());
        assertThat(existingAddress.location()).isEqualTo(newAddress.location());
        assertThat(flash(taken.follow(existingAddress))).isEqualTo(flash(fresh.follow(newAddress)));
        assertThat(count(LEARNER)).isEqualTo("1");
        assertThat(new WebSession(base).getJson("/api/test-data/password-hash?email=" + LEARNER).body())
                .as("the existing account's password is untouched").isNotEmpty();
        assertThat(signInOutcome(LEARNER, DEMO_PASSWORDS.get(LEARNER)).status()).isEqualTo(302);
    }

    @Test
    void wrongEmailAndWrongPasswordGiveTheSameMessage() {
        Page wrongEmail = signInOutcome(unique("nobody"), "some long password here");
        Page wrongPassword = signInOutcome(INSTRUCTOR, "not the right password");

        assertThat(wrongEmail.status()).isEqualTo(200);
        assertThat(globalError(wrongEmail)).isEqualTo(globalError(wrongPassword))
                .contains("do not match an active account");
    }

    @Test
    void repeatedFailuresAreSlowedThenRefusedWithATimeAndLogged() {
        String email = signUp("throttled");
        for (int i = 0; i < 3; i++) {
            assertThat(globalError(signInOutcome(email, "wrong password " + i))).contains("do not match");
        }
        Page refused = signInOutcome(email, "a calm river of sound");

        assertThat(refused.status()).as("even the right password waits").isEqualTo(200);
        assertThat(globalError(refused)).containsPattern("try again after \\d\\d:\\d\\d UTC");
        assertThat(adminLog("SIGN_IN_REFUSED")).contains(email);
        assertThat(adminLog("SIGN_IN_FAILED")).contains(email);
    }

    @Test
    void aSuccessfulSignInClearsEarlierFailures() {
        String email = signUp("clears");
        signInOutcome(email, "wrong password one");
        signInOutcome(email, "wrong password two");
        assertThat(signInOutcome(email, "a calm river of sound").status()).isEqualTo(302);
        signInOutcome(email, "wrong password three");
        signInOutcome(email, "wrong password four");

        assertThat(signInOutcome(email, "a calm river of sound").status()).as("only 2 failures since the success")
                .isEqualTo(302);
    }

    // ---- Sessions, headers, CSRF --------------------------------------------------------------------------------

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteLax() {
        WebSession session = new WebSession(base);
        session.get("/account/sign-in"); // stateless: no session (and no cookie) before signing in
        Page page = session.submit("signin", Map.of("email", LEARNER, "password", DEMO_PASSWORDS.get(LEARNER)), "submit");

        String setCookie = page.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @ParameterizedTest
    @CsvSource({"/", "/account/sign-in", "/api/tracks", "/no-such-page", "/api/no-such"})
    void everyResponseCarriesTheSecurityHeaders(String path) {
        Page page = new WebSession(base).get(path);

        String csp = page.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("Referrer-Policy")).isNotBlank();
    }

    @Test
    void aFormPostWithoutTheRightViewStateChangesNothing() {
        String email = unique("csrf");
        WebSession attacker = new WebSession(base);
        Page forged = attacker.postForm("/account/sign-up", Map.of("signup", "signup", "signup:name", "Forged",
                "signup:email", email, "signup:password", "a calm river of sound", "signup:submit", "submit",
                "jakarta.faces.ViewState", "1234567890:987654321"));

        assertThat(forged.status()).isNotEqualTo(302);
        assertThat(count(email)).isEqualTo("0");
    }

    @Test
    void aCrossSiteWriteIsRefusedByTheApiAndThePages() {
        WebSession learner = signedIn(LEARNER);
        Page crossSite = learner.send(HttpRequest.newBuilder(URI.create(learner.root() + "/api/ping"))
                .header("Origin", "https://evil.example").POST(HttpRequest.BodyPublishers.noBody()), "application/json");
        Page sameSite = learner.send(HttpRequest.newBuilder(URI.create(learner.root() + "/api/ping"))
                .header("Origin", base.getProtocol() + "://" + base.getHost() + ":" + base.getPort())
                .POST(HttpRequest.BodyPublishers.noBody()), "application/json");

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.body()).contains("must come from Soundpath");
        assertThat(sameSite.status()).as("passes the filter; ping only answers GET").isEqualTo(405);

        // The stateless forms (sign-in keeps no view state) are refused from another site too: no login CSRF.
        WebSession victim = new WebSession(base);
        Page forgedSignIn = victim.send(HttpRequest.newBuilder(URI.create(victim.root() + "/account/sign-in"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("signin=signin&signin%3Aemail=learner%40soundpath.test"
                        + "&signin%3Apassword=learner-demo-2026&signin%3Asubmit=&jakarta.faces.ViewState=stateless")),
                "text/html");
        assertThat(forgedSignIn.status()).isEqualTo(403);
        assertThat(victim.cookie("JSESSIONID")).as("no session from a forged sign-in").isEmpty();
        assertThat(victim.getJson("/api/me").status()).isNotEqualTo(200);
        Page forgedCheck = learner.send(HttpRequest.newBuilder(URI.create(learner.root() + "/lessons/gain-staging-and-headroom"))
                .header("Sec-Fetch-Site", "cross-site").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("checkform=checkform&checkform%3Asubmit=&jakarta.faces.ViewState=stateless")),
                "text/html");
        assertThat(forgedCheck.status()).isEqualTo(403);
    }

    // ---- My account -----------------------------------------------------------------------------------------------

    @Test
    void aLearnerRenamesThemselvesAndChangesTheirPassword() {
        String email = signUp("rename");
        WebSession me = signedIn(email, "a calm river of sound");
        me.get("/account/me");
        Page renamed = me.submit("name", Map.of("displayName", "  Renamed   Person "), "save");
        assertThat(me.follow(renamed).body()).contains("Your display name has been saved", "Renamed Person");

        me.get("/account/me");
        Page wrongCurrent = me.submit("password", Map.of("current", "not my password", "new", "brand new passphrase"), "change");
        assertThat(wrongCurrent.fieldError("password:current")).contains("not your current password");

        me.get("/account/me");
        Page changed = me.submit("password", Map.of("current", "a calm river of sound", "new", "brand new passphrase"), "change");
        assertThat(me.follow(changed).body()).contains("Your password has been changed");
        assertThat(signInOutcome(email, "a calm river of sound").status()).isEqualTo(200);
        assertThat(signInOutcome(email, "brand new passphrase").status()).isEqualTo(302);
    }

    @Test
    void aLearnerCannotRenameSomeoneElseByAddingTheirIdToTheForm() {
        String victim = signUp("victim");
        String victimId = accountId(signedIn(victim, "a calm river of sound"));
        WebSession attacker = signedIn(signUp("attacker"), "a calm river of sound");
        attacker.get("/account/me");
        Page page = attacker.submit("name", Map.of("displayName", "Hacked", "id", victimId, "accountId", victimId), "save");

        assertThat(attacker.follow(page).body()).contains("Hacked");
        assertThat(signedIn(victim, "a calm river of sound").getJson("/api/me").body()).doesNotContain("Hacked");
    }

    // ---- Bad input on every form -----------------------------------------------------------------------------

    @ParameterizedTest(name = "sign-up {0}={1}")
    @CsvSource(delimiter = '|', value = {
            "name     | ''                              | Enter a display name",
            "name     | <script>alert(1)</script>       | no < or >",
            "name     | @@LONG81@@                      | 80 characters or fewer",
            "email    | ''                              | Enter your email address",
            "email    | not-an-email                    | like name@example.com",
            "email    | x' OR '1'='1@example.com        | like name@example.com",
            "email    | <script>@example.com            | like name@example.com",
            "email    | @@LONGEMAIL@@                   | at most 254 characters",
            "password | ''                              | Enter a password",
            "password | short                           | at least 12 characters",
            "password | qwerty123456                    | most common",
            "password | @@LONG129@@                     | at most 128 characters",
    })
    void signUpRefusesBadInputBesideTheFieldAndStoresNothing(String field, String value, String message) {
        String email = unique("bad");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("name", "Bad Input", "email", email,
                "password", "a calm river of sound"));
        fields.put(field, expand(value));
        WebSession session = new WebSession(base);
        session.get("/account/sign-up");
        Page page = session.submit("signup", fields, "submit");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.fieldError("signup:" + field)).contains(message);
        assertThat(page.body()).doesNotContain("<script>alert(1)");
        assertThat(count(email)).isEqualTo("0");
        if (field.equals("email")) {
            assertThat(count(expand(value).strip().toLowerCase())).isEqualTo("0");
        }
    }

    @ParameterizedTest(name = "sign-in with {0}")
    @CsvSource(delimiter = '|', value = {"'' | ''", "<script>alert(1)</script> | x", "x' OR '1'='1 | ' OR '1'='1",
            "@@LONGEMAIL@@ | @@LONG129@@", "learner@soundpath.test | @@HUGE@@"})
    void signInWithHostileOrEmptyInputGetsTheUsualMessage(String email, String password) {
        Page page = signInOutcome(expand(email), expand(password));

        assertThat(page.status()).isEqualTo(200);
        assertThat(globalError(page)).contains("do not match an active account");
        assertThat(page.body()).doesNotContain("<script>alert(1)", "Exception");
    }

    @ParameterizedTest(name = "people search for {0}")
    @CsvSource(delimiter = '|', value = {"% | Nobody matches", "_ | Nobody matches", "x' OR '1'='1 | Nobody matches",
            "<script>alert(1)</script> | Nobody matches", "LEARNER@SOUNDPATH | learner@soundpath.test",
            "@@LONG129@@ | Nobody matches"})
    void peopleSearchTakesAnyTextLiterally(String query, String expected) {
        Page page = signedIn(ADMIN).get("/admin/people?q=" + java.net.URLEncoder.encode(expand(query),
                java.nio.charset.StandardCharsets.UTF_8));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains(expected).doesNotContain("<script>alert(1)");
    }

    @Test
    void unicodeNamesAndPassphrasesAreWelcome() {
        String email = unique("unicode");
        WebSession session = new WebSession(base);
        session.get("/account/sign-up");
        Page page = session.submit("signup", Map.of("name", "Zoë Ångström 声音", "email", email,
                "password", "ünïcödé pässphrase ♫"), "submit");

        assertThat(page.status()).isEqualTo(302);
        WebSession zoe = signedIn(email, "ünïcödé pässphrase ♫");
        assertThat(zoe.get("/learn/").body()).contains("Zoë Ångström 声音");
    }

    @ParameterizedTest(name = "rename to {0}")
    @CsvSource(delimiter = '|', value = {"'' | Enter a display name", "<b>bold</b> | no < or >",
            "@@LONG81@@ | 80 characters or fewer"})
    void myAccountRefusesBadNamesBesideTheField(String value, String message) {
        String email = signUp("badname");
        WebSession me = signedIn(email, "a calm river of sound");
        me.get("/account/me");
        Page page = me.submit("name", Map.of("displayName", expand(value)), "save");

        assertThat(page.fieldError("name:displayName")).contains(message);
        assertThat(me.getJson("/api/me").body()).contains("\"displayName\":\"Test Person\"");
    }

    // ---- Admin: roles, deactivation, reset links ----------------------------------------------------------------

    @Test
    void anAdminMakesALearnerAnInstructorAndTheyReachAuthoring() {
        String email = signUp("promoted");
        WebSession person = signedIn(email, "a calm river of sound");
        assertThat(person.get("/author/").status()).isEqualTo(403);

        WebSession admin = signedIn(ADMIN);
        Page adminPage = admin.get("/admin/person/" + accountId(person));
        Page granted = admin.submit(adminPage, roleForm(adminPage, "INSTRUCTOR"), Map.of(), "grant");
        assertThat(admin.follow(granted).body()).contains("Role added: instructor");

        assertThat(signedIn(email, "a calm river of sound").get("/author/").status()).isEqualTo(200);
        assertThat(adminLog("ROLE_GRANTED")).contains(email);
    }

    @Test
    void aDeactivatedPersonCannotSignInAndGetsTheUsualMessage() {
        String email = signUp("deactivated");
        WebSession theirs = signedIn(email, "a calm river of sound");
        String id = accountId(theirs);
        WebSession admin = signedIn(ADMIN);
        admin.get("/admin/person/" + id);
        Page done = admin.submit("actions", Map.of(), "deactivate");
        assertThat(admin.follow(done).body()).contains("The account is deactivated");
        assertThat(theirs.get("/learn/").status()).as("the session they had ends at once").isEqualTo(302);

        Page attempt = signInOutcome(email, "a calm river of sound");
        assertThat(attempt.status()).isEqualTo(200);
        assertThat(globalError(attempt)).contains("do not match an active account");
        assertThat(adminLog("DEACTIVATED")).contains(email);
    }

    @Test
    void anAdminCannotLockThemselvesOut() {
        WebSession admin = signedIn(ADMIN);
        Page own = admin.get("/admin/person/" + accountId(admin));
        assertThat(own.body()).doesNotContain("actions:deactivate");

        Page attempt = admin.submit(own, roleForm(own, "ADMIN"), Map.of(), "revoke");
        assertThat(attempt.status()).isIn(200, 302);
        assertThat(admin.getJson("/api/me").body()).contains("ADMIN");
    }

    @Test
    void aResetLinkWorksOnceForTwentyFourHours() {
        String email = signUp("reset");
        String id = accountId(signedIn(email, "a calm river of sound"));
        WebSession admin = signedIn(ADMIN);
        admin.get("/admin/person/" + id);
        String link = resetLink(admin.follow(admin.submit("actions", Map.of(), "reset")));

        WebSession person = new WebSession(base);
        Page form = person.get(link);
        assertThat(form.body()).contains("Choose a new password");
        Page weak = person.submit("reset", Map.of("password", "short"), "submit");
        assertThat(weak.fieldError("reset:password")).contains("at least 12 characters");
        person.get(link);
        Page done = person.submit("reset", Map.of("password", "reset to a new passphrase"), "submit");
        assertThat(person.follow(done).body()).contains("Your new password is saved");
        assertThat(signInOutcome(email, "reset to a new passphrase").status()).isEqualTo(302);

        assertThat(new WebSession(base).get(link).body()).as("single use").contains("This reset link does not work");

        admin.get("/admin/person/" + id);
        String second = resetLink(admin.follow(admin.submit("actions", Map.of(), "reset")));
        new WebSession(base).send(HttpRequest.newBuilder(URI.create(base.toExternalForm().replaceAll("/$", "")
                + "/api/test-data/age-reset-links?email=" + email)).POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
        assertThat(new WebSession(base).get(second).body()).as("expired after 24 h").contains("This reset link does not work");
        assertThat(new WebSession(base).get("/account/reset/not-a-token").body()).contains("This reset link does not work");
    }

    @Test
    void anOldCheapHashStillSignsInAndIsUpgradedToTodaysCost() {
        String email = signUp("oldhash");
        WebSession data = new WebSession(base);
        data.send(HttpRequest.newBuilder(URI.create(data.root() + "/api/test-data/old-password-hash?email=" + email
                + "&password=a%20calm%20river%20of%20sound&iterations=2048")).POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
        assertThat(data.getJson("/api/test-data/password-hash?email=" + email).body()).startsWith("pbkdf2-sha256$2048$");

        assertThat(signInOutcome(email, "a calm river of sound").status()).isEqualTo(302);

        assertThat(data.getJson("/api/test-data/password-hash?email=" + email).body()).startsWith("pbkdf2-sha256$600000$");
    }

    @Test
    void theSecurityLogRecordsWhoWhenAndFromWhere() {
        String email = signUp("logged");
        signInOutcome(email, "a calm river of sound");

        String log = adminLog("SIGN_IN");
        // Who (the account), when (a UTC time) and from where (the client's IPv4 or IPv6 address).
        assertThat(log).contains(email).containsPattern("<td>\\d{1,2} \\w{3} \\d{4}, \\d\\d:\\d\\d UTC</td>")
                .containsPattern("<td>[0-9a-f]{1,4}[.:][0-9a-f.:]+</td>");
    }

    // ---- helpers --------------------------------------------------------------------------------------------------

    private void expect(WebSession session, String path, String expected) {
        Page page = path.startsWith("/api/") ? session.getJson(path) : session.get(path);
        if (expected.equals("sign-in")) {
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).as(path).get().asString().contains("/account/sign-in?next=");
        } else {
            assertThat(page.status()).as(path).isEqualTo(Integer.parseInt(expected));
        }
        if (expected.equals("403") && path.startsWith("/api/")) {
            assertThat(page.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(page.body()).as(path).contains("\"status\":403");
        } else if (expected.equals("403")) {
            assertThat(page.body()).contains("This page is not for your account");
        }
    }

    private WebSession signedIn(String email) {
        return signedIn(email, DEMO_PASSWORDS.get(email));
    }

    private WebSession signedIn(String email, String password) {
        WebSession session = new WebSession(base);
        session.get("/account/sign-in");
        Page page = session.submit("signin", Map.of("email", email, "password", password), "submit");
        assertThat(page.status()).as("signed in as " + email).isEqualTo(302);
        return session;
    }

    private Page signInOutcome(String email, String password) {
        WebSession session = new WebSession(base);
        session.get("/account/sign-in");
        return session.submit("signin", Map.of("email", email, "password", password), "submit");
    }

    /** Signs up a new learner "Test Person" with the password "a calm river of sound"; returns the email. */
    private String signUp(String prefix) {
        String email = unique(prefix);
        WebSession session = new WebSession(base);
        session.get("/account/sign-up");
        Page page = session.submit("signup", Map.of("name", "Test Person", "email", email,
                "password", "a calm river of sound"), "submit");
        assertThat(page.status()).isEqualTo(302);
        return email;
    }

    private String accountId(WebSession session) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(session.getJson("/api/me").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private String adminLog(String kind) {
        return signedIn(ADMIN).get("/admin/security-log?kind=" + kind).body();
    }

    private String count(String email) {
        return new WebSession(base).getJson("/api/test-data/account-count?email="
                + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)).body();
    }

    private static String roleForm(Page page, String role) {
        // Each role row is its own form (role, role:1, …), in the order of the Role enum.
        List<String> roles = List.of("LEARNER", "INSTRUCTOR", "ADMIN");
        Matcher m = Pattern.compile("<form id=\"([^\"]*role)\"").matcher(page.body());
        List<String> ids = m.results().map(r -> r.group(1)).toList();
        assertThat(ids).hasSize(3);
        return ids.get(roles.indexOf(role));
    }

    private static String resetLink(Page page) {
        Matcher m = Pattern.compile("(/account/reset/[A-Za-z0-9_-]{43})").matcher(page.body());
        assertThat(m.find()).as("a reset link on the page").isTrue();
        return m.group(1);
    }

    private static String flash(Page page) {
        Matcher m = Pattern.compile("class=\"flash-info\"[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(page.body());
        return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : "";
    }

    private static String globalError(Page page) {
        Matcher m = Pattern.compile("class=\"flash-error\"[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(page.body());
        return m.find() ? m.group(1).replaceAll("<[^>]+>", "").strip() : "";
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private static String expand(String value) {
        return switch (value) {
            case "@@LONG81@@" -> "n".repeat(81);
            case "@@LONG129@@" -> "p".repeat(129);
            case "@@LONGEMAIL@@" -> "e".repeat(250) + "@example.com";
            case "@@HUGE@@" -> "h".repeat(200_000);
            default -> value;
        };
    }

    /** Runs last: everything this class's requests put into sessions can be replicated to another cluster node. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void everythingKeptInASessionCanMoveToAnotherNode() {
        app.soundpath.testing.SessionContents.assertAllSerialisable(base);
    }
}
