package app.soundpath.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.soundpath.testing.Browser;
import app.soundpath.testing.Deployments;
import app.soundpath.testing.Learners;
import app.soundpath.testing.Mailbox;
import app.soundpath.testing.WebSession;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What people do in a real browser: a newcomer finds their way, a learner signs up, an admin promotes someone. */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class JourneysIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void open() {
        browser = new Browser(base);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    /** axe-core runs in Chromium only: without it this check is reported as skipped, never as passed. */
    @Test
    void thePublicPagesHaveNoSeriousAccessibilityProblems() {
        assumeTrue(browser.isChromium(), "Chromium is not installed: accessibility (axe-core) not checked");
        for (String path : java.util.List.of("/", "/tracks/producer", "/courses/pre-production",
                "/lessons/what-pre-production-is-for", "/account/sign-in", "/account/sign-up", "/assessment/")) {
            browser.open(path);
            browser.assertAccessible();
        }
    }

    /** Swagger UI from its WebJar, under the site's own Content-Security-Policy: no console error, no CSP refusal. */
    @Test
    void aDeveloperReadsTheApiDocumentationWithExamples() {
        assumeTrue(browser.isChromium(), "Chromium is not installed: Swagger UI's console not checked");
        browser.consoleProblems(); // start from a clean console
        browser.open("/api-docs");
        assertThat(browser.heading()).isEqualTo("The Soundpath API");
        browser.waitFor("#operations-Assessment-takeAssessment");
        assertThat(browser.texts(".opblock-tag")).anySatisfy(t -> assertThat(t).startsWith("Catalog"))
                .anySatisfy(t -> assertThat(t).startsWith("Reports"));
        browser.screenshot("api-docs");

        browser.click("#operations-Assessment-takeAssessment .opblock-summary-control");
        browser.waitFor("#operations-Assessment-takeAssessment .responses-table");
        String operation = browser.text("#operations-Assessment-takeAssessment");
        assertThat(operation).contains("Request body", "\"answers\"", "\"1001\"", "201", "400", "application/problem+json");
        browser.scrollTo("#operations-Assessment-takeAssessment");
        browser.screenshot("api-docs-take-assessment");

        browser.click("#operations-Authoring-updateCourse .opblock-summary-control");
        browser.waitFor("#operations-Authoring-updateCourse .responses-table");
        assertThat(browser.text("#operations-Authoring-updateCourse")).contains("409", "currentVersion");
        browser.assertAccessible();

        browser.windowSize(390, 844);
        browser.open("/api-docs");
        browser.waitFor("#operations-Catalog-listTracks");
        browser.screenshot("api-docs-phone");
        browser.windowSize(1280, 900);
        assertThat(browser.consoleProblems()).as("console errors and CSP refusals on /api-docs").isEmpty();
    }

    /**
     * Issue 17: a learner opens the foundation's ear-training lesson, sets a safe level with the reference tone, starts,
     * and the page's Web Audio graph is checked from JavaScript: the two clips it decoded are the files the server
     * served for the issued item (same samples), both play in step and A/B switch by keyboard with "now playing"
     * following; then an answer by keyboard, and the result. Screenshots at 1280 px and 390 px.
     */
    @Test
    void aLearnerTrainsTheirEarsWithTheListeningPlayer() {
        assumeTrue(browser.isChromium(), "Chromium is not installed: Web Audio not checked");
        app.soundpath.testing.SignedIn ears = app.soundpath.testing.SignedIn.signUp(base, "ears", "Eli Ears");
        String email = ears.email;
        WebSession api = ears.session;
        assertThat(new Learners(base).post(api, "/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isEqualTo(201);

        browser.consoleProblems();
        signIn(email, Learners.PASSWORD);
        browser.open("/courses/audio-foundations");
        assertThat(browser.text(".outline-item:last-child")).contains("Ear training: hearing level differences",
                "Listening exercise", "Optional");
        browser.scrollTo(".outline-item:last-child");
        browser.screenshot("listening-course-outline");
        browser.open("/lessons/ear-training-hearing-level-differences");
        browser.waitFor("[data-step='level'] [data-start]");
        assertThat(browser.text("#listening")).contains("Hearing safety", "written check below");
        assertThat(browser.value("listening-volume")).as("a safe, quiet default").isEqualTo("40");
        browser.scrollTo("#listening");
        browser.screenshot("listening-level-check");
        browser.assertAccessible();

        browser.click("[data-tone]");
        browser.waitUntil("return window.soundpathListening.tone !== null && window.soundpathListening.context.state === 'running'");
        browser.click("[data-start]");
        browser.waitFor("[data-clip='A']:not([disabled])");
        browser.waitUntil("return window.soundpathListening.buffers.A && window.soundpathListening.buffers.B");
        assertThat(browser.script("return window.soundpathListening.tone")).as("the tone stops when the item starts").isNull();

        // The clips decoded in the page are the files the server serves for this item, sample for sample.
        String urlA = (String) browser.script("return window.soundpathListening.urls.A");
        String urlB = (String) browser.script("return window.soundpathListening.urls.B");
        assertThat(urlA).matches(".*/api/learners/me/listening/items/\\d+/clips/A");
        @SuppressWarnings("unchecked")
        java.util.List<String> fetched = (java.util.List<String>) browser.script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; })");
        assertThat(fetched).anyMatch(u -> u.endsWith(urlA)).anyMatch(u -> u.endsWith(urlB));
        String path = urlA.substring(urlA.indexOf("/api/"));
        app.soundpath.learning.control.Stereo served = app.soundpath.learning.control.Wav.decode(api.getBytes(path, "audio/wav").body());
        assertDecodedAsServed("A", served);

        // Keyboard: A plays A through the graph (sound reaches the output), B switches without stopping.
        browser.keys("a");
        browser.waitUntil("return window.soundpathListening.playing === 'A' && window.soundpathListening.sources.length === 2");
        browser.waitUntil("return window.soundpathListening.outputLevel() > 0.001");
        assertThat(browser.text("[data-now-playing]")).isEqualTo("Now playing: A");
        assertThat(browser.attribute("[data-clip='A']", "aria-pressed")).isEqualTo("true");
        browser.keys("b");
        browser.waitUntil("return window.soundpathListening.playing === 'B'");
        assertThat(browser.attribute("[data-clip='B']", "aria-pressed")).isEqualTo("true");
        assertThat(browser.attribute("[data-clip='A']", "aria-pressed")).isEqualTo("false");
        assertThat(browser.script("return window.soundpathListening.sources.length")).as("both still running, in step")
                .isEqualTo(2L);
        browser.waitUntil("return window.soundpathListening.outputLevel() > 0.001");
        browser.scrollTo("[data-item-line]");
        browser.screenshot("listening-item");

        // The answer by keyboard: the right one's number, then Enter; the server's verdict shows.
        long item = Long.parseLong(urlA.replaceAll(".*/items/(\\d+)/clips/A", "$1"));
        String answer = api.getJson("/api/test-data/listening-answer?item=" + item).body().trim();
        browser.keys(answer.equals("A") ? "1" : "2");
        browser.keys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor("[data-feedback].right");
        assertThat(browser.text("[data-feedback]")).startsWith("Right.").contains("dB louder");
        browser.click("[data-stop]");
        browser.waitUntil("return window.soundpathListening.playing === null");
        assertThat(browser.text("[data-now-playing]")).startsWith("Stopped");
        browser.scrollTo("[data-prompt]");
        browser.screenshot("listening-feedback");
        browser.assertAccessible();
        assertThat(browser.text("[data-progress]")).contains("1 of 8 answers so far, 100% right");

        browser.windowSize(390, 844);
        browser.click("[data-next]");
        browser.waitUntil("return window.soundpathListening.item.id !== " + item + " && window.soundpathListening.buffers.B"
                + " && !document.querySelector(\"[data-clip='A']\").disabled");
        assertThat(browser.script("return getComputedStyle(document.querySelector('[data-next]')).display"))
                .as("the next button is gone while an item is open").isEqualTo("none");
        browser.scrollTo("[data-item-line]");
        browser.screenshot("listening-phone");
        browser.windowSize(1280, 900);
        assertThat(browser.consoleProblems()).as("console errors and CSP refusals on the lesson page").isEmpty();
    }

    /**
     * Issue 17: in the lesson editor an admin tries the EQ exercise of the producer track's ear-training lesson at
     * level 2 before changing it: the preview plays the item's clips and shows the answer once checked.
     */
    @Test
    void anInstructorPreviewsAListeningExerciseInTheLessonEditor() {
        assumeTrue(browser.isChromium(), "Chromium is not installed: Web Audio not checked");
        WebSession admin = new Learners(base).admin();
        String courseId = jakarta.json.Json.createReader(new java.io.StringReader(admin.getJson("/api/author/courses").body()))
                .readArray().getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.toString().contains("\"producing-sessions\"")).findFirst().orElseThrow()
                .getJsonNumber("id").toString();
        String id = admin.getJson("/api/author/courses/" + courseId).json().getJsonArray("lessons")
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(l -> l.getString("slug").equals("ear-training-hearing-eq-changes")).findFirst().orElseThrow()
                .getJsonNumber("id").toString();

        browser.consoleProblems();
        signIn("admin@soundpath.test", "admin-demo-2026");
        browser.open("/author/lesson/" + id);
        assertThat(browser.value("lesson:listeningKind")).isEqualTo("EQ");
        assertThat(browser.value("lesson:listeningWindow")).isEqualTo("8");
        browser.choose("listening-preview-level", "2");
        browser.click("[data-start]");
        browser.waitFor("[data-clip='B']:not([disabled])");
        browser.waitUntil("return window.soundpathListening.mode === 'preview' && window.soundpathListening.buffers.B");
        assertThat(browser.text("[data-prompt]")).isEqualTo("In B, one octave band is boosted. Which one?");
        assertThat(browser.texts("[data-choices] label")).hasSize(5);
        // ABX: the EQ item has a hidden X, decoded and played in step with A and B, switched by button and keyboard.
        browser.waitUntil("return !!window.soundpathListening.buffers.X");
        assertThat(browser.script("return document.querySelector(\"[data-clip='X']\").hidden")).isEqualTo(false);
        assertThat(browser.script("return document.querySelector('[data-x-question]').hidden")).isEqualTo(false);
        String urlX = (String) browser.script("return window.soundpathListening.urls.X");
        assertThat(urlX).matches(".*/api/author/listening-previews/EQ/2/\\d+/clips/X");
        app.soundpath.learning.control.Stereo servedX = app.soundpath.learning.control.Wav.decode(
                admin.getBytes(urlX.substring(urlX.indexOf("/api/")), "audio/wav").body());
        assertDecodedAsServed("X", servedX);
        browser.click("[data-clip='B']");
        browser.waitUntil("return window.soundpathListening.playing === 'B' && window.soundpathListening.outputLevel() > 0.001");
        assertThat(browser.script("return window.soundpathListening.sources.length")).as("A, B and X run together")
                .isEqualTo(3L);
        browser.keys("x");
        browser.waitUntil("return window.soundpathListening.playing === 'X' && window.soundpathListening.outputLevel() > 0.001");
        assertThat(browser.text("[data-now-playing]")).isEqualTo("Now playing: X");
        assertThat(browser.attribute("[data-clip='X']", "aria-pressed")).isEqualTo("true");
        assertThat(browser.attribute("[data-clip='B']", "aria-pressed")).isEqualTo("false");
        browser.keys("a");
        browser.waitUntil("return window.soundpathListening.playing === 'A'");
        assertThat(browser.script("return window.soundpathListening.sources.length")).as("switching never restarts")
                .isEqualTo(3L);
        browser.click("[data-clip='X']");
        browser.waitUntil("return window.soundpathListening.playing === 'X'");
        browser.keys("1");
        browser.keys(org.openqa.selenium.Keys.ENTER);
        assertThat(browser.text("[data-choice-error]")).isEqualTo("Say whether X is A or B first.");
        browser.keysWith(org.openqa.selenium.Keys.SHIFT, "b");
        assertThat(browser.script("return document.getElementById('listening-x-B').checked")).isEqualTo(true);
        browser.keys(org.openqa.selenium.Keys.ENTER);
        browser.waitFor("[data-feedback]:not([hidden])");
        assertThat(browser.text("[data-feedback]")).containsPattern("^(Right\\.|Not quite\\. It was: )")
                .containsPattern("X was [AB]\\. B had the");
        browser.scrollTo("[data-item-line]");
        browser.screenshot("listening-editor-preview");
        browser.windowSize(390, 844);
        assertNoSidewaysScroll("the lesson editor of a listening lesson");
        browser.scrollTo("[data-item-line]");
        browser.screenshot("listening-editor-preview-phone");
        browser.windowSize(1280, 900);
        browser.assertAccessible();
        assertThat(browser.consoleProblems()).as("console errors and CSP refusals in the editor").isEmpty();
    }

    /**
     * An instructor who co-teaches the foundation course follows "Learners" beside it on /author/ to its funnel and
     * lesson table, on to its learners (filtered, keyboard only for the filter form) and one learner's progress; the
     * same on a 390 px phone.
     */
    @Test
    void anInstructorSeesHowTheLearnersOfTheirCourseAreDoing() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        String prefix = "Cohort " + tag;
        new WebSession(base).send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base.toExternalForm().replaceAll("/$", "") + "/api/test-data/learners?count=12&progress=true&prefix="
                        + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()), "text/plain");
        String email = "teacher-" + tag + "@example.com";
        WebSession signUp = new WebSession(base);
        signUp.get("/account/sign-up");
        signUp.submit("signup", java.util.Map.of("name", "Tess Teacher", "email", email, "password", Learners.PASSWORD), "submit");
        new WebSession(base).send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base.toExternalForm().replaceAll("/$", "")
                + "/api/test-data/teach?course=audio-foundations&email=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()), "text/plain");

        signIn(email, Learners.PASSWORD);
        browser.open("/author/");
        browser.click("a[aria-label='Learners: Audio foundations: signal flow, gain and the DAW']");
        assertThat(browser.path()).isEqualTo("/author/reports/course/audio-foundations");
        assertThat(browser.heading()).startsWith("Audio foundations");
        assertThat(browser.text("main")).contains("Enrolled", "Reached lesson: 1.", "Average best check score", "Download");
        browser.assertAccessible();
        browser.screenshot("teach-course");

        browser.follow("The learners of this course");
        assertThat(browser.path()).startsWith("/author/reports/learners");
        browser.type("q", prefix.toLowerCase());
        browser.choose("status", "Completed a course");
        browser.pressButton("Show");
        assertThat(browser.texts("table.figures tbody th")).containsExactly(prefix + " 005", prefix + " 011");
        browser.assertAccessible();
        browser.screenshot("teach-learners");

        browser.follow(prefix + " 005");
        assertThat(browser.heading()).isEqualTo(prefix + " 005");
        assertThat(browser.text("main")).contains("Courses and lessons", "Audio foundations", "Only their progress in the courses you teach");
        browser.assertAccessible();
        browser.screenshot("teach-learner");

        browser.windowSize(390, 844);
        browser.open("/author/reports/course/audio-foundations");
        browser.screenshot("teach-course-phone");
        browser.open("/author/reports/learners?course=audio-foundations&q=" + java.net.URLEncoder.encode(prefix.toLowerCase(),
                java.nio.charset.StandardCharsets.UTF_8));
        assertThat(browser.texts("table.figures tbody th")).hasSize(12);
        browser.assertAccessible();
        browser.screenshot("teach-learners-phone");
        browser.windowSize(1280, 900);
    }

    @Test
    void newcomerGoesFromHomeThroughATrackCourseAndLessonsToTheComparison() {
        browser.open("/");
        assertThat(browser.heading()).contains("Music producer or sound engineer?");
        assertThat(browser.texts(".track-card h3")).containsExactly("Music producer", "Sound engineer");
        browser.assertAccessible();
        browser.screenshot("home");

        browser.follow("Music producer");
        assertThat(browser.path()).isEqualTo("/tracks/producer");
        assertThat(browser.heading()).isEqualTo("Music producer");
        assertThat(browser.text("main")).contains("What the job is", "Skills you will build", "Courses in this track",
                "Pay, as reported by our source", "$50,500");
        browser.assertAccessible();
        browser.screenshot("track-producer");

        browser.follow("Pre-production: shaping songs before recording");
        assertThat(browser.path()).isEqualTo("/courses/pre-production");
        assertThat(browser.texts(".outline-item h3")).hasSize(5).first().asString().contains("pre-production");
        browser.assertAccessible();
        browser.screenshot("course-pre-production");

        browser.follow("Start the first lesson");
        assertThat(browser.path()).isEqualTo("/lessons/what-pre-production-is-for");
        assertThat(browser.text(".breadcrumb")).contains("Music producer", "Pre-production", "Lesson 1 of 5");
        assertThat(browser.text(".prose")).contains("Try it");
        browser.assertAccessible();
        browser.screenshot("lesson-first");

        browser.followContaining("Refining a song with the artist");
        assertThat(browser.path()).isEqualTo("/lessons/refining-lyrics-melody-and-chords");
        assertThat(browser.text(".breadcrumb")).contains("Lesson 2 of 5");
        assertThat(browser.text(".pager")).containsIgnoringCase("Previous lesson").containsIgnoringCase("Next lesson");
        browser.assertAccessible();

        browser.follow("Compare the careers");
        assertThat(browser.path()).isEqualTo("/compare");
        assertThat(browser.heading()).contains("side by side");
        assertThat(browser.text("main")).contains("What each one does", "How to choose", "$50,150");
        browser.assertAccessible();
        browser.screenshot("compare");
    }

    @Test
    void aNewLearnerSignsUpSignsInAndSignsOut() {
        String email = "journey-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.open("/");
        browser.follow("Create an account");
        assertThat(browser.heading()).isEqualTo("Create your Soundpath account");
        browser.assertAccessible();

        browser.type("signup:name", "Jo Journey");
        browser.type("signup:email", email);
        browser.type("signup:password", "short");
        browser.press("signup:submit");
        assertThat(browser.text("[id='signup:password-error']")).contains("at least 12 characters");
        assertThat(browser.value("signup:name")).as("what was typed is kept").isEqualTo("Jo Journey");
        browser.assertAccessible();
        browser.screenshot("sign-up-error");

        browser.type("signup:password", "a calm river of sound");
        browser.press("signup:submit");
        assertThat(browser.path()).isEqualTo("/account/sign-in");
        assertThat(browser.text(".flash")).contains("your account is ready");

        browser.type("signin:email", email);
        browser.type("signin:password", "a calm river of sound");
        browser.press("signin:submit");
        assertThat(browser.path()).isEqualTo("/learn/");
        assertThat(browser.heading()).isEqualTo("Welcome, Jo Journey");
        browser.assertAccessible();
        browser.screenshot("learn-dashboard");

        browser.press("signout:submit");
        assertThat(browser.heading()).isEqualTo("You are signed out");
        browser.open("/learn/");
        assertThat(browser.path()).startsWith("/account/sign-in");
    }

    @Test
    void anAdminGivesALearnerTheInstructorRole() {
        browser.open("/account/sign-in");
        assertThat(browser.text(".demo")).contains("admin@soundpath.test");
        browser.type("signin:email", "admin@soundpath.test");
        browser.type("signin:password", "admin-demo-2026");
        browser.press("signin:submit");

        browser.follow("Admin");
        browser.follow("People");
        browser.type("q", "lee");
        browser.pressButton("Search");
        assertThat(browser.text("table")).contains("learner@soundpath.test");
        browser.assertAccessible();
        browser.screenshot("admin-people");

        browser.follow("Lee Learner");
        browser.pressButton("Make instructor");
        assertThat(browser.text(".flash")).contains("Role added: instructor");
        assertThat(browser.text(".role-list")).contains("Instructor Has this role");
        browser.assertAccessible();
        browser.screenshot("admin-person");

        browser.pressButton("Remove instructor");
        assertThat(browser.text(".flash")).contains("Role removed: instructor");
    }

    @Test
    void aLearnerEnrollsInATrackFailsAndPassesChecksTestsOutAndMeetsALockedCourse() {
        String email = "study-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        signUpAndIn("Sam Study", email);

        browser.open("/tracks/engineer");
        browser.press("track-enrollment:enroll");
        assertThat(browser.path()).isEqualTo("/learn/");
        assertThat(browser.text(".flash")).contains("5 new courses");
        assertThat(browser.texts(".course-progress h3")).hasSize(5);
        assertThat(browser.text("main")).contains("Continue where you left off");

        browser.open("/lessons/what-sound-is-frequency-amplitude-decibels");
        java.util.Map<String, java.util.List<String>> key = answerKey("what-sound-is-frequency-amplitude-decibels");
        key.forEach((question, right) -> browser.tick("q" + question + "-" + wrongOption(question)));
        browser.press("checkform:submit");
        assertThat(browser.text(".flash")).contains("Read the explanations below");
        assertThat(browser.text(".check")).contains("Not quite.", "The right answer:");
        browser.assertAccessible();
        browser.screenshot("check-failed");

        browser.open("/lessons/what-sound-is-frequency-amplitude-decibels");
        key.forEach((question, right) -> right.forEach(option -> browser.tick("q" + question + "-" + option)));
        browser.press("checkform:submit");
        assertThat(browser.text(".flash")).contains("lesson complete");
        browser.screenshot("check-passed");

        browser.follow("My learning");
        assertThat(browser.text(".course-progress")).contains("1 of 5 lessons done (20%)");
        browser.assertAccessible();
        browser.screenshot("dashboard");

        browser.open("/learn/challenge/audio-foundations");
        java.util.Map<String, java.util.List<String>> all = new java.util.LinkedHashMap<>();
        for (String lesson : java.util.List.of("what-sound-is-frequency-amplitude-decibels", "signal-flow-from-source-to-speaker",
                "gain-staging-and-headroom", "daw-basics-tracks-buses-sends-inserts", "monitoring-and-critical-listening")) {
            all.putAll(answerKey(lesson));
        }
        all.forEach((question, right) -> right.forEach(option -> browser.tickIfPresent("q" + question + "-" + option)));
        browser.assertAccessible();
        browser.press("challenge:submit");
        assertThat(browser.path()).isEqualTo("/courses/audio-foundations");
        assertThat(browser.text("main")).contains("remaining lessons are waived", "You have completed this course");

        browser.open("/courses/troubleshooting-and-careers");
        assertThat(browser.text(".locked")).contains("Locked for now", "5 lessons left in Live sound reinforcement", "Running a soundcheck");
        browser.assertAccessible();
        browser.screenshot("locked-course");
    }

    @Test
    void aVisitorTakesTheAssessmentFromTheHomePageSignsUpAndEnrolsInTheSuggestedTrack() {
        browser.open("/");
        browser.follow("Not sure which career fits you? Answer a few questions and get a suggestion, with reasons");
        assertThat(browser.path()).isEqualTo("/assessment/");
        assertThat(browser.text(".step-line")).contains("Questions", "Your result");
        browser.assertAccessible();
        browser.screenshot("assessment-form");

        browser.press("assessment:submit");
        assertThat(browser.text(".flash")).contains("questions still need an answer");
        for (String line : new app.soundpath.testing.Http(base).api("/api/test-data/assessment-key").body().split("\n")) {
            String[] parts = line.split("\\|");
            String id = parts[0];
            switch (parts[1]) {
                case "A", "B" -> browser.tick("i" + id + "-" + (parts[2].equals("ENGINEER") ? "5" : "2"));
                case "C" -> browser.tick("i" + id + "-" + java.util.Arrays.stream(parts).skip(3)
                        .filter(o -> o.split("/")[1].equals("ENGINEER")).findFirst().orElseThrow().split("/")[0]);
                case "D" -> browser.tick("i" + id + "-" + java.util.Arrays.stream(parts).skip(3)
                        .filter(o -> o.split("/")[2].equalsIgnoreCase("true")).findFirst().orElseThrow().split("/")[0]);
                default -> { }
            }
        }
        browser.press("assessment:submit");
        assertThat(browser.path()).startsWith("/assessment/result/");
        String result = browser.path();
        assertThat(browser.text(".verdict")).contains("Sound engineering fits you better");
        assertThat(browser.text("main")).contains("Why we suggest it", "A working week: Sound engineer", "Where to start");
        browser.assertAccessible();
        browser.screenshot("assessment-result-visitor");

        String email = "fit-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.follow("Create a free account");
        signUpAndIn("Robin Fit", email);
        browser.open(result);
        assertThat(browser.text("main")).as("the visitor's result is now theirs").contains("Choose music production instead");
        browser.screenshot("assessment-result-learner");
        browser.press("decide:follow");
        assertThat(browser.path()).isEqualTo("/learn/");
        assertThat(browser.text(".flash")).contains("You are enrolled in the sound engineer track");
        assertThat(browser.texts(".course-progress h3")).hasSize(5).contains("Live sound reinforcement");
        assertThat(browser.text("main")).contains("Your latest suggestion:", "You chose the sound engineer track.");
        browser.assertAccessible();
        browser.screenshot("dashboard-after-assessment");
    }

    @Test
    void anAdminOpensEachReportFiltersPagesAndDownloadsACsv() throws Exception {
        String prefix = "Journey " + java.util.UUID.randomUUID().toString().substring(0, 6);
        new app.soundpath.testing.WebSession(base).send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                base.toExternalForm().replaceAll("/$", "") + "/api/test-data/learners?count=60&progress=true&prefix="
                        + java.net.URLEncoder.encode(prefix, java.nio.charset.StandardCharsets.UTF_8)))
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()), "text/plain");
        signIn("admin@soundpath.test", "admin-demo-2026");

        browser.open("/admin/");
        browser.follow("Progress reports");
        assertThat(browser.heading()).isEqualTo("Progress reports");
        assertThat(browser.text(".stats")).contains("Learners", "Active in the last 7 days", "Assessments taken");
        browser.assertAccessible();
        browser.screenshot("reports-overview");

        browser.follow("Track funnel: Music producer");
        browser.choose("questionnaire", "Version 1");
        browser.pressButton("Show");
        assertThat(browser.path()).startsWith("/admin/reports/track/producer");
        assertThat(browser.text("table.figures")).contains("Took the assessment", "Suggested this track", "Half done");
        browser.assertAccessible();
        browser.screenshot("reports-track-funnel");

        browser.open("/admin/reports/");
        browser.follow("Audio foundations: signal flow, gain and the DAW");
        assertThat(browser.text("main")).contains("Reached lesson: 3. Gain staging and headroom", "Average best check score");
        browser.assertAccessible();
        browser.screenshot("reports-course");

        browser.open("/admin/reports/assessments");
        assertThat(browser.text("main")).contains("Results by questionnaire and scoring version", "What learners chose");
        browser.assertAccessible();
        browser.screenshot("reports-assessments");

        browser.open("/admin/reports/learners");
        browser.type("q", prefix.toLowerCase());
        browser.choose("course", "Audio foundations: signal flow, gain and the DAW");
        browser.pressButton("Show");
        assertThat(browser.texts("table.figures tbody tr")).hasSize(50);
        browser.assertAccessible();
        browser.screenshot("reports-learners");
        browser.follow("Next 50 learners");
        assertThat(browser.texts("table.figures tbody tr")).hasSize(10);
        browser.follow(prefix + " 055");
        assertThat(browser.heading()).isEqualTo(prefix + " 055");
        assertThat(browser.text("main")).contains("Courses and lessons", "Learning record");
        browser.assertAccessible();
        browser.screenshot("reports-learner");

        browser.open("/admin/reports/learners?q=" + java.net.URLEncoder.encode(prefix.toLowerCase(), java.nio.charset.StandardCharsets.UTF_8));
        String href = browser.attribute("a[href*='learners.csv']", "href");
        java.net.http.HttpResponse<String> csv = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(java.net.URI.create(href)).header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("\uFEFFid,name,email").contains(prefix + " 060");
        assertThat(csv.body().lines()).hasSize(61);
    }

    @Test
    void anInstructorWritesPreviewsAndPublishesACourseAndALearnerCompletesIt() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        signIn("instructor@soundpath.test", "instructor-demo-2026");

        browser.follow("Authoring");
        browser.assertAccessible();
        browser.follow("New course");
        browser.type("course:title", "Ear training " + tag);
        browser.type("course:summary", "Hear frequencies, levels and compression before you reach for a plugin.");
        browser.tick("course:tracks:0");
        browser.press("course:save");
        assertThat(browser.text(".flash")).contains("Course created as a draft");
        assertThat(browser.text(".meta")).contains("Draft");
        browser.assertAccessible();

        browser.follow("Add a lesson");
        browser.type("lesson:title", "Hearing frequencies " + tag);
        browser.type("lesson:minutes", "15");
        browser.type("lesson:body", "## Low, mid, high\n\nSweep a **narrow boost** across a loop and name what you hear.\n\n<script>alert(1)</script>");
        browser.press("lesson:preview");
        assertThat(browser.text("#preview")).contains("Low, mid, high", "narrow boost", "<script>alert(1)</script>");
        assertThat(browser.texts("#preview strong")).containsExactly("narrow boost");
        browser.assertAccessible();
        browser.screenshot("author-lesson-preview");
        browser.windowSize(390, 844);
        assertNoSidewaysScroll("the lesson editor with its preview");
        browser.screenshot("author-lesson-preview-phone");
        browser.windowSize(1280, 900);
        browser.press("lesson:save");
        assertThat(browser.text(".flash")).contains("Lesson created as a draft");

        browser.followContaining("Check questions");
        browser.type("check:q:0:prompt", "Where does a muddy mix usually live?");
        browser.type("check:q:0:o:0:label", "Around 200 to 500 Hz");
        browser.tick("check:q:0:o:0:correct");
        browser.type("check:q:0:o:1:label", "Above 15 kHz");
        browser.type("check:q:0:explanation", "Low mids build up when many instruments overlap there.");
        browser.press("check:save");
        assertThat(browser.text(".flash")).contains("Saved");
        browser.assertAccessible();
        browser.screenshot("author-check");

        browser.follow("Ear training " + tag);
        browser.follow("Add a lesson");
        browser.type("lesson:title", "Hearing compression " + tag);
        browser.type("lesson:body", "Listen for the *pumping* on a drum loop.");
        browser.press("lesson:save");
        browser.follow("Ear training " + tag);
        assertThat(browser.texts("#lesson-list .order-title a")).containsExactly("Hearing frequencies " + tag, "Hearing compression " + tag);
        browser.press("status:publish");
        assertThat(browser.text(".flash")).contains("Course published, with 2 lessons published along with it.");
        browser.assertAccessible();
        browser.screenshot("author-course");
        browser.press("signout:submit");

        signUpAndIn("Ada Ears", "ears-" + tag + "@example.com");
        browser.open("/courses/ear-training-" + tag);
        assertThat(browser.texts(".outline-item h3")).hasSize(2);
        browser.press("enrollment:enroll");
        browser.open("/lessons/hearing-frequencies-" + tag);
        assertThat(browser.text(".prose")).contains("Sweep a narrow boost");
        answerKey("hearing-frequencies-" + tag).forEach((question, right) -> right.forEach(option -> browser.tick("q" + question + "-" + option)));
        browser.press("checkform:submit");
        assertThat(browser.text(".flash")).contains("lesson complete");
        browser.open("/lessons/hearing-compression-" + tag);
        browser.press("done:markDone");
        browser.open("/courses/ear-training-" + tag);
        assertThat(browser.text("main")).contains("You have completed this course");
        browser.assertAccessible();
        browser.screenshot("learner-completed-authored-course");
    }

    @Test
    void aLearnerWhoForgotTheirPasswordChoosesANewOneFromTheEmailAndIsSignedOutElsewhere() throws Exception {
        try (Mailbox mailbox = new Mailbox(base)) {
            String email = "forgot-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
            signUpAndIn("Fay Forgetful", email);
            assertThat(browser.text(".banner")).contains("Please confirm your email address");
            browser.screenshot("confirm-banner");
            // The same person is signed in on another device too.
            WebSession phone = new Learners(base).signedIn(new WebSession(base), email, "a calm river of sound");
            browser.press("signout:submit");

            browser.open("/account/sign-in");
            browser.followContaining("Get a link");
            assertThat(browser.heading()).isEqualTo("Choose a new password by email");
            browser.assertAccessible();
            browser.screenshot("forgot-password");
            browser.type("forgot:email", email);
            browser.press("forgot:submit");
            assertThat(browser.text(".flash")).contains("If an account uses that address");

            String link = Mailbox.link(Mailbox.text(mailbox.await(email, "Choose a new Soundpath password")), "/account/reset/");
            browser.open(mailbox.path(link));
            assertThat(browser.heading()).isEqualTo("Choose a new password");
            browser.assertAccessible();
            browser.screenshot("reset-from-email");
            browser.type("reset:password", "a new tune for the morning");
            browser.press("reset:submit");
            assertThat(browser.path()).isEqualTo("/account/sign-in");
            assertThat(browser.text(".flash")).contains("Your new password is saved");

            assertThat(phone.get("/learn/").status()).as("the other device is signed out").isEqualTo(302);
            browser.type("signin:email", email);
            browser.type("signin:password", "a new tune for the morning");
            browser.press("signin:submit");
            assertThat(browser.path()).isEqualTo("/learn/");
        }
    }

    @Test
    void anAdminReadsTheOutbox() throws Exception {
        signIn("admin@soundpath.test", "admin-demo-2026");
        browser.open("/admin/");
        browser.follow("Outbox");
        assertThat(browser.heading()).contains("Outbox");
        browser.assertAccessible();
        browser.screenshot("admin-outbox");
    }

    private void signUpAndIn(String name, String email) {
        browser.open("/account/sign-up");
        browser.type("signup:name", name);
        browser.type("signup:email", email);
        browser.type("signup:password", "a calm river of sound");
        browser.press("signup:submit");
        browser.type("signin:email", email);
        browser.type("signin:password", "a calm river of sound");
        browser.press("signin:submit");
    }

    /** The right option ids per question id of a lesson's check, from the test-only data door. */
    private java.util.Map<String, java.util.List<String>> answerKey(String lesson) {
        String body = new app.soundpath.testing.Http(base).api("/api/test-data/answer-key?lesson=" + lesson).body();
        java.util.Map<String, java.util.List<String>> key = new java.util.LinkedHashMap<>();
        for (String pair : body.split(";")) {
            String[] qa = pair.split(":");
            key.put(qa[0], java.util.List.of(qa[1].split(",")));
        }
        return key;
    }

    /** An option id of the question that is not right (ids are the database's: read, never worked out). */
    private String wrongOption(String question) {
        String lesson = "what-sound-is-frequency-amplitude-decibels";
        java.util.List<String> right = answerKey(lesson).get(question);
        String all = new app.soundpath.testing.Http(base).api("/api/test-data/option-ids?lesson=" + lesson).body();
        for (String pair : all.split(";")) {
            String[] qa = pair.split(":");
            if (!qa[0].equals(question)) {
                continue;
            }
            for (String candidate : qa[1].split(",")) {
                if (!right.contains(candidate) && browser.exists("q" + question + "-" + candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalStateException("no wrong option for " + question);
    }

    @Test
    void aMistypedAddressShowsTheFriendlyNotFoundPageWithWaysOn() {
        browser.open("/lessons/no-such-lesson");

        assertThat(browser.heading()).isEqualTo("We could not find that page");
        assertThat(browser.title()).startsWith("Page not found");
        browser.assertAccessible();

        browser.follow("All courses");
        assertThat(browser.path()).isEqualTo("/courses");
        assertThat(browser.texts(".track-section h2")).containsExactly("Music producer", "Sound engineer");
        browser.assertAccessible();
    }

    /** Runs last: everything this class's requests put into sessions can be replicated to another cluster node. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void everythingKeptInASessionCanMoveToAnotherNode() {
        app.soundpath.testing.SessionContents.assertAllSerialisable(base);
    }

    /**
     * In a phone's window (390 px) the page is no wider than the window: nothing, such as a fieldset as wide as its
     * widest select, makes it scroll sideways. Chromium only: HtmlUnit lays nothing out.
     */
    private void assertNoSidewaysScroll(String page) {
        if (browser.isChromium()) {
            long window = ((Number) browser.script("return window.innerWidth")).longValue();
            long document = ((Number) browser.script("return document.documentElement.scrollWidth")).longValue();
            assertThat(window).as("a phone's window").isLessThanOrEqualTo(400);
            assertThat(document).as("%s: its width in a window %d px wide", page, window).isLessThanOrEqualTo(window);
        }
    }

    /** Signs in through the sign-in page, in the browser. */
    private void signIn(String email, String password) {
        browser.open("/account/sign-in");
        browser.type("signin:email", email);
        browser.type("signin:password", password);
        browser.press("signin:submit");
    }

    /**
     * The page's decoded buffer of the clip is the file the server served: two channels, two seconds, and the same
     * level (RMS) on each channel.
     */
    private void assertDecodedAsServed(String clip, app.soundpath.learning.control.Stereo served) {
        @SuppressWarnings("unchecked")
        java.util.List<Number> decoded = (java.util.List<Number>) browser.script(
                "var b = window.soundpathListening.buffers[arguments[0]], l = b.getChannelData(0), r = b.getChannelData(1), s = 0, t = 0;"
                + " for (var i = 0; i < l.length; i++) { s += l[i] * l[i]; t += r[i] * r[i]; }"
                + " return [b.numberOfChannels, b.duration, Math.sqrt(s / l.length), Math.sqrt(t / r.length)];", clip);
        assertThat(decoded.get(0).intValue()).as(clip).isEqualTo(2);
        assertThat(decoded.get(1).doubleValue()).as(clip).isCloseTo(2.0, org.assertj.core.api.Assertions.within(0.01));
        assertThat(decoded.get(2).doubleValue()).as(clip).isCloseTo(app.soundpath.learning.control.Dsp.rms(served.left()),
                org.assertj.core.api.Assertions.within(0.002));
        assertThat(decoded.get(3).doubleValue()).as(clip).isCloseTo(app.soundpath.learning.control.Dsp.rms(served.right()),
                org.assertj.core.api.Assertions.within(0.002));
    }
}
