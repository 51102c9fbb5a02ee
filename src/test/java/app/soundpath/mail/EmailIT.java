package app.soundpath.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.Learners;
import app.soundpath.testing.Mailbox;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Email against a real SMTP server (GreenMail on 127.0.0.1, on the port in test.smtpPort, where the test server's SMTP_* settings point):
 * self-service reset links, confirmed addresses and address changes, weekly reminders and unsubscribing, the
 * outbox with SMTP down and up again, the admins' outbox, and bad input on every new form and endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class EmailIT {

    static Mailbox mail;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    @BeforeEach
    void startSmtp() {
        if (mail == null) {
            mail = new Mailbox(base);
        }
    }

    @AfterAll
    static void stopSmtp() {
        if (mail != null) {
            mail.close();
        }
    }

    // ---- Self-service reset ---------------------------------------------------------------------------------

    @Test
    void forgottenPasswordFromRequestToNewPasswordEndsEveryOtherSession() throws Exception {
        Learners learners = new Learners(base);
        String email = newAccount("forgetful");
        WebSession laptop = learners.signedIn(new WebSession(base), email, Learners.PASSWORD);
        WebSession phone = learners.signedIn(new WebSession(base), email, Learners.PASSWORD);
        assertThat(laptop.get("/learn/").status()).isEqualTo(200);

        WebSession stranger = new WebSession(base);
        assertThat(stranger.get("/account/sign-in").body()).contains("/account/forgot");
        stranger.get("/account/forgot");
        Page answer = stranger.follow(stranger.submit("forgot", Map.of("email", "  " + email.toUpperCase() + " "), "submit"));
        assertThat(answer.body()).contains("If an account uses that address");

        MimeMessage letter = mail.await(email, "Choose a new Soundpath password");
        String text = Mailbox.text(letter);
        assertThat(text).contains("works once, for one hour");
        String link = Mailbox.link(text, "/account/reset/");
        assertThat(Mailbox.html(letter)).contains("<a href=\"" + link + "\">").doesNotContain("<img", "<script");

        WebSession resetter = new WebSession(base);
        Page form = resetter.get(mail.path(link));
        assertThat(form.body()).contains("Choose a new password");
        Page tooShort = resetter.submit("reset", Map.of("password", "short"), "submit");
        assertThat(tooShort.fieldError("reset:password")).isNotEmpty();
        resetter.get(mail.path(link));
        Page saved = resetter.submit("reset", Map.of("password", "a brand new melody line"), "submit");
        assertThat(saved.status()).isEqualTo(302);

        // Every session signed in before the reset is over, at its very next request.
        assertThat(laptop.get("/learn/").status()).isEqualTo(302);
        assertThat(phone.getJson("/api/me").status()).isEqualTo(401);
        // The old password no longer works; the new one does.
        WebSession again = new WebSession(base);
        again.get("/account/sign-in");
        assertThat(again.submit("signin", Map.of("email", email, "password", Learners.PASSWORD), "submit").status()).isEqualTo(200);
        learners.signedIn(new WebSession(base), email, "a brand new melody line");
        // The link worked once.
        assertThat(new WebSession(base).get(mail.path(link)).body()).contains("This reset link does not work");
        // And it is in the security log.
        assertThat(learners.admin().get("/admin/security-log?kind=PASSWORD_RESET").body()).contains(email);
        assertThat(learners.admin().get("/admin/security-log?kind=RESET_REQUESTED").body()).contains(email);
    }

    @Test
    void theAnswerIsTheSameWhetherOrNotTheAddressHasAnAccount() throws Exception {
        String known = newAccount("known");
        String unknown = "nobody-" + UUID.randomUUID() + "@example.com";

        WebSession a = new WebSession(base);
        a.get("/account/forgot");
        String knownAnswer = flash(a.follow(a.submit("forgot", Map.of("email", known), "submit")).body());
        WebSession b = new WebSession(base);
        b.get("/account/forgot");
        String unknownAnswer = flash(b.follow(b.submit("forgot", Map.of("email", unknown), "submit")).body());
        assertThat(unknownAnswer).isEqualTo(knownAnswer).isNotEmpty();

        Page apiKnown = api("/api/account/password-reset", "{\"email\":\"" + known + "\"}");
        Page apiUnknown = api("/api/account/password-reset", "{\"email\":\"" + unknown + "\"}");
        assertThat(apiKnown.status()).isEqualTo(202);
        assertThat(apiUnknown.status()).isEqualTo(202);
        assertThat(apiUnknown.body()).isEqualTo(apiKnown.body());

        // Timing class: the unknown address is not answered measurably faster (median of 7 each, generous bound:
        // the work is the same, only a missing row differs).
        long knownMedian = medianMillis(() -> api("/api/account/password-reset", "{\"email\":\"" + known + "\"}"));
        long unknownMedian = medianMillis(() -> api("/api/account/password-reset", "{\"email\":\"" + unknown + "\"}"));
        assertThat(unknownMedian).isLessThan(knownMedian * 3 + 50);
        assertThat(knownMedian).isLessThan(unknownMedian * 3 + 50);

        mail.await(known, "Choose a new Soundpath password");
        assertThat(mail.to(unknown)).isEmpty();
        assertThat(testData("/api/test-data/outbox/of?to=" + unknown)).isEmpty();
    }

    @Test
    void anAddressGetsAtMostThreeLinksAnHour() throws Exception {
        String email = newAccount("flooded");
        for (int i = 0; i < 5; i++) {
            assertThat(api("/api/account/password-reset", "{\"email\":\"" + email + "\"}").status()).isEqualTo(202);
        }
        deliver();
        Thread.sleep(500);
        assertThat(testData("/api/test-data/outbox/of?to=" + email).lines()
                .filter(l -> !l.isBlank()).count()).as("outbox rows: 1 confirmation + 3 resets").isEqualTo(4);
    }

    @Test
    void oneClientAskingTooOftenIsRefusedWhateverTheAddress() throws Exception {
        // From another loopback address than the rest of the suite, so its limit is its own.
        int refused = 0;
        int accepted = 0;
        for (int i = 0; i < 70 && refused == 0; i++) {
            String status = rawPost(InetAddress.getByName("127.0.0.2"), null, "/api/account/password-reset",
                    "{\"email\":\"spray-" + i + "@example.com\"}").split(" ")[1];
            if (status.equals("429")) {
                refused++;
            } else {
                assertThat(status).isEqualTo("202");
                accepted++;
            }
        }
        assertThat(accepted).isEqualTo(60);
        assertThat(refused).isEqualTo(1);
    }

    @Test
    void aResetLinkNeverPointsAtAHostTheClientNamed() throws Exception {
        String email = newAccount("poisoned");
        String answer = rawPost(InetAddress.getLoopbackAddress(), "evil.example", "/api/account/password-reset",
                "{\"email\":\"" + email + "\"}");
        assertThat(answer).startsWith("HTTP/1.1 202");
        String text = Mailbox.text(mail.await(email, "Choose a new Soundpath password"));
        assertThat(text).doesNotContain("evil.example").contains("http://localhost:");
    }

    @Test
    void expiredTamperedAndUnknownResetLinksAllSayTheSame() throws Exception {
        String email = newAccount("expired");
        api("/api/account/password-reset", "{\"email\":\"" + email + "\"}");
        String link = Mailbox.link(Mailbox.text(mail.await(email, "Choose a new Soundpath password")), "/account/reset/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        String tampered = (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1);
        for (String bad : List.of(tampered, "not-a-token", "<script>alert(1)</script>", "' OR '1'='1", "x".repeat(5000))) {
            Page page = new WebSession(base).get("/account/reset/" + java.net.URLEncoder.encode(bad, StandardCharsets.UTF_8));
            assertThat(page.status()).as(bad).isIn(200, 404);
            assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(new WebSession(base).get("/account/reset/" + tampered).body()).contains("This reset link does not work");
        testDataPost("/api/test-data/age-reset-links?email=" + email);
        assertThat(new WebSession(base).get(mail.path(link)).body()).contains("This reset link does not work");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "not-an-address", "<script>alert(1)</script>@x.io", "a'); DROP TABLE account;--@x.io"})
    void theForgotFormExplainsBadAddressesAndSendsNothing(String bad) throws Exception {
        String before = testData("/api/test-data/outbox/count");
        WebSession session = new WebSession(base);
        session.get("/account/forgot");
        Page answer = session.submit("forgot", Map.of("email", bad), "submit");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.fieldError("forgot:email")).isNotEmpty();
        assertThat(answer.body()).doesNotContain("<script>alert(1)</script>");
        assertThat(api("/api/account/password-reset", "{\"email\":\"" + bad.replace("\"", "") + "\"}").status()).isEqualTo(400);
        assertThat(testData("/api/test-data/outbox/count")).isEqualTo(before);
    }

    @Test
    void theResetEndpointRefusesMalformedAndOversizedBodies() {
        assertThat(api("/api/account/password-reset", "{\"email\":").status()).isEqualTo(400);
        assertThat(api("/api/account/password-reset", "[]").status()).isEqualTo(400);
        assertThat(api("/api/account/password-reset", "{}").status()).isEqualTo(400);
        assertThat(api("/api/account/password-reset", "{\"email\":\"" + "a".repeat(300) + "@example.com\"}").status()).isEqualTo(400);
    }

    // ---- Confirmed addresses --------------------------------------------------------------------------------

    @Test
    void aNewAccountConfirmsItsAddressThroughTheLinkAndTheBannerGoes() throws Exception {
        Learners learners = new Learners(base);
        String email = "confirming-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        WebSession session = new WebSession(base);
        session.get("/account/sign-up");
        session.submit("signup", Map.of("name", "Cora Confirm", "email", email, "password", Learners.PASSWORD), "submit");
        learners.signedIn(session, email, Learners.PASSWORD);
        assertThat(session.get("/learn/").body()).contains("Please confirm your email address");

        // Asking again sends a second link.
        session.get("/learn/");
        session.submit("confirm-banner", Map.of(), "resend");
        MimeMessage first = mail.await(email, "Confirm your email address for Soundpath");
        String link = Mailbox.link(Mailbox.text(first), "/account/confirm/");

        // Opening the link changes nothing until the button is pressed (mail scanners follow links).
        Page confirmPage = session.get(mail.path(link));
        assertThat(session.get("/learn/").body()).contains("Please confirm your email address");
        session.get(mail.path(link));
        Page done = session.submit("confirm", Map.of(), "submit");
        assertThat(done.status()).isEqualTo(302);
        assertThat(confirmPage.body()).contains("Confirm my address");
        assertThat(session.follow(done).body()).contains("your email address is confirmed");
        assertThat(session.get("/learn/").body()).doesNotContain("Please confirm your email address");
        // Once only.
        WebSession other = new WebSession(base);
        other.get(mail.path(link));
        assertThat(other.submit("confirm", Map.of(), "submit").body()).contains("This confirmation link does not work");
    }

    @Test
    void aConfirmationLinkOlderThanADayOrTamperedWithDoesNothing() throws Exception {
        String email = newAccount("late");
        String link = Mailbox.link(Mailbox.text(mail.await(email, "Confirm your email address for Soundpath")), "/account/confirm/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        WebSession tampered = new WebSession(base);
        tampered.get("/account/confirm/" + (token.charAt(0) == 'A' ? "B" : "A") + token.substring(1));
        assertThat(tampered.submit("confirm", Map.of(), "submit").body()).contains("This confirmation link does not work");
        testDataPost("/api/test-data/age-confirmations?email=" + email);
        WebSession late = new WebSession(base);
        late.get(mail.path(link));
        assertThat(late.submit("confirm", Map.of(), "submit").body()).contains("This confirmation link does not work");
        WebSession session = new Learners(base).signedIn(new WebSession(base), email, Learners.PASSWORD);
        assertThat(session.get("/account/me").body()).contains("not confirmed yet");
    }

    @Test
    void aNewAddressReplacesTheOldOnlyOnceConfirmedAndTheOldOneIsTold() throws Exception {
        Learners learners = new Learners(base);
        String email = newAccount("mover");
        String newEmail = "moved-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        WebSession session = learners.signedIn(new WebSession(base), email, Learners.PASSWORD);

        session.get("/account/me");
        Page wrong = session.submit("email", Map.of("newEmail", newEmail, "emailPassword", "not my password"), "change");
        assertThat(wrong.fieldError("email:emailPassword")).isNotEmpty();
        for (String bad : List.of("", "nope", "<b>x</b>@x.io", "x".repeat(260) + "@x.io", email)) {
            session.get("/account/me");
            Page refused = session.submit("email", Map.of("newEmail", bad, "emailPassword", Learners.PASSWORD), "change");
            assertThat(refused.fieldError("email:newEmail")).as(bad).isNotEmpty();
        }
        session.get("/account/me");
        Page asked = session.submit("email", Map.of("newEmail", newEmail, "emailPassword", Learners.PASSWORD), "change");
        assertThat(session.follow(asked).body()).contains("We have sent a link to " + newEmail);
        // Still the old address until the link is opened.
        assertThat(session.get("/account/me").body()).contains(email);
        String link = Mailbox.link(Mailbox.text(mail.await(newEmail, "Confirm your new email address for Soundpath")), "/account/confirm/");
        session.get(mail.path(link));
        session.submit("confirm", Map.of(), "submit");
        assertThat(session.get("/account/me").body()).contains(newEmail);
        assertThat(Mailbox.text(mail.await(email, "Your Soundpath email address was changed"))).contains("no longer");
        learners.signedIn(new WebSession(base), newEmail, Learners.PASSWORD);

        // An address that is taken gets the same answer and no mail.
        String other = newAccount("taken");
        session.get("/account/me");
        Page takenAnswer = session.follow(session.submit("email", Map.of("newEmail", other, "emailPassword", Learners.PASSWORD), "change"));
        assertThat(takenAnswer.body()).contains("We have sent a link to " + other);
        deliver();
        assertThat(mail.to(other).stream().filter(m -> Mailbox.subject(m).contains("new email address"))).isEmpty();
    }

    // ---- Reminders -----------------------------------------------------------------------------------------------

    @Test
    void remindersGoOnlyToConfirmedOptedInLearnersWithSomethingLeftAndStopWithOneClick() throws Exception {
        Learners learners = new Learners(base);
        String course = "audio-foundations";
        String eager = newAccount("eager");
        WebSession eagerSession = learners.signedIn(new WebSession(base), eager, Learners.PASSWORD);
        confirm(eager, eagerSession);
        startCourse(learners, eagerSession, course);
        // Asked on the dashboard after the first completed lesson.
        assertThat(eagerSession.get("/learn/").body()).contains("Would you like a weekly email");
        eagerSession.submit("reminders", Map.of(), "yes");
        assertThat(eagerSession.get("/learn/").body()).doesNotContain("Would you like a weekly email");

        String declined = newAccount("declined");
        WebSession declinedSession = learners.signedIn(new WebSession(base), declined, Learners.PASSWORD);
        confirm(declined, declinedSession);
        startCourse(learners, declinedSession, course);
        declinedSession.get("/learn/");
        declinedSession.submit("reminders", Map.of(), "no");

        String unconfirmed = newAccount("unconfirmed");
        WebSession unconfirmedSession = learners.signedIn(new WebSession(base), unconfirmed, Learners.PASSWORD);
        startCourse(learners, unconfirmedSession, course);
        unconfirmedSession.get("/account/me");
        unconfirmedSession.submit("reminders", Map.of("weekly", "true"), "save");

        String idle = newAccount("idle");
        WebSession idleSession = learners.signedIn(new WebSession(base), idle, Learners.PASSWORD);
        confirm(idle, idleSession);
        idleSession.get("/account/me");
        idleSession.submit("reminders", Map.of("weekly", "true"), "save");

        assertThat(Integer.parseInt(testDataPost("/api/test-data/reminders?again=true"))).isGreaterThanOrEqualTo(1);
        assertThat(testDataPost("/api/test-data/reminders")).as("once a week").isEqualTo("0");

        MimeMessage reminder = mail.await(eager, "left in");
        String text = Mailbox.text(reminder);
        assertThat(text).contains("lessons left").contains("Next up:").contains("/lessons/");
        String unsubscribe = reminder.getHeader("List-Unsubscribe")[0];
        assertThat(unsubscribe).startsWith("<http").contains("/api/account/unsubscribe/");
        assertThat(reminder.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        deliver();
        for (String nobody : List.of(declined, unconfirmed, idle)) {
            assertThat(mail.to(nobody).stream().filter(m -> Mailbox.subject(m).contains("left in"))).as(nobody).isEmpty();
        }

        // A person opening the link gets a page with one button; a mail program's one-click POST works alone.
        String url = unsubscribe.substring(1, unsubscribe.length() - 1);
        Page redirect = new WebSession(base).get(mail.path(url));
        assertThat(redirect.status()).isEqualTo(303);
        assertThat(redirect.location()).get().asString().contains("/account/unsubscribe/");
        WebSession mailProgram = new WebSession(base);
        Page oneClick = mailProgram.postForm(mail.path(url), Map.of("List-Unsubscribe", "One-Click"));
        assertThat(oneClick.status()).isEqualTo(200);
        assertThat(eagerSession.get("/account/me").body()).doesNotContain("checked=\"checked\"");
        assertThat(Integer.parseInt(testDataPost("/api/test-data/reminders?again=true"))).isZero();
        assertThat(new WebSession(base).postForm("/api/account/unsubscribe/" + "A".repeat(43), Map.of()).status()).isEqualTo(404);
    }

    // ---- The outbox: SMTP down and up, admins ---------------------------------------------------------------------

    @Test
    void withSmtpDownNothingFailsForTheUserAndNothingIsLostOrSentTwice() throws Exception {
        String email = newAccount("patient");
        mail.stop();
        try {
            WebSession session = new WebSession(base);
            session.get("/account/forgot");
            assertThat(session.follow(session.submit("forgot", Map.of("email", email), "submit")).body())
                    .contains("If an account uses that address");
            // A delivery call that arrives while the ten-second run is going only makes that run go round once
            // more, so the failed try is waited for rather than expected at once.
            assertThat(outboxAfterDelivery(email, "PENDING 1")).contains("PENDING 1");
        } finally {
            mail.start();
        }
        testDataPost("/api/test-data/outbox/due-now");
        // Several senders at once (as with several nodes, or a tick and a wake-up together): each message goes once.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> testDataPost("/api/test-data/outbox/deliver")));
            }
            for (Future<String> run : runs) {
                assertThat(run.get(60, TimeUnit.SECONDS)).isEqualTo("ok");
            }
        } finally {
            pool.shutdownNow();
        }
        mail.await(email, "Choose a new Soundpath password");
        Thread.sleep(1000);
        assertThat(mail.to(email).stream().filter(m -> Mailbox.subject(m).startsWith("Choose a new"))).hasSize(1);
        assertThat(testData("/api/test-data/outbox/of?to=" + email)).contains("SENT");
    }

    @Test
    void adminsReadTheOutboxWithClickableLinksAndRetryAFailedMessage() throws Exception {
        Learners learners = new Learners(base);
        String email = newAccount("outboxed");
        api("/api/account/password-reset", "{\"email\":\"" + email + "\"}");
        mail.await(email, "Choose a new Soundpath password");
        WebSession admin = learners.admin();
        Page outbox = admin.get("/admin/outbox");
        assertThat(outbox.body()).contains("Outbox", email, "Choose a new Soundpath password")
                .containsPattern("<a href=\"http://localhost:\\d+[^\"]*/account/reset/[A-Za-z0-9_-]{43}\">");
        assertThat(admin.get("/admin/outbox?state=FAILED").status()).isEqualTo(200);
        assertThat(admin.get("/admin/outbox?state=NONSENSE").status()).isIn(200, 400);
        assertThat(admin.get("/admin/outbox?before=abc").status()).isIn(200, 400);

        String failing = newAccount("failing");
        mail.stop();
        try {
            api("/api/account/password-reset", "{\"email\":\"" + failing + "\"}");
            deliver();
            testDataPost("/api/test-data/outbox/give-up?to=" + failing);
        } finally {
            mail.start();
        }
        Page failed = admin.get("/admin/outbox?state=FAILED");
        Matcher retry = Pattern.compile("action=\"([^\"]*/api/admin/outbox/(\\d+)/retry)\"").matcher(failed.body());
        assertThat(retry.find()).isTrue();
        Page back = admin.postForm(mail.path(retry.group(1)), Map.of());
        assertThat(back.status()).isEqualTo(303);
        assertThat(admin.follow(back).body()).contains("will be sent again");
        deliver();
        mail.await(failing, "Choose a new Soundpath password");
        // Only admins see it.
        assertThat(admin.getJson("/api/admin/outbox").status()).isEqualTo(200);
        assertThat(admin.getJson("/api/admin/outbox/999999999").status()).isEqualTo(404);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/admin/outbox,         sign-in, 403, 403, 200",
            "/api/admin/outbox,     401,     403, 403, 200",
            "/account/forgot,       200,     200, 200, 200",
    })
    void roleMatrix(String path, String anonymous, String learner, String instructor, String admin) {
        Learners learners = new Learners(base);
        expect(new WebSession(base), path, anonymous);
        expect(learners.signedIn(new WebSession(base), "learner@soundpath.test", "learner-demo-2026"), path, learner);
        expect(learners.signedIn(new WebSession(base), "instructor@soundpath.test", "instructor-demo-2026"), path, instructor);
        expect(learners.admin(), path, admin);
    }

    @Test
    void aRetryFromAnotherSiteIsRefused() {
        WebSession admin = new Learners(base).admin();
        Page forged = admin.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(admin.root() + "/api/admin/outbox/1/retry"))
                .header("Origin", "https://evil.example").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("")), "text/html");
        assertThat(forged.status()).isEqualTo(403);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private void expect(WebSession session, String path, String expected) {
        Page page = path.startsWith("/api/") ? session.getJson(path) : session.get(path);
        if (expected.equals("sign-in")) {
            assertThat(page.status()).as(path).isEqualTo(302);
            assertThat(page.location()).get().asString().contains("/account/sign-in");
        } else {
            assertThat(page.status()).as(path).isEqualTo(Integer.parseInt(expected));
        }
    }

    /** A new learner account (its confirmation mail goes to GreenMail); the address. */
    private String newAccount(String prefix) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        WebSession session = new WebSession(base);
        session.get("/account/sign-up");
        assertThat(session.submit("signup", Map.of("name", "Test " + prefix, "email", email, "password", Learners.PASSWORD),
                "submit").status()).isEqualTo(302);
        return email;
    }

    private void confirm(String email, WebSession session) throws Exception {
        String link = Mailbox.link(Mailbox.text(mail.await(email, "Confirm your email address for Soundpath")), "/account/confirm/");
        session.get(mail.path(link));
        assertThat(session.submit("confirm", Map.of(), "submit").status()).isEqualTo(302);
    }

    private void startCourse(Learners learners, WebSession session, String course) {
        assertThat(learners.post(session, "/api/enrollments", "{\"course\":\"" + course + "\"}").status()).isBetween(200, 201);
        learners.pass(session, learners.lessonsOf(course).get(0));
    }

    private static String flash(String body) {
        Matcher m = Pattern.compile("class=\"flash-info\">(.*?)</li>", Pattern.DOTALL).matcher(body);
        return m.find() ? m.group(1).strip() : "";
    }

    private Page api(String path, String json) {
        WebSession session = new WebSession(base);
        return session.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(session.root() + path))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(json)), "application/json");
    }

    private long medianMillis(Runnable call) {
        long[] times = new long[7];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            call.run();
            times[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }

    /** Asks for delivery until the address's outbox rows show the text (a failed try is not retried for minutes). */
    private String outboxAfterDelivery(String email, String expected) throws InterruptedException {
        String rows = "";
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            deliver();
            rows = testData("/api/test-data/outbox/of?to=" + email);
            if (rows.contains(expected)) {
                break;
            }
            Thread.sleep(300);
        }
        return rows;
    }

    private String testData(String path) {
        return new WebSession(base).getJson(path).body();
    }

    private String testDataPost(String path) {
        WebSession session = new WebSession(base);
        return session.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(session.root() + path))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()), "text/plain").body();
    }

    private void deliver() {
        mail.deliverNow();
    }

    /** A JSON POST over a plain socket: from a chosen local address, with a chosen Host header. Answers the status line. */
    private String rawPost(InetAddress from, String host, String path, String json) throws Exception {
        String root = base.toExternalForm().replaceAll("/$", "");
        java.net.URI uri = java.net.URI.create(root + path);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", uri.getPort()), 10_000);
            socket.setSoTimeout(30_000);
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            String request = "POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + (host == null ? "127.0.0.1:" + uri.getPort() : host)
                    + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
    }
}
