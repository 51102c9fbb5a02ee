package app.soundpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.Http;
import app.soundpath.testing.Http.Answer;
import app.soundpath.testing.Learners;
import app.soundpath.testing.OpenApiCheck;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The walking skeleton as a visitor and an API client meet it: the real WAR on Payara Micro with a real
 * database, migrated by Flyway and filled at start-up with the course content of src/main/content/.
 */
@ExtendWith(ArquillianExtension.class)
class CatalogIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithFailures();
    }

    @ArquillianResource
    URL base;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(base);
    }

    // ---- Start-up, health, API description --------------------------------------------------------------

    @Test
    void healthReportsTheDatabaseUpAtTheNewestMigration() throws IOException {
        Answer health = http.serverRoot("/health");

        assertThat(health.status()).isEqualTo(200);
        JsonObject database = health.json().getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertThat(database.getString("status")).isEqualTo("UP");
        assertThat(database.getJsonObject("data").getString("schemaVersion")).isEqualTo(newestMigrationInSqlFolder());
    }

    /**
     * Issue 14: an anonymous visitor reading the catalogue has no form to post, so they get no HTTP session (no
     * cookie, nothing kept on the server), and neither does the sign-in page: its form is stateless.
     */
    @Test
    void anonymousCataloguePagesStartNoSession() throws Exception {
        java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient();
        String root = base.toExternalForm().replaceAll("/$", "");
        for (String page : List.of("/", "/tracks/producer", "/tracks/engineer", "/courses", "/courses/audio-foundations",
                "/lessons/gain-staging-and-headroom", "/compare")) {
            java.net.http.HttpResponse<String> answer = client.send(java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create(root + page)).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(page).isEqualTo(200);
            assertThat(answer.headers().allValues("Set-Cookie")).as(page + " sets no cookie").isEmpty();
            assertThat(answer.body()).as(page).doesNotContain("jakarta.faces.ViewState");
        }
        // The sign-in form keeps nothing between requests either (its view is stateless): a session starts at sign-in.
        java.net.http.HttpResponse<String> signIn = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(root + "/account/sign-in")).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.headers().allValues("Set-Cookie")).as("the sign-in page sets no cookie").isEmpty();
        assertThat(signIn.body()).contains("name=\"jakarta.faces.ViewState\"", "value=\"stateless\"");
    }

    @Test
    void pingAnswersOk() {
        Answer ping = http.api("/api/ping");

        assertThat(ping.status()).isEqualTo(200);
        assertThat(ping.json().getString("status")).isEqualTo("ok");
    }

    /**
     * A real OpenAPI parser reads /openapi without a complaint; every JAX-RS resource method of the WAR is in it, with a
     * unique operation id, its real success status, an example of every body that fits its schema, each schema the
     * exact shape of the Java record it is written from, and the problem+json errors (400, 401, 403, 404, 409 with the
     * current version) where they can happen.
     */
    @Test
    void openApiIsAValidDocumentThatDescribesEveryResourceMethodExactly() {
        Answer openapi = http.serverRoot("/openapi");
        assertThat(openapi.status()).isEqualTo(200);

        OpenApiCheck check = new OpenApiCheck(openapi.body());

        assertThat(OpenApiCheck.resourceMethods()).hasSizeGreaterThan(60);
        assertThat(check.problems()).isEmpty();
        var submission = check.api().getComponents().getSchemas().get("AssessmentSubmission");
        assertThat(((io.swagger.v3.oas.models.media.Schema<?>) submission.getProperties().get("answers")).getDescription()).contains("Item id", "\"1\" to \"5\"", "option");
        assertThat(check.api().getPaths().get("/api/assessment/attempts").getPost().getRequestBody().getContent()
                .get("application/json").getExample()).isNotNull();
    }

    /** web.xml's role check answers an API call as problem+json too, not with the people's HTML page. */
    @Test
    void aLearnerRefusedByTheApiGetsAProblemNotAPage() {
        WebSession learner = new Learners(base).signedUp("api-403", "Api Refused");

        for (String path : List.of("/api/admin/reports/overview", "/api/author/courses")) {
            WebSession.Page page = learner.getJson(path);
            assertThat(page.status()).as(path).isEqualTo(403);
            assertThat(page.header("Content-Type")).as(path).startsWith("application/problem+json");
            assertThat(page.body()).contains("\"status\":403", "right role").doesNotContain("<html");
        }
        WebSession.Page unknown = learner.getJson("/api/no-such-thing");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    /** /api-docs is served by the app itself: Swagger UI's files from its WebJar, the starter from our own script. */
    @Test
    void apiDocsPageServesSwaggerUiFromTheAppWithoutInlineScript() {
        Answer page = http.page("/api-docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"swagger-ui\"", "data-openapi=\"/openapi\"", "swagger-ui-bundle.js", "api-docs.js")
                .doesNotContainPattern("<script(?![^>]*\\ssrc=)[^>]*>")
                .doesNotContain("unpkg.com", "cdn.", "https://");
        Matcher scripts = Pattern.compile("(?:src|href)=\"([^\"]*(?:swagger-ui[^\"]*|api-docs[^\"]*))\"").matcher(page.body());
        int files = 0;
        while (scripts.find()) {
            String path = scripts.group(1).replace("&amp;", "&").replaceFirst("^" + Pattern.quote(base.getPath().replaceAll("/$", "")), "");
            assertThat(http.get(path, "*/*").status()).as(path).isEqualTo(200);
            files++;
        }
        assertThat(files).isGreaterThanOrEqualTo(3);
    }

    @Test
    void openApiDescribesTheCatalogEndpoints() {
        Answer openapi = http.serverRoot("/openapi");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/tracks", "/api/tracks/{slug}", "/api/courses/{slug}",
                "/api/lessons/{slug}", "/api/ping", "/api/me", "/api/learners/me/progress", "/api/learners/me/statements",
                "/api/enrollments", "/api/lessons/{slug}/check-attempts", "/api/lessons/{slug}/completion");
    }

    // ---- The seed content is complete -------------------------------------------------------------------

    /**
     * A fresh database (every test deployment starts with one) is filled from src/main/content/ at start-up, through the
     * course import, into what the seed migrations used to insert (9 courses, 45 lessons, 180 questions) and the three
     * optional ear-training lessons of issue 17 (48 lessons, 192 questions): published, without owners, audit entries
     * or edit times, in their tracks' order, with reporting's rows.
     */
    @Test
    void aFreshDatabaseIsFilledOnceFromTheMarkdownContentAsTheSeedAlwaysWas() {
        Answer figures = http.get("/api/test-data/content-figures", "text/plain");

        assertThat(figures.status()).as(figures.body()).isEqualTo(200);
        assertThat(figures.body().lines()).contains("courses=9", "lessons=48", "questions=192", "options=680",
                "lessonSkills=107", "notPublished=0", "optionalOrDraft=3", "edited=0", "owners=0", "auditEntries=0",
                "lessonFigures=" + 48 * 8, "prerequisites=10", "foundations=audio-foundations",
                "producer=audio-foundations,pre-production,songwriting-and-arrangement,producing-sessions,guiding-artists",
                "engineer=audio-foundations,equipment-setup,live-sound,recording-and-post,troubleshooting-and-careers",
                "trackPositions=1,2,3,4,5,1,2,3,4,5", "seed=MARKDOWN");

        JsonObject lesson = http.api("/api/lessons/signal-flow-from-source-to-speaker").json();
        assertThat(lesson.getString("title")).isEqualTo("Signal flow: from source to speaker");
        assertThat(lesson.toString()).contains("Follow audio through microphone, preamp, converter, DAW, amplifier and"
                + " speaker, and use that route to find faults fast.", "A typical recording chain");
        assertThat(lesson.getInt("position")).isEqualTo(2);
        assertThat(lesson.getJsonObject("course").getString("slug")).isEqualTo("audio-foundations");
        JsonObject course = http.api("/api/courses/producing-sessions").json();
        assertThat(course.getString("title")).isEqualTo("Overseeing recording and mixing");
        assertThat(course.getBoolean("foundation")).isFalse();
        assertThat(course.getJsonArray("lessons").getValuesAs(JsonObject.class)).extracting(l -> l.getString("slug"))
                .containsExactly("mic-placement-and-signal-flow-for-producers", "capturing-performances-effectively",
                        "coaching-the-best-performance", "daw-effects-and-plugins-for-producers",
                        "overseeing-the-mix-and-mastering-handover", "ear-training-hearing-eq-changes");
    }

    /** Two nodes starting at once on a database without its content: the content_seed row lets one of them in. */
    @Test
    void nodesStartingTogetherImportTheContentOnceBetweenThem() {
        String root = base.toExternalForm().replaceAll("/$", "");
        Page race = new WebSession(base).send(HttpRequest.newBuilder(URI.create(root + "/api/test-data/content-seed-race"))
                .POST(HttpRequest.BodyPublishers.noBody()), "text/plain");

        assertThat(race.status()).as(race.body()).isEqualTo(200);
        assertThat(race.body().trim()).as("one takes the row, the other finds it or fails on its key")
                .isIn("ALREADY_SEEDED,COURSES_FOUND", "COURSES_FOUND,refused");
        assertThat(http.get("/api/test-data/content-figures", "text/plain").body().lines())
                .contains("courses=9", "lessons=48", "questions=192", "seed=MARKDOWN");
    }

    /**
     * Issue 17: a lesson added to src/main/content/ after a database imported it reaches that database at the next start:
     * once (two nodes starting together add it once between them), published, at the end of its course, with its check
     * and exercise; a second start adds nothing; once deleted it stays deleted, also when the only trace is the audit log
     * of a deletion made before the database recorded its seed lessons. Shown here with the engineer's ear-training
     * lesson: deleted, and the database made to forget it ever had it.
     */
    @Test
    void aSeedLessonShippedLaterIsAddedOnceAndOneAnInstructorDeletedStaysDeleted() {
        String slug = "ear-training-spotting-faults";
        String course = "recording-and-post";
        WebSession admin = new Learners(base).admin();
        assertThat(seedLessons(1)).as("a database seeded with every lesson gets nothing").isEmpty();
        assertThat(testData("seed-lessons/record?slug=" + slug)).isEqualTo("IMPORTED");
        List<String> before = contentFigures();
        assertThat(before).contains("lessons=48");

        // A database that imported the content before this lesson was written.
        delete(admin, course, slug);
        assertThat(http.api("/api/lessons/" + slug).status()).isEqualTo(404);
        assertThat(forget(slug, true)).isEqualTo("IMPORTED");
        assertThat(http.get("/api/test-data/content-figures", "text/plain").body()).contains("lessons=47");

        // Two nodes start at the same moment: one adds it, the other finds it recorded or fails on its key.
        List<String> race = List.of(seedLessons(2).split(",", -1));
        assertThat(race).as("added once between them").filteredOn(slug::equals).hasSize(1);
        assertThat(race).allMatch(r -> r.equals(slug) || r.isEmpty() || r.equals("refused"));
        assertThat(testData("seed-lessons/record?slug=" + slug)).isEqualTo("ADDED");
        assertThat(contentFigures()).as("the lesson, its check, options, skills and figures as imported, published, by no one")
                .isEqualTo(before);
        JsonObject lesson = http.api("/api/lessons/" + slug).json();
        assertThat(lesson.getString("title")).isEqualTo("Ear training: spotting faults before the client does");
        assertThat(http.api("/api/courses/" + course).json().getJsonArray("lessons").getValuesAs(JsonObject.class))
                .extracting(l -> l.getString("slug")).as("at the end of its course").endsWith(slug).hasSize(6);
        assertThat(new WebSession(base).get("/lessons/" + slug).body()).contains("This lesson has a listening exercise");

        assertThat(seedLessons(1)).as("a second start adds nothing").isEmpty();
        assertThat(seedLessons(2)).isEqualTo(",");

        // An instructor (here an admin) deletes it: it stays deleted.
        delete(admin, course, slug);
        assertThat(seedLessons(1)).isEmpty();
        assertThat(http.api("/api/lessons/" + slug).status()).isEqualTo(404);
        assertThat(testData("seed-lessons/record?slug=" + slug)).isEqualTo("ADDED");
        // Deleted before the database recorded its seed lessons: the audit log's deletion keeps it away too.
        assertThat(forget(slug, false)).isEqualTo("ADDED");
        assertThat(seedLessons(1)).isEmpty();
        assertThat(testData("seed-lessons/record?slug=" + slug)).isEqualTo("GONE");
        assertThat(http.api("/api/lessons/" + slug).status()).isEqualTo(404);

        // Back as it was, for the other tests: forgotten entirely, then added.
        forget(slug, true);
        assertThat(seedLessons(1)).isEqualTo(slug);
        assertThat(contentFigures()).isEqualTo(before);
    }

    /** The figures of the content a seed lesson changes (not the audit log or edit times, which archiving adds to). */
    private List<String> contentFigures() {
        return http.get("/api/test-data/content-figures", "text/plain").body().lines()
                .filter(l -> l.matches("(lessons|questions|options|lessonSkills|notPublished|optionalOrDraft|owners|lessonFigures|seed)=.*"))
                .toList();
    }

    private String seedLessons(int nodes) {
        Page run = new WebSession(base).send(HttpRequest.newBuilder(URI.create(root() + "/api/test-data/seed-lessons?nodes=" + nodes))
                .POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.body().trim();
    }

    private String forget(String slug, boolean audit) {
        Page forgot = new WebSession(base).send(HttpRequest.newBuilder(URI.create(root() + "/api/test-data/seed-lessons/forget?slug="
                + slug + "&audit=" + audit)).POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
        assertThat(forgot.status()).as(forgot.body()).isEqualTo(200);
        return forgot.body().trim();
    }

    private String testData(String path) {
        return http.get("/api/test-data/" + path, "text/plain").body().trim();
    }

    private String root() {
        return base.toExternalForm().replaceAll("/$", "");
    }

    /** Archives and deletes a lesson as the admin would in the editor (nobody studied it). */
    private void delete(WebSession admin, String course, String slug) {
        String courseId = jakarta.json.Json.createReader(new java.io.StringReader(admin.getJson("/api/author/courses").body()))
                .readArray().getValuesAs(JsonObject.class).stream().filter(c -> c.getString("slug").equals(course))
                .findFirst().orElseThrow().getJsonNumber("id").toString();
        String id = admin.getJson("/api/author/courses/" + courseId).json().getJsonArray("lessons").getValuesAs(JsonObject.class)
                .stream().filter(l -> l.getString("slug").equals(slug)).findFirst().orElseThrow().getJsonNumber("id").toString();
        assertThat(new Learners(base).post(admin, "/api/author/lessons/" + id + "/archive", "").status()).isEqualTo(200);
        Page deleted = admin.send(HttpRequest.newBuilder(URI.create(admin.root() + "/api/author/lessons/" + id)).DELETE(),
                "application/json");
        assertThat(deleted.status()).as(deleted.body()).isEqualTo(204);
    }

    @Test
    void bothTracksAreListedInOrderWithTheirCourses() {
        Answer tracks = http.api("/api/tracks");

        assertThat(tracks.status()).isEqualTo(200);
        List<JsonObject> list = tracks.jsonArray().getValuesAs(JsonObject.class);
        assertThat(list).extracting(t -> t.getString("slug")).containsExactly("producer", "engineer");
        assertThat(list).allSatisfy(t -> {
            assertThat(t.getInt("courseCount")).isGreaterThanOrEqualTo(4);
            assertThat(t.getInt("lessonCount")).isGreaterThanOrEqualTo(16);
        });
    }

    @Test
    void everyTrackHasAFoundationAndThreeOwnCoursesOfAtLeastFourLessons() {
        Set<String> lessons = new HashSet<>();
        for (String track : List.of("producer", "engineer")) {
            JsonObject detail = http.api("/api/tracks/" + track).json();
            List<JsonObject> courses = detail.getJsonArray("courses").getValuesAs(JsonObject.class);

            assertThat(courses.get(0).getString("slug")).isEqualTo("audio-foundations");
            assertThat(courses.get(0).getBoolean("foundation")).isTrue();
            assertThat(courses.stream().filter(c -> !c.getBoolean("foundation"))).hasSizeGreaterThanOrEqualTo(3);
            for (JsonObject course : courses) {
                JsonObject outline = http.api("/api/courses/" + course.getString("slug")).json();
                List<JsonObject> courseLessons = outline.getJsonArray("lessons").getValuesAs(JsonObject.class);
                assertThat(courseLessons).hasSizeGreaterThanOrEqualTo(4);
                assertThat(courseLessons).extracting(l -> l.getInt("position"))
                        .containsExactlyElementsOf(range(1, courseLessons.size()));
                assertThat(courseLessons).allSatisfy(l -> {
                    assertThat(l.getInt("minutes")).isBetween(1, 600);
                    assertThat(l.getJsonArray("skills")).isNotEmpty();
                });
                courseLessons.forEach(l -> lessons.add(l.getString("slug")));
            }
        }
        assertThat(lessons).hasSizeGreaterThanOrEqualTo(24)
                .contains("gain-staging-and-headroom", "what-pre-production-is-for", "coaching-the-best-performance",
                        "running-a-soundcheck", "stage-monitors-and-feedback", "editing-and-cleaning-up-recordings");
    }

    @Test
    void theSharedSkillMapHasOneRecordingAndMixingSkillInBothTracks() {
        JsonObject producer = http.api("/api/tracks/producer").json();
        JsonObject engineer = http.api("/api/tracks/engineer").json();

        assertThat(skillSlugs(producer)).contains("theory-composition", "daw-recording-mixing", "communication-collaboration");
        assertThat(skillSlugs(engineer)).contains("recording-editing", "live-mixing", "troubleshooting", "daw-recording-mixing");
        JsonObject shared = producer.getJsonArray("skills").getValuesAs(JsonObject.class).stream()
                .filter(s -> s.getString("slug").equals("daw-recording-mixing")).findFirst().orElseThrow();
        assertThat(shared.getBoolean("shared")).isTrue();
        assertThat(strings(shared, "trackSlugs")).containsExactly("producer", "engineer");
    }

    @Test
    void careerFactsCoverTheArticlesResponsibilitiesAndWorkplaces() {
        JsonObject producer = http.api("/api/tracks/producer").json();
        JsonObject engineer = http.api("/api/tracks/engineer").json();

        assertThat(titles(producer, "responsibilities")).anyMatch(t -> t.contains("Pre-production"))
                .anyMatch(t -> t.toLowerCase().contains("arrang"))
                .anyMatch(t -> t.toLowerCase().contains("artist"));
        assertThat(titles(engineer, "responsibilities")).anyMatch(t -> t.toLowerCase().contains("live"))
                .anyMatch(t -> t.toLowerCase().contains("equipment"));
        assertThat(String.join(" ", titles(engineer, "workplaces")).toLowerCase())
                .contains("studio", "live", "broadcast", "post-production", "theatre", "radio", "game");
        assertThat(String.join(" ", titles(producer, "workplaces")).toLowerCase())
                .contains("studio", "freelance", "label");
        for (JsonObject track : List.of(producer, engineer)) {
            assertThat(track.getJsonArray("careerPaths")).isNotEmpty();
            assertThat(track.getJsonArray("fitSigns")).isNotEmpty();
            assertThat(track.getString("weekMarkdown")).isNotBlank();
        }
    }

    /**
     * The published content is read in a transaction of its own, so even when a caller that has already written asks
     * for it (the credential backfill does, for every credential), the content version row goes back into the shared
     * cache and the snapshot is kept. Read inside the caller's transaction, the row stayed out and every later request
     * read all published content again: 3,000 times in a few minutes on a node issuing a credential backlog.
     */
    @Test
    void publishedContentReadInsideAWritingTransactionIsKeptAfterwards() {
        Page read = new WebSession(base).send(HttpRequest.newBuilder(URI.create(root()
                + "/api/test-data/catalog/read-inside-a-writing-transaction")).POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.body().trim()).isEqualTo("true");
    }

    @Test
    void salaryFiguresAreTheArticlesWithSourceAndDate() {
        JsonObject producer = http.api("/api/tracks/producer").json();
        JsonObject engineer = http.api("/api/tracks/engineer").json();

        assertThat(amounts(producer)).containsExactly("$50,500", "$55,000 – $130,000");
        assertThat(amounts(engineer)).containsExactly("$50,150", "$44,000 – $104,000");
        Stream.of(producer, engineer).flatMap(t -> t.getJsonArray("salaries").getValuesAs(JsonObject.class).stream())
                .forEach(s -> {
                    assertThat(s.getString("source")).contains("Music Producer vs. Sound Engineer");
                    assertThat(s.getString("recordedOn")).matches("\\d{4}-\\d{2}-\\d{2}");
                    assertThat(s.getString("sourceNote")).isNotBlank();
                });
    }

    // ---- Pages --------------------------------------------------------------------------------------------

    @Test
    void homePageIntroducesBothTracksAndWhereToStart() {
        Answer home = http.page("/");

        assertThat(home.status()).isEqualTo(200);
        assertThat(home.body()).contains("<html lang=\"en\"", "Music producer", "Sound engineer",
                "/tracks/producer", "/tracks/engineer", "/courses/audio-foundations", "/compare");
    }

    @Test
    void pagesThatLeaveTheTemplatesParametersUnsetGetItsDefaultsAndPagesThatSetThemGetTheirOwn() {
        // The template's optional parameters (description, trackClass) are resolved by PageValuesELResolver when a
        // page leaves them unset: the default description, no track colour.
        String siteDescription = "<meta name=\"description\" content=\"Soundpath helps you choose between two careers in audio";
        Answer home = http.page("/");
        assertThat(home.body()).contains(siteDescription).contains("</head><body>").doesNotContain("class=\"track-");
        Answer courses = http.page("/courses");
        assertThat(courses.status()).isEqualTo(200);
        assertThat(courses.body()).contains(siteDescription).doesNotContain("<body class=\"track-");
        // Pages that set them get their own values.
        Answer track = http.page("/tracks/engineer");
        assertThat(track.body()).contains("<meta name=\"description\" content=\"Capture, shape and deliver clean")
                .contains("<body class=\"track-engineer\">").doesNotContain(siteDescription);
        Answer lesson = http.page("/lessons/what-sound-is-frequency-amplitude-decibels");
        assertThat(lesson.body()).contains("<meta name=\"description\" content=\"Learn what a sound wave is")
                .doesNotContain(siteDescription);
    }

    @Test
    void trackPageShowsTheJobSkillsCoursesAndDatedPay() {
        Answer page = http.page("/tracks/engineer");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Sound engineer</h1>", "What the job is", "Skills you will build",
                "Live sound reinforcement", "/courses/live-sound", "$50,150", "Recorded by Soundpath on",
                "Music Producer vs. Sound Engineer", "class=\"track-engineer\"");
    }

    @Test
    void coursePageListsItsLessonsInOrderWithMinutesAndSkills() {
        Answer page = http.page("/courses/live-sound");

        assertThat(page.status()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("Live sound reinforcement", "Start the first lesson", "Sound reinforcement and live mixing");
        assertThat(html.indexOf("/lessons/how-a-live-sound-system-fits-together"))
                .isLessThan(html.indexOf("/lessons/running-a-soundcheck"));
        assertThat(html.indexOf("/lessons/running-a-soundcheck"))
                .isLessThan(html.indexOf("/lessons/stage-monitors-and-feedback"));
    }

    @Test
    void lessonPageRendersMarkdownAndLinksItsNeighbours() {
        Answer page = http.page("/lessons/running-a-soundcheck");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h2>", "Lesson 2 of 5", "rel=\"prev\"", "rel=\"next\"",
                "/lessons/how-a-live-sound-system-fits-together", "/lessons/stage-monitors-and-feedback",
                "/courses/live-sound");
        assertThat(page.body()).doesNotContain("## ");
    }

    @Test
    void lastLessonOfACourseSaysSoInsteadOfANextLink() {
        Answer page = http.page("/lessons/ear-training-hearing-level-differences");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("End of course", "Lesson 6 of 6").doesNotContain("rel=\"next\"");
        assertThat(http.page("/lessons/monitoring-and-critical-listening").body())
                .as("the ear-training lesson follows the last one that counts").contains("rel=\"next\"",
                        "/lessons/ear-training-hearing-level-differences");
    }

    @Test
    void comparePageLaysTheCareersSideBySide() {
        Answer page = http.page("/compare");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("side by side", "What each one does", "Skills each one needs",
                "Where they work", "Career paths", "$50,500", "$50,150", "How to choose",
                "Recording and mixing in a DAW");
    }

    @Test
    void lessonApiServesTheSameSanitisedHtmlAndItsNeighbours() {
        JsonObject lesson = http.api("/api/lessons/running-a-soundcheck").json();

        assertThat(lesson.getString("bodyHtml")).contains("<h2>").doesNotContain("<script");
        assertThat(lesson.getJsonObject("previous").getString("slug")).isEqualTo("how-a-live-sound-system-fits-together");
        assertThat(lesson.getJsonObject("next").getString("slug")).isEqualTo("stage-monitors-and-feedback");
        assertThat(lesson.getJsonObject("course").getString("slug")).isEqualTo("live-sound");
    }

    // ---- Bad addresses -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/tracks/no-such-track", "/courses/no-such-course", "/lessons/no-such-lesson",
            "/lessons", "/no-such-page", "/tracks/producer/extra", "/tracks/%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "/courses/x'%20OR%20'1'%3D'1", "/lessons/%20", "/tracks/PRODUCER", "/lessons/%E2%9C%93",
            "/courses/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void unknownOrMalformedAddressesGetTheFriendlyNotFoundPage(String path) {
        Answer page = http.page(path);

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("We could not find that page", "Skip to the main content")
                .doesNotContain("<script>alert", "Exception", "at app.soundpath");
    }

    @Test
    void encodedSlashesAreRefusedByTheServerWithoutInternals() {
        // Payara refuses %2F in a path before any application sees it (a guard against path traversal).
        Answer page = http.page("/lessons/..%2F..%2Fetc%2Fpasswd");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).doesNotContain("Exception", "root:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/tracks/no-such-track", "/api/courses/no-such-course", "/api/lessons/no-such-lesson",
            "/api/tracks/%3Cscript%3E", "/api/courses/x'%20OR%20'1'%3D'1", "/api/no-such-endpoint"})
    void unknownApiAddressesGetAJsonProblem(String path) {
        Answer answer = http.api(path);

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getInt("status")).isEqualTo(404);
        assertThat(answer.body()).doesNotContain("<script", "Exception");
    }

    @Test
    void aFailingPageShowsTheFriendlyErrorPageWithoutInternals() {
        Answer page = http.page("/test-fail");

        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("Something went wrong on our side")
                .doesNotContain("secret-internal-detail", "IllegalStateException", "at app.soundpath");
    }

    @Test
    void aFailingApiCallAnswersAProblemWithAReferenceAndNoInternals() {
        Answer answer = http.api("/api/test-fail");

        assertThat(answer.status()).isEqualTo(500);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().getString("detail")).containsPattern("reference [0-9a-f-]{36}");
        assertThat(answer.body()).doesNotContain("secret-internal-detail", "IllegalStateException");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static String newestMigrationInSqlFolder() throws IOException {
        Pattern version = Pattern.compile("V(\\d+)__.*\\.sql");
        try (Stream<Path> files = Files.list(Path.of("sql"))) {
            return String.valueOf(files.map(f -> version.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow());
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> list = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            list.add(i);
        }
        return list;
    }

    private static List<String> skillSlugs(JsonObject track) {
        return track.getJsonArray("skills").getValuesAs(JsonObject.class).stream().map(s -> s.getString("slug")).toList();
    }

    private static List<String> titles(JsonObject track, String list) {
        return track.getJsonArray(list).getValuesAs(JsonObject.class).stream().map(f -> f.getString("title")).toList();
    }

    private static List<String> amounts(JsonObject track) {
        return track.getJsonArray("salaries").getValuesAs(JsonObject.class).stream().map(s -> s.getString("amount")).toList();
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonValue.class).stream()
                .map(v -> ((JsonString) v).getString()).toList();
    }
}
