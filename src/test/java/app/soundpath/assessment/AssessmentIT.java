package app.soundpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.Learners;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The assessment API on the real WAR and database: questionnaire, scoring and storage, bad input, history. */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AssessmentIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    @Test
    void theQuestionnaireHasEveryBlockAndGivesNoAnswersAway() {
        Page page = new WebSession(base).getJson("/api/assessment");
        JsonObject q = json(page);

        assertThat(q.getInt("version")).isEqualTo(1);
        Map<String, Long> perBlock = new LinkedHashMap<>();
        q.getJsonArray("items").getValuesAs(JsonObject.class).forEach(i -> perBlock.merge(i.getString("block"), 1L, Long::sum));
        assertThat(perBlock).containsEntry("A", 12L).containsEntry("B", 6L).containsEntry("C", 6L).containsEntry("D", 8L)
                .containsEntry("T", 3L);
        assertThat(page.body()).doesNotContain("PRODUCER", "ENGINEER", "correct");
    }

    @Test
    void aClearProducerIsToldSoWithReasonsAndTheAttemptIsStored() {
        String before = count();
        JsonObject result = json(submit(new WebSession(base), answers((item, side) -> side.equals("PRODUCER") ? "5" : "1", "PRODUCER"), Map.of()));

        JsonObject fit = result.getJsonObject("fit");
        assertThat(fit.getString("suggestion")).isEqualTo("PRODUCER");
        assertThat(fit.getString("confidence")).isEqualTo("HIGH");
        assertThat(fit.getString("scoringVersion")).isEqualTo("1");
        assertThat(fit.getInt("knowledgePercent")).isEqualTo(100);
        assertThat(fit.getJsonArray("toward")).hasSize(3);
        assertThat(result.getInt("questionnaireVersion")).isEqualTo(1);
        assertThat(Integer.parseInt(count())).isEqualTo(Integer.parseInt(before) + 1);
    }

    @Test
    void aCloseCallIsSaidHonestlyAndTieBreakersCanSettleIt() {
        Map<String, String> even = answers((item, side) -> item.id().endsWith("21") ? "3" : "4", null);
        JsonObject close = json(submit(new WebSession(base), even, Map.of())).getJsonObject("fit");
        assertThat(close.getString("suggestion")).isEqualTo("CLOSE_CALL");

        Map<String, String> tieBreakers = new LinkedHashMap<>();
        key().stream().filter(i -> i.block().equals("T")).forEach(i -> tieBreakers.put(i.id(), i.optionFor("ENGINEER")));
        JsonObject settled = json(submit(new WebSession(base), even, tieBreakers)).getJsonObject("fit");
        assertThat(settled.getString("suggestion")).isEqualTo("ENGINEER");
        assertThat(settled.getBoolean("tieBreakersUsed")).isTrue();
    }

    @Test
    void missingTamperedOrHostileAnswersAre400AndStoreNothing() {
        Map<String, String> good = answers((item, side) -> "3", "ENGINEER");
        String firstA = key().stream().filter(i -> i.block().equals("A")).findFirst().orElseThrow().id();
        String firstC = key().stream().filter(i -> i.block().equals("C")).findFirst().orElseThrow().id();
        String before = count();
        List<Map<String, String>> bad = List.of(
                with(good, firstA, null), with(good, firstA, "9"), with(good, firstA, "0"), with(good, firstA, "<script>"),
                with(good, firstC, "999999"), with(good, firstC, "' OR '1'='1"), with(good, "999999", "3"));
        for (Map<String, String> answers : bad) {
            Page page = submit(new WebSession(base), answers, Map.of());
            assertThat(page.status()).as(answers.toString()).isEqualTo(400);
            assertThat(page.body()).doesNotContain("Exception", "<script>");
        }
        assertThat(submit(new WebSession(base), good, Map.of("999999", "1")).status()).isEqualTo(400);
        assertThat(post(new WebSession(base), "not json").status()).isEqualTo(400);
        assertThat(post(new WebSession(base), "{}").status()).isEqualTo(400);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aSignedInLearnerSeesTheirOwnHistoryOnly() {
        WebSession learner = signedUp();
        submit(learner, answers((item, side) -> side.equals("ENGINEER") ? "5" : "2", "ENGINEER"), Map.of());
        WebSession other = signedUp();

        String history = learner.getJson("/api/learners/me/assessments").body();
        assertThat(history).contains("\"suggestion\":\"ENGINEER\"", "\"scoringVersion\":\"1\"");
        assertThat(other.getJson("/api/learners/me/assessments").body()).isEqualTo("[]");
        assertThat(new WebSession(base).getJson("/api/learners/me/assessments").status()).isEqualTo(401);
    }

    @Test
    void aVisitorTakesItOnThePageSeesTheResultAndNobodyElseCan() {
        WebSession visitor = new WebSession(base);
        Page form = visitor.get("/assessment/");
        assertThat(form.body()).contains("Part 1 of 4", "What you would enjoy", "aria-current=\"step\"");
        Map<String, String> params = new LinkedHashMap<>();
        answers((item, side) -> side.equals("ENGINEER") ? "5" : "1", "ENGINEER").forEach((id, v) -> params.put("i" + id, v));

        Map<String, String> partial = new LinkedHashMap<>(params);
        String dropped = partial.keySet().iterator().next();
        partial.remove(dropped);
        Page missing = visitor.submitRaw("assessment", partial, "submit");
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("1 questions still need an answer", "Please answer this question.");
        assertThat(missing.body()).as("answers given are kept").contains("checked=\"checked\"");

        visitor.get("/assessment/");
        Page done = visitor.submitRaw("assessment", params, "submit");
        assertThat(done.status()).isEqualTo(302);
        String resultPath = URI.create(done.location().orElseThrow()).getPath().replaceFirst("^/[^/]+(?=/assessment)", "");
        Page result = visitor.follow(done);
        assertThat(result.body()).contains("Sound engineering fits you better", "Why we suggest it", "Where to start",
                "A working week: Sound engineer", "Friday: live show", "Create a free account");
        assertThat(result.body()).as("only the suggested track's week").doesNotContain("Friday: mix notes");

        assertThat(new WebSession(base).get(resultPath).status()).as("someone else's result").isEqualTo(404);
        assertThat(new WebSession(base).get("/assessment/result/999999999").status()).isEqualTo(404);
        assertThat(new WebSession(base).get("/assessment/result/not-a-number").status()).isEqualTo(404);
    }

    @Test
    void aCloseCallOnThePageAsksTheTieBreakersBeforeStoringAnything() {
        WebSession visitor = new WebSession(base);
        visitor.get("/assessment/");
        Map<String, String> params = new LinkedHashMap<>();
        answers((item, side) -> item.id().endsWith("21") ? "3" : "4", null).forEach((id, v) -> params.put("i" + id, v));
        String before = count();

        Page step2 = visitor.submitRaw("assessment", params, "submit");
        assertThat(step2.status()).isEqualTo(200);
        assertThat(step2.body()).contains("It is close: three either/or questions", "name=\"step\" value=\"T\"")
                .doesNotContain("Part 1 of 4");
        assertThat(count()).as("nothing stored before the tie-breakers").isEqualTo(before);

        Map<String, String> tieBreakers = new LinkedHashMap<>();
        key().stream().filter(i -> i.block().equals("T")).forEach(i -> tieBreakers.put("i" + i.id(), i.optionFor("PRODUCER")));
        Page done = visitor.submitRaw("assessment", tieBreakers, "finish");
        assertThat(done.status()).as(done.body()).isEqualTo(302);
        assertThat(visitor.follow(done).body()).contains("Music producer fits you better", "A working week: Music producer");
        assertThat(Integer.parseInt(count())).isEqualTo(Integer.parseInt(before) + 1);

        visitor.get("/assessment/");
        visitor.submitRaw("assessment", params, "submit");
        Page skipped = visitor.submitRaw("assessment", Map.of(), "finish");
        assertThat(visitor.follow(skipped).body()).as("left unanswered, the close call stands and both weeks show")
                .contains("It is a close call and both careers fit you", "A working week: Music producer",
                        "A working week: Sound engineer", "What pulled each way")
                .doesNotContain("Why we suggest it", "Pointing this way");
    }

    @Test
    void aLearnerOverridesTheSuggestionWithAReasonAndTheSuggestionStaysInTheHistory() {
        WebSession learner = signedUp();
        long attempt = json(submit(learner, answers((item, side) -> side.equals("ENGINEER") ? "5" : "1", "ENGINEER"), Map.of()))
                .getJsonNumber("id").longValue();
        String decisions = decisions();

        String hostile = "<script>alert(1)</script>' OR '1'='1; DROP TABLE track_decision; --";
        List<String> bad = List.of("", "not json", "{}", "{\"track\":\"DRUMMER\"}", "{\"track\":\"engineer\"}",
                "{\"track\":\"PRODUCER\",\"reason\":\"BECAUSE\"}",
                "{\"track\":\"PRODUCER\",\"reasonText\":\"" + "x".repeat(501) + "\"}");
        for (String body : bad) {
            assertThat(decide(learner, String.valueOf(attempt), body).status()).as(body).isEqualTo(400);
        }
        assertThat(decide(learner, "999999999", "{\"track\":\"PRODUCER\"}").status()).isEqualTo(404);
        assertThat(decide(learner, "abc", "{\"track\":\"PRODUCER\"}").status()).isEqualTo(404);
        assertThat(decide(signedUp(), String.valueOf(attempt), "{\"track\":\"PRODUCER\"}").status())
                .as("someone else's attempt").isEqualTo(404);
        assertThat(decide(new WebSession(base), String.valueOf(attempt), "{\"track\":\"PRODUCER\"}").status()).isEqualTo(401);
        assertThat(decisions()).as("bad input stores nothing").isEqualTo(decisions);

        JsonObject decision = json(decide(learner, String.valueOf(attempt), "{\"track\":\"PRODUCER\",\"reason\":\"CAREER_GOAL\","
                + "\"reasonText\":\"" + hostile.replace("'", "\\u0027") + "\"}"));
        assertThat(decision.getBoolean("override")).isTrue();
        assertThat(decision.getString("reason")).isEqualTo("CAREER_GOAL");
        assertThat(decision.getString("reasonText")).isEqualTo(hostile);

        JsonObject latest = Json.createReader(new StringReader(learner.getJson("/api/learners/me/assessments").body()))
                .readArray().getJsonObject(0);
        assertThat(latest.getString("suggestion")).as("the suggestion is kept").isEqualTo("ENGINEER");
        assertThat(latest.getJsonObject("decision").getString("chosenTrack")).isEqualTo("PRODUCER");
        assertThat(attemptRecord(attempt)).contains("|1|ENGINEER|");
        assertThat(learner.getJson("/api/learners/me/progress").body()).as("enrolled in the chosen track")
                .contains("\"slug\":\"pre-production\"").doesNotContain("\"slug\":\"equipment-setup\"");

        Page result = learner.get("/assessment/result/" + attempt);
        assertThat(result.body()).contains("You chose the music producer track on", "your call over our suggestion")
                .doesNotContain("<script>alert(1)");
        assertThat(learner.get("/learn/").body()).contains("Your latest suggestion:", "sound engineer", "You chose the music producer track.");
    }

    @Test
    void onTheResultPageALearnerFollowsTheSuggestionAndATooLongReasonIsKeptWithAMessage() {
        WebSession learner = signedUp();
        learner.get("/assessment/");
        Map<String, String> params = new LinkedHashMap<>();
        answers((item, side) -> side.equals("PRODUCER") ? "5" : "2", "PRODUCER").forEach((id, v) -> params.put("i" + id, v));
        Page done = learner.submitRaw("assessment", params, "submit");
        Page result = learner.follow(done);
        assertThat(result.body()).contains("Enrol in the music producer track", "Choose sound engineering instead",
                "It is the job I want to end up in");
        String decisions = decisions();

        String tooLong = "<b>mine</b> " + "y".repeat(600);
        Page refused = learner.submitRaw("decide", Map.of("reason", "TRY_FIRST", "reasonText", tooLong), "override");
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("Please keep your reason to 500 characters", "&lt;b&gt;mine&lt;/b&gt; yyyy",
                "value=\"TRY_FIRST\" checked=\"checked\"");
        assertThat(decisions()).isEqualTo(decisions);

        Page followed = learner.submitRaw("decide", Map.of(), "follow");
        assertThat(followed.status()).isEqualTo(302);
        assertThat(followed.location().orElseThrow()).endsWith("/learn/");
        assertThat(learner.follow(followed).body()).contains("You are enrolled in the music producer track", "Pre-production");
        assertThat(Integer.parseInt(decisions())).isEqualTo(Integer.parseInt(decisions) + 1);
        assertThat(learner.getJson("/api/learners/me/assessments").body()).contains("\"override\":false");
    }

    @Test
    void aVisitorsResultMovesToTheAccountTheySignInToFromThatBrowser() {
        WebSession visitor = new WebSession(base);
        visitor.get("/assessment/");
        Map<String, String> params = new LinkedHashMap<>();
        answers((item, side) -> side.equals("ENGINEER") ? "4" : "2", "ENGINEER").forEach((id, v) -> params.put("i" + id, v));
        String resultPath = URI.create(visitor.submitRaw("assessment", params, "submit").location().orElseThrow()).getPath()
                .replaceFirst("^/[^/]+(?=/assessment)", "");
        long attempt = Long.parseLong(resultPath.replaceAll("\\D", ""));
        assertThat(attemptRecord(attempt)).startsWith("|");

        String email = "claim-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        visitor.get("/account/sign-up");
        visitor.submit("signup", Map.of("name", "Cleo Claim", "email", email, "password", "a calm river of sound"), "submit");
        visitor.get("/account/sign-in");
        assertThat(visitor.submit("signin", Map.of("email", email, "password", "a calm river of sound"), "submit").status()).isEqualTo(302);

        assertThat(attemptRecord(attempt)).doesNotStartWith("|");
        assertThat(visitor.getJson("/api/learners/me/assessments").body()).contains("\"id\":" + attempt);
        assertThat(visitor.get(resultPath).body()).contains("Enrol in the sound engineer track");
        assertThat(visitor.get("/learn/").body()).contains("Your latest suggestion:", "sound engineer");
    }

    @Test
    void reScoringMakesNewLinkedResultsAndNeverRewritesOldOnes() {
        WebSession learner = signedUp();
        long attempt = json(submit(learner, answers((item, side) -> side.equals("ENGINEER") ? "4" : "3", null), Map.of()))
                .getJsonNumber("id").longValue();
        String original = attemptRecord(attempt);
        assertThat(original).contains("|1|ENGINEER|");

        WebSession admin = new WebSession(base);
        admin.get("/account/sign-in");
        assertThat(admin.submit("signin", Map.of("email", "admin@soundpath.test", "password", "admin-demo-2026"), "submit").status()).isEqualTo(302);
        assertThat(rescorings(admin).body()).as("everything is already under the current version")
                .contains("\"rescored\":0", "\"scoringVersion\":\"1\"");
        assertThat(rescorings(learner).status()).isEqualTo(403);
        assertThat(rescorings(new WebSession(base)).status()).isEqualTo(401);

        int rescored = Integer.parseInt(admin.send(HttpRequest.newBuilder(URI.create(admin.root() + "/api/test-data/rescore-under-wide-band"))
                .POST(HttpRequest.BodyPublishers.noBody()), "text/plain").body());
        assertThat(rescored).isPositive();
        assertThat(attemptRecord(attempt)).as("the old result is untouched").isEqualTo(original);
        long newer = Long.parseLong(rescoredBy(attempt));
        assertThat(attemptRecord(newer)).as("a wider band turns this lean into a close call, in a new linked row")
                .contains("|test-wide|CLOSE_CALL|").endsWith("|" + attempt);
        assertThat(admin.send(HttpRequest.newBuilder(URI.create(admin.root() + "/api/test-data/rescore-under-wide-band"))
                .POST(HttpRequest.BodyPublishers.noBody()), "text/plain").body()).as("nothing left to re-score").isEqualTo("0");

        assertThat(rescorings(admin).body()).as("back under the current version, again as new rows")
                .contains("\"rescored\":" + rescored);
        assertThat(attemptRecord(Long.parseLong(rescoredBy(newer)))).contains("|1|ENGINEER|").endsWith("|" + newer);
        assertThat(learner.get("/assessment/result/" + newer).body()).contains("re-scores an earlier one");
        assertThat(learner.getJson("/api/learners/me/assessments").body()).contains("\"rescoredFrom\":" + attempt);
    }

    @Test
    void theDashboardOffersAReCheckOnceACourseOfEachTrackIsDone() {
        WebSession learner = signedUp();
        long attempt = json(submit(learner, answers((item, side) -> side.equals("PRODUCER") ? "5" : "1", "PRODUCER"), Map.of()))
                .getJsonNumber("id").longValue();
        json(decide(learner, String.valueOf(attempt), "{\"track\":\"PRODUCER\"}"));
        assertThat(learner.get("/learn/").body()).contains("Your latest suggestion:").doesNotContain("Re-check my track fit");

        json(decide(learner, String.valueOf(attempt), "{\"track\":\"ENGINEER\",\"reason\":\"TRY_FIRST\"}"));
        for (String course : List.of("audio-foundations", "pre-production")) {
            passEveryLesson(learner, course);
        }
        assertThat(learner.get("/learn/").body()).as("only one track done").doesNotContain("Re-check my track fit");
        passEveryLesson(learner, "equipment-setup");
        assertThat(learner.get("/learn/").body()).contains("You have now finished a course in each track", "Re-check my track fit");
        assertThat(learner.getJson("/api/learners/me/progress").body()).contains("\"courseFinishedInEveryTrack\":true");

        // Re-checked: the offer goes, and the new result is the latest.
        submit(learner, answers((item, side) -> side.equals("ENGINEER") ? "5" : "1", "ENGINEER"), Map.of());
        assertThat(learner.get("/learn/").body()).as("re-checked since").doesNotContain("Re-check my track fit")
                .contains("Your latest suggestion:");
    }

    private void passEveryLesson(WebSession learner, String course) {
        people().lessonsOf(course).forEach(lesson -> people().pass(learner, lesson));
    }

    private Page decide(WebSession session, String attempt, String body) {
        return session.send(HttpRequest.newBuilder(URI.create(session.root() + "/api/learners/me/assessments/" + attempt + "/decision"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), "application/json");
    }

    private Page rescorings(WebSession session) {
        return session.send(HttpRequest.newBuilder(URI.create(session.root() + "/api/admin/assessments/rescorings"))
                .POST(HttpRequest.BodyPublishers.noBody()), "application/json");
    }

    private String decisions() {
        return new WebSession(base).getJson("/api/test-data/decision-count").body();
    }

    private String attemptRecord(long id) {
        return new WebSession(base).getJson("/api/test-data/attempt-record?id=" + id).body();
    }

    private String rescoredBy(long id) {
        return new WebSession(base).getJson("/api/test-data/rescored-by?id=" + id).body();
    }

    @Test
    void theScoringMethodIsExplainedInPublicWithItsChangelog() {
        Page page = new WebSession(base).get("/assessment/how-we-score");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("D = 0.5 × ΔA + 0.3 × ΔC + 0.2 × ΔB", "close call", "Changes to the method",
                "weights 0.5 / 0.3 / 0.2");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private List<Learners.KeyItem> key() {
        return people().assessmentKey();
    }

    /** Answers for A/B from the function (item, side → "1".."5"); C reactions of the given side (alternating when null); D right. */
    private Map<String, String> answers(BiFunction<Learners.KeyItem, String, String> scale, String scenarioSide) {
        return people().answers(scale, scenarioSide);
    }

    private static Map<String, String> with(Map<String, String> answers, String id, String value) {
        Map<String, String> copy = new LinkedHashMap<>(answers);
        if (value == null) {
            copy.remove(id);
        } else {
            copy.put(id, value);
        }
        return copy;
    }

    private Page submit(WebSession session, Map<String, String> answers, Map<String, String> tieBreakers) {
        return post(session, "{\"answers\":" + object(answers) + ",\"tieBreakers\":" + object(tieBreakers) + "}");
    }

    private static String object(Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k).append("\":\"")
                .append(v.replace("\"", "\\\"")).append('"'));
        return json.append('}').toString();
    }

    private Page post(WebSession session, String body) {
        return session.send(HttpRequest.newBuilder(URI.create(session.root() + "/api/assessment/attempts"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)), "application/json");
    }

    private String count() {
        return new WebSession(base).getJson("/api/test-data/attempt-count").body();
    }

    private WebSession signedUp() {
        return people().signedUp("assess", "Ari Assess");
    }

    private Learners people() {
        return new Learners(base);
    }

    private static JsonObject json(Page page) {
        return page.json();
    }

    /** Runs last: everything this class's requests put into sessions can be replicated to another cluster node. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void everythingKeptInASessionCanMoveToAnotherNode() {
        app.soundpath.testing.SessionContents.assertAllSerialisable(base);
    }
}
