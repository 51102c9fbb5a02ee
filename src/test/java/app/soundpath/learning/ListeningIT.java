package app.soundpath.learning;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.Learners;
import app.soundpath.testing.SignedIn;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Listening exercises (issue 17) on the real WAR and a real database: items issued and graded by the server from the
 * issued id, the answer kept from the browser until then, passing that completes a lesson through the same rows,
 * figures and record as a check, an instructor's exercise from the editor and the import, refusals that record nothing,
 * and answers racing each other and the written check. Each test signs up its own learner.
 */
@ExtendWith(ArquillianExtension.class)
class ListeningIT {

    /** The foundation's ear-training lesson: level exercise, levels 1-5, 10 items, pass 80 % of the last 8. */
    static final String LEVEL_LESSON = "ear-training-hearing-level-differences";
    static final String ITEMS = "/api/learners/me/listening/items/";
    static final int WAV_BYTES = 44 + 2 * 44_100 * 4;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    @Test
    void learnerPassesTheFoundationsEarTrainingGradedFromTheIssuedItemsAndTheLessonCompletes() {
        String visitor = new WebSession(base).get("/lessons/" + LEVEL_LESSON).body();
        assertThat(visitor).contains("This lesson has a listening exercise", "Sign in to take this lesson").doesNotContain("js/listening.js");
        SignedIn me = newLearner();
        assertThat(me.session.get("/lessons/" + LEVEL_LESSON).body()).as("not enrolled yet")
                .contains("Enrol in the course to practise the listening exercise").doesNotContain("data-step=\"level\"");
        assertThat(me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isEqualTo(201);
        WebSession admin = new Learners(base).admin();
        int reportBefore = reportStatements(admin, "audio-foundations");
        JsonObject figuresBefore = listeningFigures(admin, "audio-foundations", LEVEL_LESSON);

        String page = me.session.get("/lessons/" + LEVEL_LESSON).body();
        assertThat(page).contains("Listening exercise: which is louder", "data-listening=\"learn\"", "Hearing safety",
                "You need headphones or a pair of speakers", "complete this lesson with its written check below",
                "js/listening.js", "id=\"checkform\"", "value=\"40\"");
        JsonObject status = json(me.session.getJson("/api/learners/me/listening/lessons/" + LEVEL_LESSON));
        assertThat(status.getString("kind")).isEqualTo("LEVEL");
        assertThat(status.getInt("answered")).isZero();
        assertThat(status.getInt("nextLevel")).isEqualTo(1);
        assertThat(status.getInt("window")).isEqualTo(8);
        assertThat(status.getBoolean("passed")).isFalse();

        // The item: what to listen for and the clips; not the answer, which stays in the database.
        Page issued = me.post("/api/learners/me/listening/lessons/" + LEVEL_LESSON + "/items", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonObject item = issued.json();
        assertThat(item.keySet()).containsExactlyInAnyOrder("id", "kind", "level", "levelFrom", "levelTo", "prompt",
                "choices", "clips");
        assertThat(issued.body()).doesNotContainIgnoringCase("answer").doesNotContainIgnoringCase("correct")
                .doesNotContain("seed");
        long id = item.getJsonNumber("id").longValue();
        String answer = answerOf(id);
        assertThat(item.getJsonArray("choices").getValuesAs(JsonObject.class)).extracting(c -> c.getString("value"))
                .containsExactly("A", "B").contains(answer);
        assertThat(json(me.post("/api/learners/me/listening/lessons/" + LEVEL_LESSON + "/items", "")).getJsonNumber("id")
                .longValue()).as("an open item is handed out again, not replaced by an easier draw").isEqualTo(id);

        WebSession.Bytes a = me.session.getBytes(ITEMS + id + "/clips/A", "audio/wav");
        WebSession.Bytes b = me.session.getBytes(ITEMS + id + "/clips/B", "audio/wav");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Content-Type")).startsWith("audio/wav");
        assertThat(a.header("Cache-Control")).contains("private");
        assertThat(new String(a.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(a.body()).hasSize(WAV_BYTES);
        assertThat(b.body()).hasSize(WAV_BYTES).isNotEqualTo(a.body());
        assertThat(me.session.getBytes(ITEMS + id + "/clips/A", "audio/wav").body()).as("rendered again, the same")
                .isEqualTo(a.body());
        assertThat(me.session.getBytes(ITEMS + id + "/clips/C", "audio/wav").status()).isEqualTo(404);
        assertThat(me.session.getBytes(ITEMS + id + "/clips/X", "audio/wav").status()).as("level items keep A and B")
                .isEqualTo(404);
        assertThat(item.getJsonArray("clips").toString()).isEqualTo("[\"A\",\"B\"]");

        // A wrong answer first: graded, the right answer and what was done shown only now.
        JsonObject wrong = json(me.post(ITEMS + id + "/answer", "{\"choice\":\"" + (answer.equals("A") ? "B" : "A") + "\"}"));
        assertThat(wrong.getBoolean("correct")).isFalse();
        assertThat(wrong.getString("answer")).isEqualTo(answer);
        assertThat(wrong.getString("explanation")).isEqualTo(answer + " was 6 dB louder.");
        assertThat(wrong.getBoolean("passed")).isFalse();

        // Then right answers, climbing the ladder, until 80 % of the last 8 are right.
        List<Integer> levels = new ArrayList<>();
        JsonObject outcome = wrong;
        int answers = 1;
        while (!outcome.getBoolean("passedNow")) {
            Answered next = answerNextRightly(me, LEVEL_LESSON);
            levels.add(next.item().getInt("level"));
            outcome = next.outcome();
            assertThat(outcome.getBoolean("correct")).isTrue();
            answers++;
            assertThat(answers).as("passes within the window").isLessThanOrEqualTo(8);
        }
        assertThat(levels).as("up one after two right in a row").containsExactly(1, 1, 2, 2, 3, 3, 4);
        assertThat(outcome.getInt("accuracy")).isEqualTo(87);
        assertThat(outcome.getInt("answered")).isEqualTo(8);
        assertThat(outcome.getBoolean("lessonCompleted")).isTrue();
        assertThat(record(me.email, LEVEL_LESSON)).as("items, answered, right, listened, PASSED, COMPLETED")
                .isEqualTo("8,8,7,1,1,1");
        assertThat(statementsOf(me)).anyMatch(s -> s.contains("/passed") && s.contains("listening LEVEL 87% of the last 8"))
                .anyMatch(s -> s.contains("/completed") && s.contains(LEVEL_LESSON));
        assertThat(me.session.get("/lessons/" + LEVEL_LESSON).body()).contains("You have passed this exercise",
                "You have completed this lesson");

        // Practice after passing is graded but records nothing new; the optional lesson leaves the course total alone.
        JsonObject practice = answerNextRightly(me, LEVEL_LESSON).outcome();
        assertThat(practice.getBoolean("passed")).isTrue();
        assertThat(practice.getBoolean("passedNow")).isFalse();
        assertThat(record(me.email, LEVEL_LESSON)).isEqualTo("9,9,8,1,1,1");
        JsonObject course = courseOf(me, "audio-foundations");
        assertThat(course.getInt("lessonsTotal")).isEqualTo(5);
        assertThat(course.getJsonObject("lessonStates").getString(LEVEL_LESSON)).isEqualTo("COMPLETED");

        // The admins' course report counts the exercise's answers and passes, from counters kept as the learner answers:
        // this learner's nine answers, eight right, one more learner, one more pass (other tests' learners answer too,
        // but not while this one runs), with the same statements as before those answers and no read of the answers.
        JsonObject figures = listeningFigures(admin, "audio-foundations", LEVEL_LESSON);
        assertThat(figures.getString("kind")).isEqualTo("LEVEL");
        assertThat(figures.getJsonNumber("answers").longValue() - figuresBefore.getJsonNumber("answers").longValue()).isEqualTo(9);
        assertThat(figures.getJsonNumber("correct").longValue() - figuresBefore.getJsonNumber("correct").longValue()).isEqualTo(8);
        assertThat(figures.getJsonNumber("learners").longValue() - figuresBefore.getJsonNumber("learners").longValue()).isEqualTo(1);
        assertThat(figures.getJsonNumber("passed").longValue() - figuresBefore.getJsonNumber("passed").longValue()).isEqualTo(1);
        assertThat(figures.getInt("accuracy")).isBetween(1, 100);
        assertThat(reportStatements(admin, "audio-foundations")).as("the report's statements do not grow with the answers")
                .isEqualTo(reportBefore);
        String sql = new WebSession(base).getJson("/api/test-data/statement-texts?request=" + java.net.URLEncoder.encode(
                "GET /api/admin/reports/courses/audio-foundations", StandardCharsets.UTF_8)).body().toLowerCase();
        assertThat(sql).contains("listening_figures").doesNotContain("listening_item").doesNotContain("learning_listening_");
        assertThat(new WebSession(base).getJson("/api/test-data/listening-figures-drift").body()).isEqualTo("0");
        assertThat(admin.get("/admin/reports/course/audio-foundations").body()).contains("Listening exercises",
                "which is louder");
        assertNoDrift();
    }

    /**
     * An instructor gives a required lesson an exercise (through the import, then tuned in the editor, where bad values
     * are shown beside their fields), publishes it, and a learner who passes the exercise completes the lesson and the
     * course exactly as a passed check would: summary, figures, record.
     */
    @Test
    void anExerciseAnInstructorSetsCompletesARequiredLessonAndItsCourseLikeACheck() {
        WebSession admin = new Learners(base).admin();
        String slug = "ears-" + UUID.randomUUID().toString().substring(0, 6);
        String lesson = slug + "-panning";
        Page refused = new Learners(base).post(admin, "/api/author/courses/import", courseDocument(slug, lesson,
                "{\"kind\":\"SURROUND\",\"levelFrom\":0,\"levelTo\":7,\"items\":2,\"passAccuracy\":30,\"window\":9}"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("lessons[1].listeningKind", "lessons[1].listeningFrom",
                "lessons[1].listeningItems", "lessons[1].listeningPass", "lessons[1].listeningWindow");

        String courseId = imported(admin, slug, lesson,
                "{\"kind\":\"panning\",\"levelFrom\":1,\"levelTo\":1,\"items\":5,\"passAccuracy\":100,\"window\":5}");
        JsonObject course = json(admin.getJson("/api/author/courses/" + courseId));
        String lessonId = course.getJsonArray("lessons").getJsonObject(0).getJsonNumber("id").toString();

        // The editor: every bad value beside its field, hostile text shown as text; nothing saved.
        admin.get("/author/lesson/" + lessonId);
        Page bad = admin.submit("lesson", lessonForm(lesson, "EQ", "0", "9", "many", "101", "<script>alert(1)</script>"), "save");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.fieldError("lesson:listeningFrom")).contains("from 1 to 5");
        assertThat(bad.fieldError("lesson:listeningTo")).contains("from 1 to 5");
        assertThat(bad.fieldError("lesson:listeningItems")).contains("from 3 to 50");
        assertThat(bad.fieldError("lesson:listeningPass")).contains("from 50 to 100");
        assertThat(bad.fieldError("lesson:listeningWindow")).isNotBlank();
        assertThat(bad.body()).doesNotContain("<script>alert(1)</script>");
        Page hostile = admin.submit("lesson", lessonForm(lesson, "<b>EQ</b>", "1", "3", "10", "80", "8"), "save");
        assertThat(hostile.status()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<b>EQ</b>");
        admin.get("/author/lesson/" + lessonId);
        Page tuned = admin.submit("lesson", lessonForm(lesson, "PANNING", "1", "1", "4", "100", "3"), "save");
        assertThat(tuned.status()).as(tuned.body()).isEqualTo(302);
        JsonObject draft = json(admin.getJson("/api/author/lessons/" + lessonId));
        assertThat(draft.getJsonObject("content").getJsonObject("listening").getInt("window")).isEqualTo(3);
        assertThat(new Learners(base).post(admin, "/api/author/courses/" + courseId + "/publish", "").status()).isEqualTo(200);
        String editor = admin.get("/author/lesson/" + lessonId).body();
        assertThat(editor).contains("Try the listening exercise", "data-listening=\"preview\"", "Level to preview");

        SignedIn me = newLearner();
        assertThat(me.post("/api/enrollments", "{\"course\":\"" + slug + "\"}").status()).isEqualTo(201);
        JsonObject status = json(me.session.getJson("/api/learners/me/listening/lessons/" + lesson));
        assertThat(status.getString("kind")).isEqualTo("PANNING");
        assertThat(status.getInt("window")).isEqualTo(3);
        JsonObject outcome = null;
        for (int i = 0; i < 3; i++) {
            Answered next = answerNextRightly(me, lesson);
            assertThat(next.item().getJsonArray("choices")).hasSize(3); // level 1: left, centre, right
            outcome = next.outcome();
        }
        assertThat(outcome.getBoolean("passedNow")).isTrue();
        assertThat(outcome.getBoolean("lessonCompleted")).isTrue();
        JsonObject progress = courseOf(me, slug);
        assertThat(progress.getInt("lessonsDone") + "/" + progress.getInt("lessonsTotal") + "/" + progress.getBoolean("complete"))
                .isEqualTo("1/1/true");
        assertThat(statementsOf(me)).anyMatch(s -> s.contains("/completed") && s.contains("/courses/" + slug));
        JsonObject report = json(admin.getJson("/api/admin/reports/courses/" + slug));
        JsonObject row = report.getJsonArray("lessons").getJsonObject(0);
        assertThat(row.getJsonNumber("done").longValue()).isEqualTo(1);
        JsonObject listening = report.getJsonArray("listening").getJsonObject(0);
        assertThat(listening.toString()).contains("\"kind\":\"PANNING\"", "\"learners\":1", "\"answers\":3",
                "\"correct\":3", "\"accuracy\":100", "\"passed\":1");
        assertNoDrift();
    }

    /**
     * ABX (faults and EQ): an item has a hidden clip X, which is A or B as the server chose; its file is never A's or B's
     * but sounds like its source (the same level, left and right). The answer names the fault and which clip X is; it
     * is right only when both are; an answer without X, with a bad X or with more is refused and records nothing. The
     * editor's preview has X too, with the answer for the instructor.
     */
    @Test
    void faultItemsHaveAHiddenXClipAndAreRightOnlyWhenTheLearnerAlsoSaysWhichClipItIs() {
        WebSession admin = new Learners(base).admin();
        String slug = "abx-" + UUID.randomUUID().toString().substring(0, 6);
        String lesson = slug + "-faults";
        String courseId = imported(admin, slug, lesson,
                "{\"kind\":\"FAULTS\",\"levelFrom\":1,\"levelTo\":3,\"items\":5,\"passAccuracy\":100,\"window\":3}");
        assertThat(new Learners(base).post(admin, "/api/author/courses/" + courseId + "/publish", "").status()).isEqualTo(200);
        SignedIn me = newLearner();
        assertThat(me.post("/api/enrollments", "{\"course\":\"" + slug + "\"}").status()).isEqualTo(201);
        assertThat(me.session.get("/lessons/" + lesson).body()).contains("data-clip=\"X\"", "X is either A or B");

        Page issued = me.post("/api/learners/me/listening/lessons/" + lesson + "/items", "");
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        JsonObject item = issued.json();
        assertThat(item.keySet()).containsExactlyInAnyOrder("id", "kind", "level", "levelFrom", "levelTo", "prompt",
                "choices", "clips");
        assertThat(item.getJsonArray("clips").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("A", "B", "X");
        assertThat(issued.body()).doesNotContainIgnoringCase("answer").doesNotContain("seed").doesNotContain("\"x\"");
        long id = item.getJsonNumber("id").longValue();
        String answer = answerOf(id);
        String x = xOf(id);
        assertThat(x).isIn("A", "B");
        String notX = x.equals("A") ? "B" : "A";

        byte[] a = me.session.getBytes(ITEMS + id + "/clips/A", "audio/wav").body();
        byte[] b = me.session.getBytes(ITEMS + id + "/clips/B", "audio/wav").body();
        WebSession.Bytes xClip = me.session.getBytes(ITEMS + id + "/clips/X", "audio/wav");
        assertThat(xClip.status()).isEqualTo(200);
        assertThat(xClip.header("Content-Type")).startsWith("audio/wav");
        assertThat(xClip.body()).hasSize(WAV_BYTES).isNotEqualTo(a).isNotEqualTo(b);
        assertThat(me.session.getBytes(ITEMS + id + "/clips/X", "audio/wav").body()).as("rendered again, the same")
                .isEqualTo(xClip.body());
        app.soundpath.learning.control.Stereo source = app.soundpath.learning.control.Wav.decode(x.equals("A") ? a : b);
        app.soundpath.learning.control.Stereo heard = app.soundpath.learning.control.Wav.decode(xClip.body());
        for (int channel = 0; channel < 2; channel++) {
            double[] s = channel == 0 ? source.left() : source.right();
            double[] h = channel == 0 ? heard.left() : heard.right();
            assertThat(20 * Math.log10(app.soundpath.learning.control.Dsp.rms(h) / app.soundpath.learning.control.Dsp.rms(s)))
                    .as("X is level-matched to its source, channel %d", channel)
                    .isCloseTo(0, org.assertj.core.api.Assertions.within(0.01));
        }
        assertThat(new WebSession(base).getBytes(ITEMS + id + "/clips/X", "audio/wav").status()).isEqualTo(401);

        Map<String, String> refused = new LinkedHashMap<>();
        refused.put("{\"choice\":\"" + answer + "\"}", "which clip X is");
        refused.put("{\"x\":\"" + x + "\"}", "choice");
        refused.put("{\"choice\":\"" + answer + "\",\"x\":\"C\"}", "which clip X is");
        refused.put("{\"choice\":\"" + answer + "\",\"x\":\"a\"}", "which clip X is");
        refused.put("{\"choice\":\"" + answer + "\",\"x\":\"\"}", "which clip X is");
        refused.put("{\"choice\":\"" + answer + "\",\"x\":null}", "which clip X is");
        refused.put("{\"choice\":\"" + answer + "\",\"x\":[\"" + x + "\"]}", "which clip X is");
        refused.put("{\"choice\":\"" + answer + "\",\"x\":\"" + "B".repeat(5000) + "\"}", "which clip X is");
        refused.put("{\"choice\":\"" + answer + "\",\"x\":\"<script>alert(1)</script>\"}", "which clip X is");
        refused.put("{\"choice\":\"" + answer + "\",\"x\":\"" + x + "\",\"correct\":true}", "choice");
        refused.forEach((body, says) -> {
            Page page = me.post(ITEMS + id + "/answer", body);
            assertThat(page.status()).as(body.length() > 60 ? body.substring(0, 60) : body).isEqualTo(400);
            assertThat(page.header("Content-Type")).startsWith("application/problem+json");
            assertThat(page.body()).contains(says).doesNotContain("<script>");
        });
        assertThat(record(me.email, lesson)).as("nothing recorded").isEqualTo("1,0,0,0,0,0");

        // The right fault with the wrong X is wrong: both are told afterwards, and both choices are kept.
        JsonObject wrong = json(me.post(ITEMS + id + "/answer", "{\"choice\":\"" + answer + "\",\"x\":\"" + notX + "\"}"));
        assertThat(wrong.getBoolean("correct")).isFalse();
        assertThat(wrong.getString("x")).isEqualTo(x);
        assertThat(wrong.getString("chosenX")).isEqualTo(notX);
        assertThat(wrong.getString("answer")).isEqualTo(answer);
        assertThat(wrong.getString("answerLabel")).endsWith("and X was " + x);
        assertThat(wrong.getString("explanation")).startsWith("X was " + x + ". B ");
        assertThat(new WebSession(base).getJson("/api/test-data/listening-chosen?item=" + id).body().trim())
                .isEqualTo("X=" + notX + " " + answer);

        JsonObject outcome = wrong;
        for (int i = 0; i < 3; i++) {
            Answered next = answerNextRightly(me, lesson);
            assertThat(next.item().getJsonArray("clips").toString()).contains("\"X\"");
            outcome = next.outcome();
            assertThat(outcome.getBoolean("correct")).isTrue();
        }
        assertThat(outcome.getBoolean("passedNow")).isTrue();
        assertThat(outcome.getBoolean("lessonCompleted")).isTrue();
        assertThat(record(me.email, lesson)).isEqualTo("4,4,3,1,1,1");

        // The editor's preview: X among the clips, which one it is for the instructor; kinds without X have no X clip.
        JsonObject preview = json(admin.getJson("/api/author/listening-previews/EQ/1"));
        assertThat(preview.getString("x")).isIn("A", "B");
        assertThat(preview.getJsonArray("clips").toString()).isEqualTo("[\"A\",\"B\",\"X\"]");
        String previewClips = "/api/author/listening-previews/EQ/1/" + preview.getJsonNumber("seed") + "/clips/";
        byte[] previewX = admin.getBytes(previewClips + "X", "audio/wav").body();
        assertThat(previewX).hasSize(WAV_BYTES).isNotEqualTo(admin.getBytes(previewClips + preview.getString("x"), "audio/wav").body());
        JsonObject levelPreview = json(admin.getJson("/api/author/listening-previews/LEVEL/1"));
        assertThat(levelPreview.containsKey("x") && !levelPreview.isNull("x")).isFalse();
        assertThat(admin.getBytes("/api/author/listening-previews/LEVEL/1/" + levelPreview.getJsonNumber("seed") + "/clips/X",
                "audio/wav").status()).isEqualTo(400);
        assertNoDrift();
    }

    /** Empty, too long, malformed and hostile answers, a "correct" flag, someone else's item, a reused id: none records anything. */
    @Test
    void answersThatAreNotAChoiceAloneOfOnesOwnOpenItemAreRefusedAndRecordNothing() {
        SignedIn me = newLearner();
        assertThat(me.post("/api/learners/me/listening/lessons/" + LEVEL_LESSON + "/items", "").status())
                .as("not enrolled").isEqualTo(409);
        assertThat(me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isEqualTo(201);
        assertThat(me.post("/api/learners/me/listening/lessons/gain-staging-and-headroom/items", "").status())
                .as("a lesson without an exercise").isEqualTo(404);
        assertThat(me.post("/api/learners/me/listening/lessons/no-such-lesson/items", "").status()).isEqualTo(404);
        assertThat(new WebSession(base).getJson("/api/learners/me/listening/lessons/" + LEVEL_LESSON).status())
                .as("signed out").isEqualTo(401);

        long id = json(me.post("/api/learners/me/listening/lessons/" + LEVEL_LESSON + "/items", "")).getJsonNumber("id").longValue();
        String answer = answerOf(id);
        Map<String, Integer> bodies = new LinkedHashMap<>();
        bodies.put("", 400);
        bodies.put("{}", 400);
        bodies.put("not json at all", 400);
        bodies.put("[\"" + answer + "\"]", 400);
        bodies.put("{\"choice\":\"" + answer + "\",\"correct\":true}", 400);
        bodies.put("{\"correct\":true}", 400);
        bodies.put("{\"choice\":true}", 400);
        bodies.put("{\"choice\":null}", 400);
        bodies.put("{\"choice\":\"\"}", 400);
        bodies.put("{\"choice\":\"" + "A".repeat(5000) + "\"}", 400);
        bodies.put("{\"choice\":\"<script>alert(1)</script>\"}", 400);
        bodies.put("{\"choice\":\"A' OR '1'='1\"}", 400);
        bodies.put("{\"choice\":\"C\"}", 400);
        bodies.put("{\"choice\":\"" + answer + "\",\"x\":\"A\"}", 400); // a level item has no X clip
        bodies.forEach((body, expected) -> {
            Page refused = me.post(ITEMS + id + "/answer", body);
            assertThat(refused.status()).as(body.length() > 60 ? body.substring(0, 60) : body).isEqualTo(expected);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.body()).doesNotContain("<script>");
        });
        assertThat(me.post(ITEMS + "abc/answer", "{\"choice\":\"A\"}").status()).isEqualTo(404);
        assertThat(me.post(ITEMS + "999999999/answer", "{\"choice\":\"A\"}").status()).isEqualTo(404);

        SignedIn other = newLearner();
        other.post("/api/enrollments", "{\"course\":\"audio-foundations\"}");
        assertThat(other.post(ITEMS + id + "/answer", "{\"choice\":\"" + answer + "\"}").status())
                .as("someone else's item").isEqualTo(404);
        assertThat(other.session.getBytes(ITEMS + id + "/clips/A", "audio/wav").status()).isEqualTo(404);
        assertThat(new WebSession(base).getBytes(ITEMS + id + "/clips/A", "audio/wav").status()).isEqualTo(401);
        assertThat(record(me.email, LEVEL_LESSON)).as("nothing recorded").isEqualTo("1,0,0,0,0,0");

        assertThat(me.post(ITEMS + id + "/answer", "{\"choice\":\"" + answer + "\"}").status()).isEqualTo(200);
        Page again = me.post(ITEMS + id + "/answer", "{\"choice\":\"" + answer + "\"}");
        assertThat(again.status()).as("each item is graded once").isEqualTo(409);
        assertThat(again.body()).contains("answered already");
        assertThat(record(me.email, LEVEL_LESSON)).isEqualTo("1,1,1,0,0,0");

        // The editor's preview: instructors and admins only, answer included, nothing stored.
        assertThat(me.session.getJson("/api/author/listening-previews/EQ/1").status()).isEqualTo(403);
        WebSession admin = new Learners(base).admin();
        JsonObject preview = json(admin.getJson("/api/author/listening-previews/FAULTS/2"));
        assertThat(preview.getString("answer")).isIn("CLIPPED", "COMPRESSED", "HUM", "POLARITY");
        assertThat(preview.getString("explanation")).isNotBlank();
        String clip = "/api/author/listening-previews/FAULTS/2/" + preview.getJsonNumber("seed") + "/clips/B";
        assertThat(admin.getBytes(clip, "audio/wav").body()).hasSize(WAV_BYTES);
        for (String badPreview : List.of("/api/author/listening-previews/SURROUND/1", "/api/author/listening-previews/PANNING/4",
                "/api/author/listening-previews/EQ/x", "/api/author/listening-previews/EQ/1/x/clips/A",
                "/api/author/listening-previews/EQ/1/5/clips/Z")) {
            int status = badPreview.contains("/clips/") ? admin.getBytes(badPreview, "audio/wav").status()
                    : admin.getJson(badPreview).status();
            assertThat(status).as(badPreview).isEqualTo(400);
        }
        assertThat(new WebSession(base).getBytes("/api/listening/reference-tone", "audio/wav").body()).as("for anyone")
                .hasSize(WAV_BYTES);
    }

    /**
     * The last answer of a passing run sent twenty times at once (a double click, a retry, tabs), racing the lesson's
     * written check: the item is graded once, the lesson completed once, one PASSED and one COMPLETED in the record.
     */
    @Test
    void answersRacingEachOtherAndTheWrittenCheckCompleteTheLessonExactlyOnce() throws Exception {
        SignedIn me = newLearner();
        me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}");
        for (int i = 0; i < 7; i++) {
            assertThat(answerNextRightly(me, LEVEL_LESSON).answer().status()).isEqualTo(200);
        }
        long last = json(me.post("/api/learners/me/listening/lessons/" + LEVEL_LESSON + "/items", "")).getJsonNumber("id").longValue();
        String body = "{\"choice\":\"" + answerOf(last) + "\"}";
        String check = new Learners(base).rightAnswers(LEVEL_LESSON);
        // Meanwhile four other learners answer their first item of the same exercise: the report's counters take every
        // answer once (learner ids spread over the slots; two in one slot wait for each other's row lock).
        List<SignedIn> others = new ArrayList<>();
        List<Long> otherItems = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            SignedIn other = newLearner();
            other.post("/api/enrollments", "{\"course\":\"audio-foundations\"}");
            others.add(other);
            otherItems.add(json(other.post("/api/learners/me/listening/lessons/" + LEVEL_LESSON + "/items", ""))
                    .getJsonNumber("id").longValue());
        }
        ExecutorService pool = Executors.newFixedThreadPool(28);
        List<Integer> listening = new ArrayList<>();
        List<Integer> checks = new ArrayList<>();
        List<Integer> otherAnswers = new ArrayList<>();
        try {
            List<Callable<String>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> "L" + me.post(ITEMS + last + "/answer", body).status());
            }
            for (int i = 0; i < 4; i++) {
                calls.add(() -> "C" + me.post("/api/lessons/" + LEVEL_LESSON + "/check-attempts", check).status());
            }
            for (int i = 0; i < 4; i++) {
                SignedIn other = others.get(i);
                long otherItem = otherItems.get(i);
                calls.add(() -> "O" + other.post(ITEMS + otherItem + "/answer", "{\"choice\":\"A\"}").status());
            }
            for (Future<String> f : pool.invokeAll(calls, 2, TimeUnit.MINUTES)) {
                String r = f.get(1, TimeUnit.SECONDS);
                (r.startsWith("L") ? listening : r.startsWith("C") ? checks : otherAnswers).add(Integer.parseInt(r.substring(1)));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(listening).as("graded once, the rest refused").containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(checks).containsOnly(200);
        assertThat(otherAnswers).containsExactly(200, 200, 200, 200);
        for (SignedIn other : others) {
            assertThat(record(other.email, LEVEL_LESSON)).startsWith("1,1,");
        }
        String[] record = record(me.email, LEVEL_LESSON).split(",");
        assertThat(record[1]).as("answered").isEqualTo("8");
        assertThat(record[3] + "," + record[5]).as("passed by listening, completed once").isEqualTo("1,1");
        assertThat(new WebSession(base).getJson("/api/test-data/lesson-figures-drift").body()).isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/listening-figures-drift").body()).as("graded once, counted once")
                .isEqualTo("0");
    }

    /** The lesson page of an exercise reads no more than a lesson page without one: the settings come from the snapshot. */
    @Test
    void aLessonWithAnExerciseSendsNoMoreStatementsThanOneWithout() {
        SignedIn me = newLearner();
        me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String lesson : List.of("monitoring-and-critical-listening", LEVEL_LESSON)) {
            me.session.get("/lessons/" + lesson);
            // The first page after enrolling reads the learner's progress (the counter counts); later ones use the copy.
            counts.putIfAbsent("first page", statementsOf("GET /lessons/" + lesson));
            assertThat(me.session.get("/lessons/" + lesson).status()).isEqualTo(200);
            counts.put(lesson, statementsOf("GET /lessons/" + lesson));
        }
        assertThat(counts.get("first page")).as("%s", counts).isPositive();
        assertThat(counts.get(LEVEL_LESSON)).as("%s", counts).isEqualTo(counts.get("monitoring-and-critical-listening"));
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private int statementsOf(String request) {
        return new Learners(base).statements(request);
    }

    /** The lesson editor's fields, the exercise's as given. */
    private static Map<String, String> lessonForm(String slug, String kind, String from, String to, String items,
                                                  String pass, String window) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("title", "Where it sits");
        form.put("slug", slug);
        form.put("summary", "Panning.");
        form.put("minutes", "10");
        form.put("passMark", "80");
        form.put("required", "true");
        form.put("body", "Listen for *where* a sound sits.");
        form.put("listeningKind", kind);
        form.put("listeningFrom", from);
        form.put("listeningTo", to);
        form.put("listeningItems", items);
        form.put("listeningPass", pass);
        form.put("listeningWindow", window);
        return form;
    }

    private static String courseDocument(String slug, String lesson, String listening) {
        return "{\"format\":1,\"title\":\"Ears " + slug + "\",\"slug\":\"" + slug + "\",\"summary\":\"Ear training.\","
                + "\"tracks\":[],\"lessons\":[{\"title\":\"Where it sits\",\"slug\":\"" + lesson + "\",\"summary\":\"Panning.\","
                + "\"body\":\"Listen for *where* a sound sits.\",\"minutes\":10,\"passMark\":80,\"required\":true,"
                + "\"skills\":[\"critical-listening\"],\"questions\":[{\"kind\":\"SINGLE\",\"prompt\":\"Which side?\","
                + "\"explanation\":\"Because.\",\"options\":[{\"label\":\"Left\",\"correct\":true},{\"label\":\"Right\","
                + "\"correct\":false}]}],\"listening\":" + listening + "}]}";
    }

    private SignedIn newLearner() {
        return SignedIn.signUp(base, "listening", "Lou Listener");
    }

    /** An item issued and the answer to it. */
    private record Answered(JsonObject item, Page answer) {
        JsonObject outcome() {
            return json(answer);
        }
    }

    /**
     * Takes the lesson's next item and answers it right: the server's answer, and which clip X is where the item has
     * an X clip (a level or panning item refuses an X).
     */
    private Answered answerNextRightly(SignedIn me, String lesson) {
        JsonObject item = json(me.post("/api/learners/me/listening/lessons/" + lesson + "/items", ""));
        long id = item.getJsonNumber("id").longValue();
        boolean hasX = item.getJsonArray("clips").toString().contains("\"X\"");
        return new Answered(item, me.post(ITEMS + id + "/answer", "{\"choice\":\"" + answerOf(id) + "\""
                + (hasX ? ",\"x\":\"" + xOf(id) + "\"" : "") + "}"));
    }

    /** Imports a course of one lesson with the exercise given; answers its id. */
    private String imported(WebSession admin, String slug, String lesson, String listening) {
        Page imported = new Learners(base).post(admin, "/api/author/courses/import", courseDocument(slug, lesson, listening));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        return imported.json().getJsonNumber("id").toString();
    }

    /** The lesson figures, the learners' summaries and the listening figures are what a count from scratch gives. */
    private void assertNoDrift() {
        assertThat(new WebSession(base).getJson("/api/test-data/lesson-figures-drift").body()).isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/summary-drift").body()).isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/listening-figures-drift").body()).isEqualTo("0");
    }

    private String answerOf(long item) {
        return new WebSession(base).getJson("/api/test-data/listening-answer?item=" + item).body().trim();
    }

    /** The SQL statements of a course report, asked twice so that the catalogue's snapshot is built before. */
    private static int reportStatements(WebSession admin, String course) {
        admin.getJson("/api/admin/reports/courses/" + course);
        Page page = admin.getJson("/api/admin/reports/courses/" + course);
        assertThat(page.status()).isEqualTo(200);
        return Integer.parseInt(page.header("X-SQL-Statements"));
    }

    private static JsonObject listeningFigures(WebSession admin, String course, String lesson) {
        return json(admin.getJson("/api/admin/reports/courses/" + course)).getJsonArray("listening")
                .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("slug").equals(lesson)).findFirst()
                .orElseThrow();
    }

    private String xOf(long item) {
        return new WebSession(base).getJson("/api/test-data/listening-x?item=" + item).body().trim();
    }

    private String record(String email, String lesson) {
        return new WebSession(base).getJson("/api/test-data/listening-record?email=" + email + "&lesson=" + lesson).body().trim();
    }

    private JsonObject courseOf(SignedIn me, String slug) {
        return json(me.session.getJson("/api/learners/me/progress")).getJsonArray("courses").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("slug").equals(slug)).findFirst().orElseThrow();
    }

    private List<String> statementsOf(SignedIn me) {
        return json("{\"s\":" + me.session.getJson("/api/learners/me/statements").body() + "}").getJsonArray("s")
                .getValuesAs(JsonObject.class).stream().map(JsonObject::toString).toList();
    }

    private static JsonObject json(Page page) {
        assertThat(page.status()).as(page.body()).isBetween(200, 201);
        return json(page.body());
    }

    private static JsonObject json(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.readObject();
        }
    }
}
