package app.soundpath.learning;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.Learners;
import app.soundpath.testing.SignedIn;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Learning and progress on the real WAR and a real database: enrolment, checks, completion, prerequisites that
 * unlock, agreement of every view, concurrency, bad input and ownership. Each test signs up its own learner.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class LearningIT {

    static final List<String> FOUNDATION = List.of("what-sound-is-frequency-amplitude-decibels",
            "signal-flow-from-source-to-speaker", "gain-staging-and-headroom", "daw-basics-tracks-buses-sends-inserts",
            "monitoring-and-critical-listening");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    @Test
    void learnerEnrollsPassesACheckAndEveryViewShowsTheSameNumbers() {
        SignedIn me = newLearner();
        assertThat(me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isEqualTo(201);
        assertThat(me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).as("twice changes nothing").isEqualTo(200);

        JsonObject result = json(me.post("/api/lessons/gain-staging-and-headroom/check-attempts", rightAnswers("gain-staging-and-headroom")));
        assertThat(result.getBoolean("passed")).isTrue();
        assertThat(result.getInt("score")).isEqualTo(100);
        assertThat(result.getJsonArray("feedback")).allSatisfy(f -> assertThat(f.asJsonObject().getBoolean("correct")).isTrue());

        JsonObject course = courseOf(me, "audio-foundations");
        assertThat(course.getInt("lessonsDone")).isEqualTo(1);
        assertThat(course.getInt("lessonsTotal")).isEqualTo(5);
        String coursePage = me.session.get("/courses/audio-foundations").body();
        assertThat(coursePage).contains("1 of 5 lessons done (20%)");
        // The outline marks the third lesson done with a tick and keeps the others' numbers.
        assertThat(coursePage).contains("<span class=\"outline-number state-NOT_STARTED\" aria-hidden=\"true\">2</span>",
                "<span class=\"outline-number state-COMPLETED\" aria-hidden=\"true\">✓</span>",
                "<span class=\"outline-number state-NOT_STARTED\" aria-hidden=\"true\">4</span>");
        assertThat(coursePage.split("state-label\">Done</span>", -1)).hasSize(2);
        assertThat(coursePage.split("state-label\">Not started</span>", -1)).hasSize(6);
        assertThat(new WebSession(base).get("/courses/audio-foundations").body())
                .as("a visitor's outline: numbers, no states").contains("<span class=\"outline-number\" aria-hidden=\"true\">3</span>")
                .doesNotContain("state-label", "state-NOT_STARTED");
        assertThat(me.session.get("/learn/").body()).contains("1 of 5 lessons done (20%)");
        assertThat(me.session.get("/lessons/gain-staging-and-headroom").body()).contains("You have completed this lesson", "Your best score: 100%");
    }

    /** Issue 15: a client that lost the answer sends the attempt again with the same key; it counts once. */
    @Test
    void aCheckAttemptSentAgainWithTheSameIdempotencyKeyCountsOnce() {
        SignedIn me = newLearner();
        String lesson = "signal-flow-from-source-to-speaker";
        assertThat(me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isEqualTo(201);
        String key = UUID.randomUUID().toString();
        Page first = me.postWithKey("/api/lessons/" + lesson + "/check-attempts", wrongAnswers(lesson), key);
        Page again = me.postWithKey("/api/lessons/" + lesson + "/check-attempts", wrongAnswers(lesson), key);
        assertThat(again.status()).isEqualTo(first.status()).isEqualTo(200);
        assertThat(json(again).getInt("score")).isEqualTo(json(first).getInt("score"));
        assertThat(json(again).getBoolean("passed")).isFalse();
        assertThat(record(me.email, lesson)).as("rows, completions, attempts").isEqualTo("1,0,1");

        // Another key is another attempt; a pass under a key answered again stays one pass and one completion.
        String passKey = UUID.randomUUID().toString();
        assertThat(json(me.postWithKey("/api/lessons/" + lesson + "/check-attempts", rightAnswers(lesson), passKey)).getBoolean("passed")).isTrue();
        assertThat(json(me.postWithKey("/api/lessons/" + lesson + "/check-attempts", rightAnswers(lesson), passKey)).getBoolean("passed")).isTrue();
        assertThat(record(me.email, lesson)).isEqualTo("1,1,2");
        assertThat(courseOf(me, "audio-foundations").getInt("lessonsDone")).isEqualTo(1);
        // Without a key every attempt counts, as before.
        me.post("/api/lessons/" + lesson + "/check-attempts", wrongAnswers(lesson));
        assertThat(record(me.email, lesson)).isEqualTo("1,1,3");

        // Malformed keys are refused before anything is counted.
        for (String bad : List.of("", "x".repeat(65), "<script>", "a b", "'; DROP TABLE check_attempt; --")) {
            Page refused = me.postWithKey("/api/lessons/" + lesson + "/check-attempts", wrongAnswers(lesson), bad);
            assertThat(refused.status()).as("key '" + bad + "'").isEqualTo(400);
            assertThat(refused.body()).contains("Idempotency-Key").doesNotContain("<script>");
        }
        assertThat(record(me.email, lesson)).isEqualTo("1,1,3");
    }

    @Test
    void afterARandomSequenceOfActionsTheApiTheCoursePagesAndTheDashboardAgree() {
        java.util.Random random = new java.util.Random(20261125L);
        SignedIn me = newLearner();
        me.post("/api/enrollments", "{\"track\":\"producer\"}");
        for (int step = 0; step < 25; step++) {
            String lesson = FOUNDATION.get(random.nextInt(FOUNDATION.size()));
            switch (random.nextInt(4)) {
                case 0 -> me.post("/api/lessons/" + lesson + "/check-attempts", rightAnswers(lesson));
                case 1 -> me.post("/api/lessons/" + lesson + "/check-attempts", wrongAnswers(lesson));
                case 2 -> me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}");
                default -> me.post("/api/lessons/what-pre-production-is-for/check-attempts", rightAnswers("what-pre-production-is-for"));
            }
        }
        JsonObject progress = json(me.session.getJson("/api/learners/me/progress"));
        String dashboard = me.session.get("/learn/").body();
        for (JsonObject course : progress.getJsonArray("courses").getValuesAs(JsonObject.class)) {
            String line = course.getInt("lessonsDone") + " of " + course.getInt("lessonsTotal") + " lessons done ("
                    + (course.getInt("lessonsDone") * 100 / course.getInt("lessonsTotal")) + "%)";
            assertThat(me.session.get("/courses/" + course.getString("slug")).body()).as(course.getString("slug")).contains(line);
            assertThat(dashboard).contains(line);
            long doneInStates = course.getJsonObject("lessonStates").values().stream()
                    .map(v -> ((jakarta.json.JsonString) v).getString()).filter(s -> s.equals("COMPLETED") || s.equals("WAIVED")).count();
            assertThat(doneInStates).as("summary row agrees with the lesson rows").isEqualTo(course.getInt("lessonsDone"));
        }
    }

    @Test
    void aFailedCheckExplainsEachAnswerAndARetryCanPass() {
        SignedIn me = enrolledInFoundation();
        JsonObject failed = json(me.post("/api/lessons/signal-flow-from-source-to-speaker/check-attempts", wrongAnswers("signal-flow-from-source-to-speaker")));

        assertThat(failed.getBoolean("passed")).isFalse();
        assertThat(failed.getJsonArray("feedback")).allSatisfy(f -> {
            assertThat(f.asJsonObject().getString("explanation")).isNotBlank();
            assertThat(f.asJsonObject().getJsonArray("correctLabels")).isNotEmpty();
        });
        assertThat(courseOf(me, "audio-foundations").getInt("lessonsDone")).isZero();

        JsonObject passed = json(me.post("/api/lessons/signal-flow-from-source-to-speaker/check-attempts", rightAnswers("signal-flow-from-source-to-speaker")));
        assertThat(passed.getBoolean("passed")).isTrue();
        assertThat(record(me.email, "signal-flow-from-source-to-speaker")).as("rows, completions, attempts").isEqualTo("1,1,2");
        assertThat(statements(me)).anyMatch(s -> s.contains("/failed")).anyMatch(s -> s.contains("/passed"))
                .anyMatch(s -> s.contains("/completed"));
    }

    @Test
    void aLockedCourseSaysExactlyWhatIsLeftAndUnlocksWhenTheFoundationIsDone() {
        SignedIn me = enrolledInFoundation();
        me.post("/api/enrollments", "{\"course\":\"pre-production\"}");
        JsonObject locked = courseOf(me, "pre-production");
        assertThat(locked.getBoolean("locked")).isTrue();
        assertThat(locked.getJsonArray("blockers").getJsonObject(0).getJsonArray("lessonsLeft")).hasSize(5);
        assertThat(me.session.get("/courses/pre-production").body()).contains("Locked for now", "5 lessons left in",
                "/lessons/gain-staging-and-headroom");

        Page refused = me.post("/api/lessons/what-pre-production-is-for/check-attempts", rightAnswers("what-pre-production-is-for"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("locked");
        assertThat(record(me.email, "what-pre-production-is-for")).isEqualTo("0,0,0");

        for (String lesson : FOUNDATION.subList(0, 3)) {
            me.post("/api/lessons/" + lesson + "/check-attempts", rightAnswers(lesson));
        }
        assertThat(me.session.get("/courses/pre-production").body()).contains("2 lessons left in");
        for (String lesson : FOUNDATION.subList(3, 5)) {
            me.post("/api/lessons/" + lesson + "/check-attempts", rightAnswers(lesson));
        }

        JsonObject progress = json(me.session.getJson("/api/learners/me/progress"));
        JsonObject foundation = course(progress, "audio-foundations");
        assertThat(foundation.getBoolean("complete")).isTrue();
        assertThat(course(progress, "pre-production").getBoolean("locked")).isFalse();
        assertThat(progress.getJsonArray("tracks").getValuesAs(JsonObject.class))
                .as("the shared foundation counts in both tracks").allSatisfy(t -> assertThat(t.getInt("coursesComplete")).isEqualTo(1));
        assertThat(me.post("/api/lessons/what-pre-production-is-for/check-attempts", rightAnswers("what-pre-production-is-for")).status()).isEqualTo(200);
    }

    @Test
    void studyingACourseYouAreNotEnrolledInIsRefusedAndRecordsNothing() {
        SignedIn me = newLearner();
        Page refused = me.post("/api/lessons/gain-staging-and-headroom/check-attempts", rightAnswers("gain-staging-and-headroom"));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Enrol in the course first");
        assertThat(record(me.email, "gain-staging-and-headroom")).isEqualTo("0,0,0");
    }

    @Test
    void tamperedOrMalformedAnswersAre400AndRecordNothing() {
        SignedIn me = enrolledInFoundation();
        String lesson = "gain-staging-and-headroom";
        String key = answerKey(lesson);
        String firstQuestion = key.split(";")[0].split(":")[0];
        List<String> bodies = List.of(
                "{\"answers\":{\"999999\":[1]}}",
                "{\"answers\":{\"" + firstQuestion + "\":[999999]}}",
                "{\"answers\":{\"abc\":[1]}}",
                "{\"answers\":{}}",
                "{}",
                "not json at all",
                "{\"answers\":{\"" + firstQuestion + "\":[\"<script>\"]}}",
                "{\"answers\":{\"1' OR '1'='1\":[1]}}");
        for (String body : bodies) {
            Page answer = me.post("/api/lessons/" + lesson + "/check-attempts", body);
            assertThat(answer.status()).as(body).isEqualTo(400);
            assertThat(answer.body()).as(body).doesNotContain("Exception", "<script>");
        }
        assertThat(record(me.email, lesson)).isEqualTo("0,0,0");
        assertThat(me.post("/api/lessons/no-such-lesson/check-attempts", rightAnswers(lesson)).status()).isEqualTo(404);
        assertThat(me.post("/api/enrollments", "{\"course\":\"no-such-course\"}").status()).isEqualTo(400);
        assertThat(me.post("/api/enrollments", "{\"course\":\"a\",\"track\":\"b\"}").status()).isEqualTo(400);
        Page markDone = me.post("/api/lessons/" + lesson + "/completion", "");
        assertThat(markDone.status()).as("a lesson with a check is completed by passing it").isEqualTo(400);
        assertThat(markDone.body()).contains("pass it to complete the lesson");
    }

    @Test
    void twentyConcurrentPassesOfOneLessonCompleteItExactlyOnce() throws Exception {
        SignedIn me = enrolledInFoundation();
        String lesson = "daw-basics-tracks-buses-sends-inserts";
        String answers = rightAnswers(lesson);
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                calls.add(() -> me.post("/api/lessons/" + lesson + "/check-attempts", answers).status());
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls, 2, java.util.concurrent.TimeUnit.MINUTES)) {
                statuses.add(f.get(1, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(statuses).containsOnly(200);
        } finally {
            pool.shutdownNow();
        }
        assertThat(record(me.email, lesson)).as("one row, one completion, twenty attempts kept").isEqualTo("1,1,20");
        assertThat(courseOf(me, "audio-foundations").getInt("lessonsDone")).isEqualTo(1);
    }

    @Test
    void aNewLearnersFirstTwoChangesFromTwoSessionsAtOnceAreBothKept() throws Exception {
        // A new learner has no stamp yet (platform.LearnerStamps); each change writes one. Signed in twice (a phone and
        // a laptop), their first two enrolments arrive together: both used to insert the stamp, the second failed on
        // its key and its enrolment was lost (500). Several learners, so the two requests really overlap.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int i = 0; i < 4; i++) {
                SignedIn laptop = newLearner();
                SignedIn phone = new SignedIn(laptop.email,
                        new Learners(base).signedIn(new WebSession(base), laptop.email, Learners.PASSWORD));
                java.util.concurrent.CyclicBarrier together = new java.util.concurrent.CyclicBarrier(2);
                List<Callable<Integer>> both = List.of(
                        () -> { together.await(); return laptop.post("/api/enrollments", "{\"course\":\"audio-foundations\"}").status(); },
                        () -> { together.await(); return phone.post("/api/enrollments", "{\"course\":\"pre-production\"}").status(); });
                List<Integer> statuses = new ArrayList<>();
                for (Future<Integer> f : pool.invokeAll(both, 1, java.util.concurrent.TimeUnit.MINUTES)) {
                    statuses.add(f.get(1, java.util.concurrent.TimeUnit.SECONDS));
                }
                assertThat(statuses).as("learner %d", i).containsExactly(201, 201);
                assertThat(json(phone.session.getJson("/api/learners/me/progress")).getJsonArray("courses"))
                        .as("both enrolments kept, seen from either session").hasSize(2);
                assertThat(courseOf(laptop, "pre-production")).isNotNull();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewLearnersPagesAreKeptFromTheirFirstVisit() {
        // Sign-up writes the learner's stamp with the account (platform.LearnerStamps.startFor): before it, a learner
        // who had not yet changed anything had their dashboard read on every visit.
        SignedIn me = newLearner();
        Map<String, String> seen = new LinkedHashMap<>();
        assertThat(me.session.get("/learn/").status()).isEqualTo(200);
        assertThat(measured(seen, "first dashboard", "GET /learn/")).as("%s", seen).isPositive();
        assertThat(me.session.get("/learn/").status()).isEqualTo(200);
        assertThat(measured(seen, "dashboard again", "GET /learn/")).as("%s", seen).isZero();
        assertThat(me.session.get("/courses/audio-foundations").status()).isEqualTo(200);
        assertThat(me.session.get("/courses/audio-foundations").status()).isEqualTo(200);
        assertThat(measured(seen, "course page again", "GET /courses/audio-foundations")).as("%s", seen).isZero();
    }

    @Test
    void leavingKeepsProgressAndEnrollingAgainResumesIt() {
        SignedIn me = enrolledInFoundation();
        me.post("/api/lessons/gain-staging-and-headroom/check-attempts", rightAnswers("gain-staging-and-headroom"));
        me.session.get("/courses/audio-foundations");
        Page left = me.session.submit("enrollment", Map.of(), "leave");
        assertThat(me.session.follow(left).body()).contains("You have left the course");
        assertThat(json(me.session.getJson("/api/learners/me/progress")).getJsonArray("courses")).isEmpty();

        me.session.get("/courses/audio-foundations");
        me.session.follow(me.session.submit("enrollment", Map.of(), "enroll"));
        assertThat(courseOf(me, "audio-foundations").getInt("lessonsDone")).isEqualTo(1);
    }

    @Test
    void enrollingInATrackEnrollsInItsCoursesInOrder() {
        SignedIn me = newLearner();
        JsonObject answer = json(me.post("/api/enrollments", "{\"track\":\"engineer\"}"));

        assertThat(answer.getInt("newEnrollments")).isEqualTo(5);
        assertThat(json(me.session.getJson("/api/learners/me/progress")).getJsonArray("courses").getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("slug"))
                .containsExactly("audio-foundations", "equipment-setup", "live-sound", "recording-and-post", "troubleshooting-and-careers");
    }

    @Test
    void aCheckTakenOnTheLessonPageGivesFeedbackAfterTheRedirect() {
        SignedIn me = enrolledInFoundation();
        String before = me.session.get("/lessons/monitoring-and-critical-listening").body();
        assertThat(before).doesNotContain("checked=\"checked\"");
        Map<String, String> answers = new LinkedHashMap<>();
        for (String pair : answerKey("monitoring-and-critical-listening").split(";")) {
            String[] qa = pair.split(":");
            answers.put("q" + qa[0], qa[1].split(",")[0]);
            // Each option is an input named after its question, valued with its id, and labelled by its own id.
            assertThat(before).contains("id=\"q" + qa[0] + "-" + qa[1].split(",")[0] + "\" name=\"q" + qa[0] + "\" value=\""
                    + qa[1].split(",")[0] + "\"", "<label for=\"q" + qa[0] + "-" + qa[1].split(",")[0] + "\">");
        }
        Page posted = me.session.submitRaw("checkform", answers, "submit");
        assertThat(posted.status()).isEqualTo(302);
        Page page = me.session.follow(posted);
        assertThat(page.body()).contains("class=\"feedback\"", "You scored");
        // The options just chosen stay chosen, and only those.
        answers.forEach((q, option) -> assertThat(page.body()).contains("id=\"" + q + "-" + option + "\" name=\"" + q + "\" value=\""
                + option + "\" checked=\"checked\""));
        assertThat(page.body().split("checked=\"checked\"", -1)).hasSize(answers.size() + 1);
    }

    /**
     * Issue 14's statement budget, counted from before the first filter to after the response: a signed-in lesson
     * page sends at most 3 SQL statements, a course page 2, the dashboard 4, a check submission 10, and exactly as
     * many for a course of 250 lessons as for one of 5; warm anonymous catalogue pages send none. The submission
     * measured is the worst ordinary one: a first attempt that passes and so completes the lesson. What a learner's
     * pages show of them is kept per node until it changes, so warm pages send none: after the check, one page reads
     * their progress again and shows the change; after an assessment, the dashboard reads again and shows it.
     */
    @Test
    void learnerPagesSendAFixedSmallNumberOfStatementsWhateverTheCourseSize() {
        WebSession admin = new Learners(base).admin();
        Map<Integer, Map<String, Integer>> bySize = new LinkedHashMap<>();
        Map<String, String> seen = new LinkedHashMap<>();
        String bigLesson = null;
        String bigCourse = null;
        SignedIn bigLearner = null;
        for (int size : List.of(5, 250)) {
            String course = publishedCourse(admin, size);
            String lesson = course + "-lesson-3";
            SignedIn me = newLearner();
            assertThat(me.post("/api/enrollments", "{\"course\":\"" + course + "\"}").status()).isEqualTo(201);
            new Learners(base).pass(me.session, course + "-lesson-1");
            // An assessment attempt and a track decision: the dashboard's history panel then has rows to show (it
            // sent a second statement for their decisions before it read both in one).
            Learners learners = new Learners(base);
            learners.decide(me.session, learners.assess(me.session, learners.clearly("ENGINEER")), "ENGINEER", null);
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (int round = 0; round < 2; round++) { // the first round warms the catalogue snapshot up
                assertThat(me.session.get("/lessons/" + lesson).status()).isEqualTo(200);
                counts.put("lesson page", measured(seen, size + " lesson page", "GET /lessons/" + lesson));
                assertThat(me.session.get("/courses/" + course).status()).isEqualTo(200);
                counts.put("course page", measured(seen, size + " course page", "GET /courses/" + course));
                assertThat(me.session.get("/learn/").status()).isEqualTo(200);
                counts.put("dashboard", measured(seen, size + " dashboard", "GET /learn/"));
            }
            Map<String, String> answers = new LinkedHashMap<>();
            for (String pair : answerKey(lesson).split(";")) {
                String[] qa = pair.split(":");
                answers.put("q" + qa[0], qa[1].split(",")[0]);
            }
            me.session.get("/lessons/" + lesson);
            assertThat(me.session.submitRaw("checkform", answers, "submit").status()).isEqualTo(302);
            counts.put("check submission", measured(seen, size + " check submission", "POST /lessons/" + lesson));
            // The check changed the learner's stamp: the next course page reads their progress again (one
            // statement) and shows the lesson done; the page after that uses the copy it kept (none).
            String course3 = me.session.get("/courses/" + course).body();
            counts.put("course page after a change", measured(seen, size + " course page after a change", "GET /courses/" + course));
            assertThat(course3).contains("2 of " + size + " lessons done");
            assertThat(me.session.get("/courses/" + course).body()).contains("2 of " + size + " lessons done");
            counts.put("course page again", measured(seen, size + " course page again", "GET /courses/" + course));
            assertThat(me.session.getJson("/api/learners/me/progress").body()).contains(lesson);
            // The dashboard's recent activity is kept with the progress, and renewed with it.
            String dashboard = me.session.get("/learn/").body();
            assertThat(dashboard).containsPattern("Passed the check of <a href=\"[^\"]*/lessons/" + lesson + "\">Lesson 3</a> \\(100%\\)");
            assertThat(dashboard).contains("Your latest suggestion: <strong>sound engineer</strong>");
            me.session.get("/learn/");
            counts.put("dashboard again", measured(seen, size + " dashboard again", "GET /learn/"));
            // A new assessment changes nothing of the progress, but renews the learner's stamp: the next dashboard
            // reads again and shows it.
            learners.assess(me.session, learners.clearly("PRODUCER"));
            assertThat(me.session.get("/learn/").body()).contains("Your latest suggestion: <strong>music producer</strong>");
            counts.put("dashboard after an assessment", measured(seen, size + " dashboard after an assessment", "GET /learn/"));
            bySize.put(size, counts);
            if (size == 250) {
                bigLearner = me;
                bigLesson = lesson;
                bigCourse = course;
            }
        }
        System.out.printf("SQL statements per request, by course size: %s%n", bySize);
        seen.forEach((request, texts) -> System.out.printf("-- %s:%n%s%n", request, texts));
        Map<String, Integer> budget = Map.of("lesson page", 3, "course page", 2, "dashboard", 4, "check submission", 10,
                "course page after a change", 2, "course page again", 2, "dashboard again", 4, "dashboard after an assessment", 4);
        bySize.forEach((size, counts) -> counts.forEach((request, count) -> assertThat(count)
                .as("%s of a %d-lesson course sends:%n%s", request, size, seen.get(size + " " + request))
                .isLessThanOrEqualTo(budget.get(request))));
        bySize.forEach((size, counts) -> {
            assertThat(counts.get("check submission")).as("the counter counts").isPositive();
            assertThat(counts.get("course page after a change")).as("progress read again after the check")
                    .isEqualTo(counts.get("course page again") + 1);
            // Everything a warm page shows of the learner is kept per node under their stamp: no SQL at all.
            assertThat(List.of(counts.get("lesson page"), counts.get("course page"), counts.get("course page again"),
                    counts.get("dashboard"), counts.get("dashboard again"))).as("warm learner pages").containsOnly(0);
            assertThat(counts.get("dashboard after an assessment")).as("the dashboard reads again after an assessment")
                    .isPositive();
        });
        assertThat(bySize.get(250)).as("the same statements for 250 lessons as for 5").isEqualTo(bySize.get(5));

        // The session the data grid reads and writes whole on every request stays small: the caller and Faces' two
        // markers, after sign-in, the learner pages and a check (no stored view, no CDI HttpSession bean, no copy of
        // the node's flash map, no empty conversation map: platform.FrameworkValuesOutOfSession).
        String session = bigLearner.session.get("/api/test-data/my-session").body();
        System.out.printf("A learner's session after the pages and a check: %s%n", session.replace('\n', ' '));
        assertThat(session).contains("app.soundpath.identity.entity.SessionCaller")
                .doesNotContain("LogicalViewMap", "HttpSession", "WELD_S#", "csfcff", "ConversationContext");
        assertThat(Integer.parseInt(session.replaceAll("(?s)^bytes=(\\d+).*", "$1"))).as(session).isLessThan(1000);

        // A course of 250 lessons lists 25 at a time (its page costs about what a small course's does), from the page
        // holding the learner's next lesson; another page is one link away; a bad page number is ignored.
        String outline = bigLearner.session.get("/courses/" + bigCourse).body();
        assertThat(countOf(outline, "class=\"outline-item\"")).isEqualTo(25);
        assertThat(outline).contains("Lessons 1–25 of 250", "?lessons=2#outline")
                .as("a course teaching no skill shows no empty skills panel").doesNotContain("Skills this course teaches");
        WebSession reader = new WebSession(base);
        assertThat(reader.get("/courses/audio-foundations").body()).contains("Skills this course teaches");
        String tenth = reader.get("/courses/" + bigCourse + "?lessons=10").body();
        assertThat(tenth).contains("Lessons 226–250 of 250", bigCourse + "-lesson-250\"").doesNotContain(bigCourse + "-lesson-225\"");
        for (String bad : List.of("0", "999", "abc", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "1%27%20OR%20%271%27%3D%271")) {
            Page page = reader.get("/courses/" + bigCourse + "?lessons=" + bad);
            assertThat(page.status()).as(bad).isEqualTo(200);
            assertThat(page.body()).as(bad).contains("Lessons 1–25 of 250").doesNotContain("<script>alert(1)");
        }

        WebSession visitor = new WebSession(base);
        for (String page : List.of("/", "/tracks/producer", "/courses", "/courses/" + bigCourse, "/lessons/" + bigLesson, "/compare")) {
            visitor.get(page);
            assertThat(visitor.get(page).status()).isEqualTo(200);
            assertThat(statementsOf("GET " + page)).as("a warm anonymous %s: %s", page, texts("GET " + page)).isZero();
        }
    }

    /** Imports and publishes a course of {@code lessons} lessons, each with a one-question check; returns its slug. */
    private String publishedCourse(WebSession admin, int lessons) {
        String slug = "budget-" + lessons + "-" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder doc = new StringBuilder("{\"format\":1,\"title\":\"Budget course of " + lessons
                + " lessons\",\"slug\":\"" + slug + "\",\"summary\":\"Counting statements.\",\"tracks\":[],\"lessons\":[");
        for (int i = 1; i <= lessons; i++) {
            doc.append(i > 1 ? "," : "").append("{\"title\":\"Lesson ").append(i).append("\",\"slug\":\"").append(slug)
                    .append("-lesson-").append(i).append("\",\"summary\":\"Part ").append(i)
                    .append(".\",\"body\":\"Some *text* about part ").append(i)
                    .append(".\",\"minutes\":5,\"passMark\":80,\"required\":true,\"skills\":[],\"questions\":[")
                    .append("{\"kind\":\"SINGLE\",\"prompt\":\"Which one?\",\"explanation\":\"Because.\",\"options\":[")
                    .append("{\"label\":\"This\",\"correct\":true},{\"label\":\"That\",\"correct\":false}]}]}");
        }
        doc.append("]}");
        Page imported = new Learners(base).post(admin, "/api/author/courses/import", doc.toString());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        String id = imported.json().getJsonNumber("id").toString();
        Page published = new Learners(base).post(admin, "/api/author/courses/" + id + "/publish", "");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        return slug;
    }

    private String texts(String request) {
        return new WebSession(base).getJson("/api/test-data/statement-texts?request="
                + java.net.URLEncoder.encode(request, java.nio.charset.StandardCharsets.UTF_8)).body();
    }

    /**
     * The statements of the last such request, not counting id allocations from a sequence: ids are taken 50 at a
     * time, so one request in fifty that writes a row also fetches the next block (amortised, and it would make
     * the count depend on which request happens to take it).
     */
    private int measured(Map<String, String> seen, String key, String request) {
        String texts = texts(request);
        seen.put(key, texts);
        long allocations = texts.lines().filter(t -> t.toUpperCase(java.util.Locale.ROOT).contains("NEXT VALUE FOR")
                || t.toLowerCase(java.util.Locale.ROOT).contains("nextval(")).count();
        return statementsOf(request) - (int) allocations;
    }

    private int statementsOf(String request) {
        return new Learners(base).statements(request);
    }

    @Test
    void passingACourseChallengeWaivesTheRestAndUnlocksWhatFollows() {
        SignedIn me = enrolledInFoundation();
        me.post("/api/lessons/gain-staging-and-headroom/check-attempts", rightAnswers("gain-staging-and-headroom"));
        Page challenge = me.session.get("/learn/challenge/audio-foundations");
        assertThat(challenge.body()).contains("Test out:");
        Map<String, String> key = new LinkedHashMap<>();
        List<String> lessons = new ArrayList<>(FOUNDATION);
        lessons.add("ear-training-hearing-level-differences"); // optional, but its check is drawn from too
        for (String lesson : lessons) {
            for (String pair : answerKey(lesson).split(";")) {
                String[] qa = pair.split(":");
                key.put("q" + qa[0], qa[1]);
            }
        }
        List<String> asked = Pattern.compile("name=\"(q\\d+)\"").matcher(challenge.body()).results()
                .map(r -> r.group(1)).distinct().toList();
        assertThat(asked).hasSize(12);

        Map<String, String> wrong = new LinkedHashMap<>();
        asked.forEach(q -> wrong.put(q, "1"));
        Page refused = me.session.submitRaw("challenge", wrong, "submit");
        assertThat(me.session.follow(refused).body()).contains("do not belong to this check");

        me.session.get("/learn/challenge/audio-foundations");
        Map<String, String> answers = new LinkedHashMap<>();
        asked.stream().filter(q -> !key.get(q).contains(",")).forEach(q -> answers.put(q, key.get(q)));
        // Multiple-choice questions need every right option: send the parameter once per option.
        Page passed = me.session.submitRawMulti("challenge", answers, asked.stream().filter(q -> key.get(q).contains(","))
                .collect(java.util.stream.Collectors.toMap(q -> q, q -> List.of(key.get(q).split(",")))), "submit");
        assertThat(passed.location()).get().asString().endsWith("/courses/audio-foundations");
        assertThat(me.session.follow(passed).body()).contains("the remaining lessons are waived", "Waived (tested out)",
                "<span class=\"outline-number state-WAIVED\" aria-hidden=\"true\">–</span>");

        JsonObject progress = json(me.session.getJson("/api/learners/me/progress"));
        assertThat(course(progress, "audio-foundations").getBoolean("complete")).isTrue();
        assertThat(course(progress, "audio-foundations").getJsonObject("lessonStates").getString("gain-staging-and-headroom"))
                .as("a lesson passed before stays completed").isEqualTo("COMPLETED");
        assertThat(course(progress, "audio-foundations").getJsonObject("lessonStates").getString("signal-flow-from-source-to-speaker"))
                .isEqualTo("WAIVED");
        assertThat(statements(me)).anyMatch(s -> s.endsWith("/waived"));
        me.post("/api/enrollments", "{\"course\":\"pre-production\"}");
        assertThat(courseOf(me, "pre-production").getBoolean("locked")).isFalse();
        // The reports' counters followed every step: lessons reached, failed, passed, waived; the track summaries too.
        assertThat(new WebSession(base).getJson("/api/test-data/lesson-figures-drift").body()).isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/course-figures-drift").body()).isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/summary-drift").body()).isEqualTo("0");
    }

    @Test
    void noLearnerSeesAnotherLearnersProgressOrRecord() {
        SignedIn a = enrolledInFoundation();
        a.post("/api/lessons/gain-staging-and-headroom/check-attempts", rightAnswers("gain-staging-and-headroom"));
        SignedIn b = newLearner();

        assertThat(json(b.session.getJson("/api/learners/me/progress")).getJsonArray("courses")).isEmpty();
        assertThat(b.session.getJson("/api/learners/me/statements").body()).isEqualTo("[]");
        assertThat(b.session.get("/courses/audio-foundations").body()).doesNotContain("1 of 5 lessons done");
        assertThat(new WebSession(base).getJson("/api/learners/me/progress").status()).isEqualTo(401);
        assertThat(new WebSession(base).send(HttpRequest.newBuilder(URI.create(root() + "/api/enrollments"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"course\":\"audio-foundations\"}")), "application/json").status())
                .isEqualTo(401);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A signed-in learner of this test. */
    private static int countOf(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }

    private SignedIn newLearner() {
        return SignedIn.signUp(base, "learning", "Lena Learning");
    }

    private SignedIn enrolledInFoundation() {
        SignedIn me = newLearner();
        assertThat(me.post("/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isEqualTo(201);
        return me;
    }

    private String answerKey(String lesson) {
        return new Learners(base).answerKey(lesson);
    }

    private String rightAnswers(String lesson) {
        return new Learners(base).rightAnswers(lesson);
    }

    private String wrongAnswers(String lesson) {
        return new Learners(base).wrongAnswers(lesson);
    }

    private String record(String email, String lesson) {
        return new WebSession(base).getJson("/api/test-data/lesson-record?email=" + email + "&lesson=" + lesson).body();
    }

    private JsonObject courseOf(SignedIn me, String slug) {
        return course(json(me.session.getJson("/api/learners/me/progress")), slug);
    }

    private static JsonObject course(JsonObject progress, String slug) {
        return progress.getJsonArray("courses").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("slug").equals(slug)).findFirst().orElseThrow();
    }

    private List<String> statements(SignedIn me) {
        JsonArray all = Json.createReader(new StringReader(me.session.getJson("/api/learners/me/statements").body())).readArray();
        return all.getValuesAs(JsonObject.class).stream().map(s -> s.getJsonObject("verb").getString("id")).toList();
    }

    private static JsonObject json(Page page) {
        return page.json();
    }

    private String root() {
        return base.toExternalForm().replaceAll("/$", "");
    }

    /** Runs last: everything this class's requests put into sessions can be replicated to another cluster node. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void everythingKeptInASessionCanMoveToAnotherNode() {
        app.soundpath.testing.SessionContents.assertAllSerialisable(base);
    }
}
