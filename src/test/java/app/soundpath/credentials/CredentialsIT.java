package app.soundpath.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.Learners;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Credentials on the real WAR: issued once per finished course and track (also under concurrent completions from many
 * sessions), verified with an independent JOSE library (jose4j, not the nimbus that signed), tampering caught, revoked,
 * hidden, printed; who may do what; hostile input on every form and endpoint.
 */
@ExtendWith(ArquillianExtension.class)
class CredentialsIT {

    static final String FOUNDATION = "audio-foundations";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    @Test
    @SuppressWarnings("unchecked")
    void learnerFinishingACourseGetsOneCredentialThatAnIndependentLibraryVerifies() throws Exception {
        Learners learners = new Learners(base);
        WebSession me = learners.signedUp("cred", "Zoë Ångström-Nguyễn");
        finish(learners, me, FOUNDATION);
        learners.pass(me, learners.lessonsOf(FOUNDATION).get(0)); // passing again completes nothing new

        JsonArray mine = json(me.getJson("/api/learners/me/credentials")).asJsonArray();
        assertThat(mine).hasSize(1);
        JsonObject credential = mine.getJsonObject(0);
        assertThat(credential.getString("kind")).isEqualTo("COURSE");
        assertThat(credential.getString("slug")).isEqualTo(FOUNDATION);
        String id = credential.getString("publicId");

        String jwt = me.send(HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/jwt")).GET(),
                "application/jwt").body();
        JwtClaims claims = independentlyVerified(jwt);
        assertThat(claims.getIssuer()).endsWith("/api/credentials/issuer");
        assertThat(claims.getJwtId()).endsWith("/credentials/" + id);
        Map<String, Object> vc = claims.getClaimValue("vc", Map.class);
        assertThat((List<Object>) vc.get("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
        assertThat((List<Object>) vc.get("@context")).contains("https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
        Map<?, ?> subject = (Map<?, ?>) vc.get("credentialSubject");
        Map<?, ?> identifier = (Map<?, ?>) ((List<?>) subject.get("identifier")).get(0);
        assertThat(identifier.get("identityHash")).isEqualTo("Zoë Ångström-Nguyễn");
        Map<?, ?> achievement = (Map<?, ?>) subject.get("achievement");
        assertThat(achievement.get("name")).isEqualTo("Audio foundations: signal flow, gain and the DAW");
        assertThat(achievement.get("achievementType")).isEqualTo("Course");
        assertThat(((Map<?, ?>) achievement.get("criteria")).get("narrative").toString()).contains("every required lesson");
        assertThat((List<?>) achievement.get("tag")).isNotEmpty();
        assertThat(((Map<?, ?>) vc.get("issuer")).get("name")).isEqualTo("Soundpath");

        JsonObject status = json(new WebSession(base).getJson("/api/credentials/" + id)).asJsonObject();
        assertThat(status.getString("status")).isEqualTo("VALID");
        assertThat(status.getString("recipient")).isEqualTo("Zoë Ångström-Nguyễn");
        assertThat(verify(jwt).getString("status")).isEqualTo("VALID");

        JsonObject issuer = json(new WebSession(base).getJson("/api/credentials/issuer")).asJsonObject();
        assertThat(issuer.getString("name")).isEqualTo("Soundpath");
        assertThat(issuer.getJsonArray("type").getString(0)).isEqualTo("Profile");
    }

    @Test
    void aChangedClaimOrSignatureFailsVerificationHereAndInTheIndependentLibrary() throws Exception {
        Learners learners = new Learners(base);
        WebSession me = learners.signedUp("tamper", "Tam Per");
        finish(learners, me, FOUNDATION);
        String id = json(me.getJson("/api/learners/me/credentials")).asJsonArray().getJsonObject(0).getString("publicId");
        String jwt = me.send(HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/jwt")).GET(),
                "application/jwt").body();
        String[] parts = jwt.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertThat(payload).contains("Tam Per");
        String changedName = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.replace("Tam Per", "Ada Lovelace").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        char last = parts[2].charAt(10);
        String changedSignature = parts[0] + "." + parts[1] + "." + parts[2].substring(0, 10) + (last == 'A' ? 'B' : 'A')
                + parts[2].substring(11);

        for (String forged : List.of(changedName, changedSignature)) {
            JsonObject answer = verify(forged);
            assertThat(answer.getString("status")).isEqualTo("INVALID");
            assertThat(answer.getString("problem")).isEqualTo("verify.badSignature");
            try {
                independentlyVerified(forged);
                org.junit.jupiter.api.Assertions.fail("jose4j accepted a forged credential");
            } catch (InvalidJwtException expected) {
                // what a verifier elsewhere would see too
            }
        }
        // Signed by someone else's key with our kid: still not ours.
        String noneAlg = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8))
                + "." + parts[1] + ".";
        assertThat(postJson("/api/credentials/verification", "{\"jwt\":\"" + noneAlg + "x\"}").status()).isEqualTo(200);
        assertThat(verify(noneAlg + "x").getString("status")).isEqualTo("INVALID");
        for (String malformed : List.of("", "not a jwt", "a.b", "<script>alert(1)</script>", "' OR 1=1 --", "x".repeat(20_001))) {
            Page refused = postJson("/api/credentials/verification", Json.createObjectBuilder().add("jwt", malformed).build().toString());
            assertThat(refused.status()).as(malformed.length() > 40 ? "too long" : malformed).isEqualTo(400);
        }
        assertThat(new WebSession(base).getJson("/api/credentials/" + "0".repeat(8) + "-0000-0000-0000-000000000000").status()).isEqualTo(404);
        assertThat(new WebSession(base).getJson("/api/credentials/..%2f..%2fetc").status()).isEqualTo(404);
    }

    @Test
    void concurrentCompletionsFromManySessionsIssueExactlyOncePerLearner() throws Exception {
        Learners learners = new Learners(base);
        List<String> lessons = learners.lessonsOf(FOUNDATION);
        List<WebSession> people = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            WebSession learner = learners.signedUp("race" + i, "Racer " + i);
            assertThat(learners.post(learner, "/api/enrollments", "{\"course\":\"" + FOUNDATION + "\"}").status()).isEqualTo(201);
            lessons.subList(0, lessons.size() - 1).forEach(l -> learners.pass(learner, l));
            people.add(learner);
        }
        String last = lessons.get(lessons.size() - 1);
        List<Callable<Integer>> calls = new ArrayList<>();
        for (WebSession learner : people) {
            for (int tab = 0; tab < 4; tab++) {
                calls.add(() -> {
                    learners.pass(learner, last);
                    return 1;
                });
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            for (Future<Integer> f : pool.invokeAll(calls)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        for (WebSession learner : people) {
            JsonArray mine = json(learner.getJson("/api/learners/me/credentials")).asJsonArray();
            assertThat(mine).as("one credential per learner and course").hasSize(1);
        }
    }

    @Test
    void finishingEveryCourseOfATrackIssuesTheTrackCredentialOnce() throws Exception {
        Learners learners = new Learners(base);
        WebSession me = learners.signedUp("track", "Tracy Track");
        JsonArray courses = json(new WebSession(base).getJson("/api/tracks/producer")).asJsonObject().getJsonArray("courses");
        for (JsonObject course : courses.getValuesAs(JsonObject.class)) {
            finish(learners, me, course.getString("slug"));
        }
        JsonArray mine = json(me.getJson("/api/learners/me/credentials")).asJsonArray();
        assertThat(mine.getValuesAs(JsonObject.class)).filteredOn(c -> c.getString("kind").equals("TRACK")).singleElement()
                .satisfies(c -> assertThat(c.getString("slug")).isEqualTo("producer"));
        assertThat(mine).hasSize(courses.size() + 1);
        String id = mine.getJsonObject(0).getString("publicId");
        assertThat(mine.getJsonObject(0).getString("kind")).isEqualTo("TRACK");
        String jwt = me.send(HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/jwt")).GET(),
                "application/jwt").body();
        Map<?, ?> achievement = (Map<?, ?>) ((Map<?, ?>) independentlyVerified(jwt).getClaimValue("vc", Map.class)
                .get("credentialSubject")).get("achievement");
        assertThat(achievement.get("achievementType")).isEqualTo("LearningProgram");
        assertThat(achievement.get("name").toString()).containsIgnoringCase("producer");

        // Completions without their credentials (made before credentials existed) get them from the start-up
        // backfill, course and track alike, once: a second run issues nothing.
        long learnerId = json(me.getJson("/api/me")).asJsonObject().getJsonNumber("id").longValue();
        WebSession anyone = new WebSession(base);
        assertThat(learners.post(anyone, "/api/test-data/credentials/forget?learner=" + learnerId, "").body())
                .isEqualTo(String.valueOf(courses.size() + 1));
        assertThat(Integer.parseInt(learners.post(anyone, "/api/test-data/credentials/backfill", "").body())).isGreaterThanOrEqualTo(courses.size() + 1);
        JsonArray again = json(me.getJson("/api/learners/me/credentials")).asJsonArray();
        assertThat(again).hasSize(courses.size() + 1);
        assertThat(again.getValuesAs(JsonObject.class)).filteredOn(c -> c.getString("kind").equals("TRACK")).singleElement()
                .satisfies(c -> assertThat(c.getString("slug")).isEqualTo("producer"));
        assertThat(learners.post(anyone, "/api/test-data/credentials/backfill", "").body()).isEqualTo("0");
    }

    @Test
    void onlyAdminsRevokeAndARevokedCredentialFailsVerification() throws Exception {
        Learners learners = new Learners(base);
        WebSession me = learners.signedUp("revoke", "Rev Oked");
        finish(learners, me, FOUNDATION);
        String id = json(me.getJson("/api/learners/me/credentials")).asJsonArray().getJsonObject(0).getString("publicId");
        String revocation = "/api/admin/credentials/" + id + "/revocation";

        assertThat(learners.post(me, revocation, "{\"reason\":\"mine\"}").status()).isEqualTo(403);
        assertThat(postJson(revocation, "{\"reason\":\"anonymous\"}").status()).isEqualTo(401);
        WebSession admin = learners.admin();
        assertThat(learners.post(admin, revocation, "{\"reason\":\"   \"}").status()).isEqualTo(400);
        assertThat(learners.post(admin, revocation, "{}").status()).isEqualTo(400);
        assertThat(learners.post(admin, revocation, "{\"reason\":\"" + "x".repeat(501) + "\"}").status()).isEqualTo(400);
        assertThat(learners.post(admin, "/api/admin/credentials/" + "1".repeat(8) + "-1111-1111-1111-111111111111/revocation",
                "{\"reason\":\"no such\"}").status()).isEqualTo(404);
        assertThat(json(new WebSession(base).getJson("/api/credentials/" + id)).asJsonObject().getString("status")).isEqualTo("VALID");

        assertThat(learners.post(admin, revocation, "{\"reason\":\"Copied answers: <b>checked</b> by staff\"}").status()).isEqualTo(200);
        JsonObject status = json(new WebSession(base).getJson("/api/credentials/" + id)).asJsonObject();
        assertThat(status.getString("status")).isEqualTo("REVOKED");
        assertThat(status.getString("revokedReason")).isEqualTo("Copied answers: <b>checked</b> by staff");
        String jwt = me.send(HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/jwt")).GET(),
                "application/jwt").body();
        assertThat(verify(jwt).getString("status")).isEqualTo("REVOKED");
    }

    @Test
    void learnerListsSharesHidesAndShowsAndThePublicPageLeaksNothingHidden() throws Exception {
        Learners learners = new Learners(base);
        WebSession me = learners.signedUp("public", "Pia Public");
        assertThat(me.get("/learn/credentials").body()).as("empty state").contains("No credentials yet", "Browse the courses");
        finish(learners, me, FOUNDATION);
        String id = json(me.getJson("/api/learners/me/credentials")).asJsonArray().getJsonObject(0).getString("publicId");

        Page list = me.get("/learn/credentials");
        assertThat(list.body()).contains("Audio foundations: signal flow, gain and the DAW", "Valid", "/credentials/" + id,
                "/api/learners/me/credentials/" + id + "/pdf", "Copy link", "Names you as Pia Public");
        assertThat(me.get("/learn/").body()).contains("Your newest credential:", "/credentials/" + id);
        Page open = new WebSession(base).get("/credentials/" + id);
        assertThat(open.status()).isEqualTo(200);
        assertThat(open.body()).contains("Pia Public", "Valid", "Audio foundations: signal flow, gain and the DAW", "Signal flow and gain staging");

        me.get("/learn/credentials");
        Page hidden = me.submit("list:0:visibility", Map.of(), "hide");
        assertThat(hidden.status()).isEqualTo(302);
        assertThat(me.follow(hidden).body()).contains("The credential is hidden", "Hidden from the public page");

        WebSession admin = learners.admin();
        WebSession other = learners.signedUp("other", "Otto Other");
        for (WebSession outsider : List.of(new WebSession(base), other, admin)) {
            Page page = outsider.get("/credentials/" + id);
            assertThat(page.status()).isEqualTo(404);
            assertThat(page.body()).contains("Unknown").doesNotContain("Pia Public").doesNotContain("Audio foundations")
                    .doesNotContain("Signal flow and gain staging");
            Page api = outsider.getJson("/api/credentials/" + id);
            assertThat(api.status()).isEqualTo(404);
            assertThat(api.body()).contains("UNKNOWN").doesNotContain("Pia Public").doesNotContain("Audio foundations");
            assertThat(download(outsider, "/api/learners/me/credentials/" + id + "/pdf").status()).isIn(401, 404);
        }
        Page mine = me.get("/credentials/" + id);
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body()).contains("Only you can see this page", "Pia Public");
        String jwt = me.send(HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/jwt")).GET(),
                "application/jwt").body();
        assertThat(verify(jwt).getString("status")).as("hidden is still valid").isEqualTo("VALID");

        me.get("/learn/credentials");
        assertThat(me.submit("list:0:visibility", Map.of(), "show").status()).isEqualTo(302);
        assertThat(new WebSession(base).get("/credentials/" + id).body()).contains("Pia Public");
        assertThat(new WebSession(base).get("/credentials/not-an-id").status()).isEqualTo(404);
    }

    @Test
    void theCertificateIsAPdfWithTheNameTheAchievementAndTheVerificationAddress() throws Exception {
        Learners learners = new Learners(base);
        WebSession me = learners.signedUp("pdf", "Zoë Ångström 声音");
        finish(learners, me, FOUNDATION);
        String id = json(me.getJson("/api/learners/me/credentials")).asJsonArray().getJsonObject(0).getString("publicId");
        HttpResponse<byte[]> pdf = java.net.http.HttpClient.newBuilder().cookieHandler(cookies(me)).build().send(
                HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/pdf")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).get().asString().startsWith("application/pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("Certificate of completion", "has completed the course",
                    "Audio foundations: signal flow, gain and the DAW", "/credentials/" + id, "Skills");
            assertThat(text).as("the name, with glyphs DejaVu has; others marked").contains("Zoë Ångström");
        }
        WebSession other = learners.signedUp("pdf-other", "Not Yours");
        assertThat(download(other, "/api/learners/me/credentials/" + id + "/pdf").status()).isEqualTo(404);
        assertThat(download(other, "/api/learners/me/credentials/" + id + "/jwt").status()).isEqualTo(404);
    }

    @Test
    void aLearnerCanBeNamedByAHashedEmailOnly() throws Exception {
        Learners learners = new Learners(base);
        String email = "hashed-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        WebSession me = new WebSession(base);
        me.get("/account/sign-up");
        me.submit("signup", Map.of("name", "Hana Hidden", "email", email, "password", Learners.PASSWORD), "submit");
        learners.signedIn(me, email, Learners.PASSWORD);
        me.get("/learn/credentials");
        Page saved = me.submit("name", Map.of("recipientKind", "EMAIL_HASH"), "save");
        assertThat(saved.status()).isEqualTo(302);
        assertThat(me.follow(saved).body()).contains("Saved. Your next credentials will name you that way.");
        me.get("/learn/credentials");
        assertThat(me.submitRaw("name", Map.of("name:recipientKind", "ROOT"), "save").body())
                .as("a value not offered").contains("name:recipientKind");

        finish(learners, me, FOUNDATION);
        String id = json(me.getJson("/api/learners/me/credentials")).asJsonArray().getJsonObject(0).getString("publicId");
        String jwt = me.send(HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/jwt")).GET(),
                "application/jwt").body();
        Map<?, ?> identifier = (Map<?, ?>) ((List<?>) ((Map<?, ?>) independentlyVerified(jwt).getClaimValue("vc", Map.class)
                .get("credentialSubject")).get("identifier")).get(0);
        assertThat(identifier.get("identityType")).isEqualTo("emailAddress");
        assertThat(identifier.get("hashed")).isEqualTo(true);
        java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
        String expected = "sha256$" + java.util.HexFormat.of().formatHex(sha.digest((email + identifier.get("salt")).getBytes(StandardCharsets.UTF_8)));
        assertThat(identifier.get("identityHash")).isEqualTo(expected);
        assertThat(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8))
                .doesNotContain(email).doesNotContain("Hana Hidden");
        assertThat(new WebSession(base).get("/credentials/" + id).body()).contains("hashed e-mail address")
                .doesNotContain("Hana Hidden").doesNotContain(email);
    }

    @Test
    void theVerifyPageChecksAPastedCredentialAndExplainsBadInput() throws Exception {
        Learners learners = new Learners(base);
        WebSession me = learners.signedUp("verify", "Vera Verify");
        finish(learners, me, FOUNDATION);
        String id = json(me.getJson("/api/learners/me/credentials")).asJsonArray().getJsonObject(0).getString("publicId");
        String jwt = me.send(HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/jwt")).GET(),
                "application/jwt").body();

        WebSession visitor = new WebSession(base);
        visitor.get("/verify");
        String wrapped = jwt.substring(0, 40) + "\n" + jwt.substring(40);
        Page valid = visitor.submit("verify", Map.of("jwt", wrapped), "check");
        assertThat(valid.status()).isEqualTo(200);
        assertThat(valid.body()).contains("Valid", "Soundpath issued this credential and it is valid.", "Vera Verify");

        String[] parts = jwt.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("Vera Verify", "Eve Forger")
                        .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        visitor.get("/verify");
        assertThat(visitor.submit("verify", Map.of("jwt", forged), "check").body())
                .contains("Not genuine", "The signature does not match").doesNotContain("Eve Forger");

        Map<String, String> refused = new java.util.LinkedHashMap<>();
        refused.put("", "Paste a credential first");
        refused.put("<script>alert(1)</script>", "That is not a signed credential");
        refused.put("' OR 1=1; DROP TABLE credential; --", "That is not a signed credential");
        refused.put("a.b", "That is not a signed credential");
        refused.put("e".repeat(20_001), "far longer than any Soundpath credential");
        for (Map.Entry<String, String> bad : refused.entrySet()) {
            visitor.get("/verify");
            Page page = visitor.submit("verify", Map.of("jwt", bad.getKey()), "check");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.fieldError("verify:jwt")).as(bad.getKey().length() > 40 ? "too long" : bad.getKey()).contains(bad.getValue());
            assertThat(page.body()).doesNotContain("<script>alert(1)</script>");
        }
        assertThat(verify(jwt).getString("status")).as("the table survived").isEqualTo("VALID");
    }

    @Test
    void anAdminRevokesOnThePageWithAReasonAndANewKeyKeepsOldCredentialsVerifiable() throws Exception {
        Learners learners = new Learners(base);
        WebSession me = learners.signedUp("adminpage", "Rita Revoked");
        finish(learners, me, FOUNDATION);
        String id = json(me.getJson("/api/learners/me/credentials")).asJsonArray().getJsonObject(0).getString("publicId");
        String oldJwt = me.send(HttpRequest.newBuilder(URI.create(me.root() + "/api/learners/me/credentials/" + id + "/jwt")).GET(),
                "application/jwt").body();
        assertThat(me.get("/admin/credentials?revoke=" + id).status()).isEqualTo(403);

        WebSession admin = learners.admin();
        assertThat(admin.get("/admin/credentials?q=Rita").body()).contains("Rita", "Audio foundations", "Revoke…");
        assertThat(admin.get("/admin/credentials?q=%27%20OR%201%3D1--").body()).contains("No credentials match");
        admin.get("/admin/credentials?revoke=" + id);
        Page empty = admin.submit("revoke", Map.of("reason", "  "), "submit");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.fieldError("revoke:reason")).contains("Say why the credential is revoked");
        admin.get("/admin/credentials?revoke=" + id);
        assertThat(admin.submit("revoke", Map.of("reason", "x".repeat(501)), "submit").fieldError("revoke:reason"))
                .contains("500 characters or fewer");
        assertThat(json(new WebSession(base).getJson("/api/credentials/" + id)).asJsonObject().getString("status")).isEqualTo("VALID");

        admin.get("/admin/credentials?revoke=" + id);
        Page done = admin.submit("revoke", Map.of("reason", "<script>alert(1)</script> copied answers"), "submit");
        assertThat(done.status()).isEqualTo(302);
        Page after = admin.follow(done);
        assertThat(after.body()).contains("The credential is revoked", "&lt;script&gt;alert(1)&lt;/script&gt; copied answers", "Revoked")
                .doesNotContain("<script>alert(1)</script>");
        Page publicPage = new WebSession(base).get("/credentials/" + id);
        assertThat(publicPage.body()).contains("Revoked", "has revoked it", "&lt;script&gt;alert(1)&lt;/script&gt; copied answers")
                .doesNotContain("<script>alert(1)</script>");
        assertThat(me.get("/learn/credentials").body()).contains("Soundpath revoked this credential");

        admin.get("/admin/credentials");
        Page rotated = admin.submit("keys", Map.of(), "add");
        assertThat(rotated.status()).isEqualTo(302);
        assertThat(admin.follow(rotated).body()).contains("New credentials are now signed with key", "New signing key");
        WebSession next = learners.signedUp("afterkey", "Ned Newkey");
        finish(learners, next, FOUNDATION);
        String newId = json(next.getJson("/api/learners/me/credentials")).asJsonArray().getJsonObject(0).getString("publicId");
        String newJwt = next.send(HttpRequest.newBuilder(URI.create(next.root() + "/api/learners/me/credentials/" + newId + "/jwt")).GET(),
                "application/jwt").body();
        String oldKid = new org.jose4j.jws.JsonWebSignature() {{ setCompactSerialization(oldJwt); }}.getKeyIdHeaderValue();
        String newKid = new org.jose4j.jws.JsonWebSignature() {{ setCompactSerialization(newJwt); }}.getKeyIdHeaderValue();
        assertThat(newKid).isNotEqualTo(oldKid);
        independentlyVerified(oldJwt);
        independentlyVerified(newJwt);
        assertThat(verify(newJwt).getString("status")).isEqualTo("VALID");
        assertThat(verify(oldJwt).getString("status")).as("revoked, but still recognised as ours").isEqualTo("REVOKED");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private void finish(Learners learners, WebSession learner, String course) {
        int status = learners.post(learner, "/api/enrollments", "{\"course\":\"" + course + "\"}").status();
        assertThat(status).isBetween(200, 201);
        learners.lessonsOf(course).forEach(l -> learners.pass(learner, l));
    }

    /** Verified with jose4j against the published JWK set: ES256 only, the key chosen by the JWT's kid. */
    private JwtClaims independentlyVerified(String jwt) throws Exception {
        JsonWebKeySet keys = new JsonWebKeySet(new WebSession(base).getJson("/api/credentials/keys").body());
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, "ES256")
                .setRequireJwtId().setRequireIssuedAt().setSkipDefaultAudienceValidation().build();
        return consumer.processToClaims(jwt);
    }

    private static java.net.CookieHandler cookies(WebSession session) {
        java.net.CookieManager manager = new java.net.CookieManager();
        session.cookie("JSESSIONID").ifPresent(c -> manager.getCookieStore().add(URI.create(session.root()), c));
        return manager;
    }

    private static Page download(WebSession session, String path) {
        return session.send(HttpRequest.newBuilder(URI.create(session.root() + path)).GET(), "*/*");
    }

    private JsonObject verify(String jwt) {
        Page page = postJson("/api/credentials/verification", Json.createObjectBuilder().add("jwt", jwt).build().toString());
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return json(page).asJsonObject();
    }

    private Page postJson(String path, String body) {
        WebSession anyone = new WebSession(base);
        return anyone.send(HttpRequest.newBuilder(URI.create(anyone.root() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)), "application/json");
    }

    private static jakarta.json.JsonStructure json(Page page) {
        return Json.createReader(new StringReader(page.body())).read();
    }
}
