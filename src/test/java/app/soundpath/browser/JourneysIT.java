package app.soundpath.browser;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Browser;
import app.soundpath.testing.Deployments;
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
    void anInstructorWritesPreviewsAndPublishesACourseAndALearnerCompletesIt() {
        String tag = java.util.UUID.randomUUID().toString().substring(0, 6);
        browser.open("/account/sign-in");
        browser.type("signin:email", "instructor@soundpath.test");
        browser.type("signin:password", "instructor-demo-2026");
        browser.press("signin:submit");

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

    /** An option id of the question that is not right: option ids are question id × 10 + 1..4. */
    private String wrongOption(String question) {
        java.util.List<String> right = answerKey("what-sound-is-frequency-amplitude-decibels").get(question);
        for (int i = 1; i <= 4; i++) {
            String candidate = question + i;
            if (!right.contains(candidate) && browser.exists("q" + question + "-" + candidate)) {
                return candidate;
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
}
