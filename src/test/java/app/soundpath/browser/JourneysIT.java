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
        return Deployments.soundpath();
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
