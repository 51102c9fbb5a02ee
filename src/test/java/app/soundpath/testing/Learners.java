package app.soundpath.testing;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.WebSession.Page;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** What tests do as learners, through the real app: sign up and in, answer the assessment, decide, pass lessons. */
public final class Learners {

    public static final String PASSWORD = "a calm river of sound";

    private final URL base;
    private final java.util.function.UnaryOperator<String> answerKeys;

    public Learners(URL base) {
        this.base = base;
        this.answerKeys = lesson -> new WebSession(base).getJson("/api/test-data/answer-key?lesson=" + lesson).body();
    }

    /** For a deployment without the test-data door (the cluster runs the real WAR): the answer keys come from elsewhere. */
    public Learners(URL base, java.util.function.UnaryOperator<String> answerKeys) {
        this.base = base;
        this.answerKeys = answerKeys;
    }

    /** A new learner, signed in; the email starts with the given prefix. */
    public WebSession signedUp(String prefix, String name) {
        return SignedIn.signUp(base, prefix, name).session;
    }

    public WebSession signedIn(WebSession session, String email, String password) {
        return SignedIn.signIn(session, email, password).session;
    }

    public WebSession admin() {
        return signedIn(new WebSession(base), "admin@soundpath.test", "admin-demo-2026");
    }

    /** One questionnaire item as the test-data door describes it. */
    public record KeyItem(String id, String block, String side, List<String[]> options) {
        public String optionFor(String wantedSide) {
            return options.stream().filter(o -> o[1].equals(wantedSide)).findFirst().orElseThrow()[0];
        }

        public String rightOption() {
            return options.stream().filter(o -> o[2].equalsIgnoreCase("true")).findFirst().orElseThrow()[0];
        }
    }

    public List<KeyItem> assessmentKey() {
        return new WebSession(base).getJson("/api/test-data/assessment-key").body().lines().map(line -> {
            String[] parts = line.split("\\|");
            List<String[]> options = java.util.Arrays.stream(parts).skip(3).map(o -> o.split("/")).toList();
            return new KeyItem(parts[0], parts[1], parts[2], options);
        }).toList();
    }

    /** Answers for A/B from the function (item, side → "1".."5"); C reactions of the given side (alternating when null); D right. */
    public Map<String, String> answers(BiFunction<KeyItem, String, String> scale, String scenarioSide) {
        Map<String, String> answers = new LinkedHashMap<>();
        int[] n = {0};
        for (KeyItem item : assessmentKey()) {
            switch (item.block()) {
                case "A", "B" -> answers.put(item.id(), scale.apply(item, item.side()));
                case "C" -> answers.put(item.id(), item.optionFor(scenarioSide != null ? scenarioSide
                        : (n[0]++ % 2 == 0 ? "PRODUCER" : "ENGINEER")));
                case "D" -> answers.put(item.id(), item.rightOption());
                default -> { }
            }
        }
        return answers;
    }

    /** Answers that clearly point to one side ("PRODUCER" or "ENGINEER"). */
    public Map<String, String> clearly(String side) {
        return answers((item, s) -> s.equals(side) ? "5" : "1", side);
    }

    public Page post(WebSession session, String path, String json) {
        return SignedIn.send(session, "POST", path, json);
    }

    /** Takes the assessment through the API; returns the stored attempt's id. */
    public long assess(WebSession session, Map<String, String> answers) {
        StringBuilder json = new StringBuilder("{\"answers\":{");
        answers.forEach((k, v) -> json.append(json.length() > 12 ? "," : "").append('"').append(k).append("\":\"").append(v).append('"'));
        Page page = post(session, "/api/assessment/attempts", json.append("},\"tieBreakers\":{}}").toString());
        assertThat(page.status()).as(page.body()).isEqualTo(201);
        return Long.parseLong(page.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    /** Chooses a track after an attempt (enrols in it). */
    public void decide(WebSession session, long attempt, String track, String reason) {
        Page page = post(session, "/api/learners/me/assessments/" + attempt + "/decision",
                "{\"track\":\"" + track + "\"" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}");
        assertThat(page.status()).as(page.body()).isEqualTo(201);
    }

    /** The SQL statements the app's last request "METHOD path" sent (the test-data door; the deployment counts them). */
    public int statements(String request) {
        return Integer.parseInt(new WebSession(base).getJson("/api/test-data/statements?request="
                + java.net.URLEncoder.encode(request, java.nio.charset.StandardCharsets.UTF_8)).body());
    }

    /** Passes the check of a lesson with the right answers. */
    public void pass(WebSession session, String lesson) {
        Page passed = post(session, "/api/lessons/" + lesson + "/check-attempts", rightAnswers(lesson));
        assertThat(passed.status()).as(lesson + " " + passed.body()).isBetween(200, 201);
    }

    /** Fails the check of a lesson (no option chosen anywhere). */
    public void fail(WebSession session, String lesson) {
        assertThat(post(session, "/api/lessons/" + lesson + "/check-attempts", wrongAnswers(lesson)).status()).isBetween(200, 201);
    }

    /** A lesson's answer key from the test-data door: "questionId:rightOptionId,…;…" in question order. */
    public String answerKey(String lesson) {
        return answerKeys.apply(lesson);
    }

    /** A check-attempt body with the right options of every question. */
    public String rightAnswers(String lesson) {
        return answers(lesson, true);
    }

    /** A check-attempt body with every question answered by no option at all (a valid, wrong answer). */
    public String wrongAnswers(String lesson) {
        return answers(lesson, false);
    }

    private String answers(String lesson, boolean right) {
        StringBuilder body = new StringBuilder("{\"answers\":{");
        String[] questions = answerKey(lesson).split(";");
        for (int i = 0; i < questions.length; i++) {
            String[] qa = questions[i].split(":");
            body.append(i == 0 ? "" : ",").append('"').append(qa[0]).append("\":[").append(right ? qa[1] : "").append(']');
        }
        return body.append("}}").toString();
    }

    /** The lesson slugs of a course, in order. */
    public List<String> lessonsOf(String course) {
        String body = new WebSession(base).getJson("/api/courses/" + course).body();
        return jakarta.json.Json.createReader(new java.io.StringReader(body)).readObject().getJsonArray("lessons")
                .getValuesAs(jakarta.json.JsonObject.class).stream().map(l -> l.getString("slug")).toList();
    }
}
