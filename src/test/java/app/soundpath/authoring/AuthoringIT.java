package app.soundpath.authoring;

import static app.soundpath.testing.Markup.assertInert;
import static app.soundpath.testing.Markup.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.Learners;
import app.soundpath.testing.SignedIn;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authoring on the real WAR and a real database: drafts and publishing as learners see them, archive instead of
 * delete, reordering, two people saving the same thing, the audit log, who may change what, bad and hostile input on
 * every form and endpoint, and the XSS corpus through every page that shows authored content. Each test makes its
 * own instructors and courses.
 */
@ExtendWith(ArquillianExtension.class)
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class AuthoringIT {

    static final String PASSWORD = "a calm river of sound";
    static final String ADMIN = "admin@soundpath.test";
    static final String ADMIN_PASSWORD = "admin-demo-2026";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    // ---- Draft and publish --------------------------------------------------------------------------------------

    @Test
    void learnersSeeOnlyPublishedContentAndEditsOfAPublishedLessonWaitForPublish() {
        Person author = instructor();
        long course = author.createCourse("Draft visibility " + tag());
        String courseSlug = author.json("/api/author/courses/" + course).getJsonObject("values").getString("slug");
        long first = author.createLesson(course, "Visible later", "The first text.", oneQuestion("Is it?"));
        long second = author.createLesson(course, "Second lesson", "Second text.", null);
        String firstSlug = author.lessonSlug(first);
        Person learner = learner();

        assertThat(learner.session.get("/courses/" + courseSlug).status()).as("draft course").isEqualTo(404);
        assertThat(learner.session.get("/lessons/" + firstSlug).status()).as("draft lesson").isEqualTo(404);
        assertThat(learner.session.getJson("/api/courses/" + courseSlug).status()).isEqualTo(404);
        assertThat(learner.session.get("/courses").body()).doesNotContain("Draft visibility");
        assertThat(learner.post("/api/enrollments", "{\"course\":\"" + courseSlug + "\"}").status()).isEqualTo(400);

        // Publishing the course from its page publishes its draft lessons with it.
        author.session.get("/author/course/" + course);
        Page published = author.session.follow(author.session.submit("status", Map.of(), "publish"));
        assertThat(published.body()).contains("Course published, with 2 lessons published along with it.");
        assertThat(learner.session.get("/courses/" + courseSlug).body()).contains("Visible later", "Second lesson");
        assertThat(learner.session.get("/lessons/" + firstSlug).body()).contains("The first text.");

        // An edit of a published lesson is a draft: learners keep the live text until "Publish".
        long version = author.json("/api/author/lessons/" + first).getJsonNumber("version").longValue();
        assertThat(author.put("/api/author/lessons/" + first, lessonJson(version, "Visible later", "The second text.", oneQuestion("Is it?"))).status()).isEqualTo(200);
        assertThat(learner.session.get("/lessons/" + firstSlug).body()).contains("The first text.").doesNotContain("The second text.");
        JsonObject edit = author.json("/api/author/lessons/" + first);
        assertThat(edit.getBoolean("hasDraft")).isTrue();
        assertThat(edit.getJsonObject("content").getString("body")).isEqualTo("The second text.");
        assertThat(edit.getJsonObject("live").getString("body")).isEqualTo("The first text.");
        assertThat(author.session.get("/author/lesson/" + first).body()).contains("unpublished changes", "Publish changes");

        author.session.get("/author/lesson/" + first);
        assertThat(author.session.follow(author.session.submit("status", Map.of(), "publish")).body()).contains("Lesson published");
        assertThat(learner.session.get("/lessons/" + firstSlug).body()).contains("The second text.").doesNotContain("The first text.");

        // "Discard draft" throws a draft away and leaves the live text alone.
        version = author.json("/api/author/lessons/" + first).getJsonNumber("version").longValue();
        author.put("/api/author/lessons/" + first, lessonJson(version, "Visible later", "A third text nobody wants.", oneQuestion("Is it?")));
        author.session.get("/author/lesson/" + first);
        assertThat(author.session.follow(author.session.submit("status", Map.of(), "discard")).body()).contains("Draft discarded");
        assertThat(author.json("/api/author/lessons/" + first).getJsonObject("content").getString("body")).isEqualTo("The second text.");
        assertThat(learner.session.get("/lessons/" + firstSlug).body()).doesNotContain("A third text");

        // A lesson added to a published course stays invisible until it is published itself.
        long third = author.createLesson(course, "Added later", "Later text.", null);
        assertThat(learner.session.get("/lessons/" + author.lessonSlug(third)).status()).isEqualTo(404);
        assertThat(learner.session.get("/courses/" + courseSlug).body()).doesNotContain("Added later");
        assertThat(author.post("/api/author/lessons/" + third + "/publish", "").status()).isEqualTo(200);
        assertThat(learner.session.get("/courses/" + courseSlug).body()).contains("Added later");
        assertThat(second).isPositive();
    }

    @Test
    void optionalLessonsCanBeStudiedButDoNotCountTowardsCompletion() {
        Person author = instructor();
        long course = author.createCourse("Optional lessons " + tag());
        long required = author.createLesson(course, "Required one", "Do this.", null);
        long optional = author.createLesson(course, "Optional one", "Only if you like.", null);
        JsonObject content = author.json("/api/author/lessons/" + optional);
        author.put("/api/author/lessons/" + optional, "{\"version\":" + content.getJsonNumber("version") + ",\"title\":\"Optional one\","
                + "\"body\":\"Only if you like.\",\"minutes\":5,\"required\":false}");
        author.post("/api/author/courses/" + course + "/publish", "");
        String slug = author.courseSlug(course);

        Person learner = learner();
        learner.post("/api/enrollments", "{\"course\":\"" + slug + "\"}");
        assertThat(learner.session.get("/courses/" + slug).body()).contains("0 of 1 lessons done");
        assertThat(learner.post("/api/lessons/" + author.lessonSlug(required) + "/completion", "").status()).isIn(200, 201);
        JsonObject progress = courseProgress(learner, slug);
        assertThat(progress.getBoolean("complete")).isTrue();
        assertThat(progress.getInt("lessonsTotal")).isEqualTo(1);
        assertThat(learner.session.get("/lessons/" + author.lessonSlug(optional)).status()).as("still open to study").isEqualTo(200);
        assertThat(author.session.get("/author/course/" + course).body()).contains("optional");
    }

    // ---- Archive, never delete what learners touched ------------------------------------------------------------

    @Test
    void aLessonOrCourseWithLearnerProgressIsArchivedNotDeletedAndTheProgressStays() {
        Person author = instructor();
        long course = author.createCourse("Archive rules " + tag());
        long studied = author.createLesson(course, "Studied lesson", "Text.", oneQuestion("Right?"));
        long untouched = author.createLesson(course, "Never published", "Text.", null);
        author.post("/api/author/lessons/" + untouched + "/archive", "");
        author.post("/api/author/courses/" + course + "/publish", "");
        String courseSlug = author.courseSlug(course);
        String lessonSlug = author.lessonSlug(studied);

        Person learner = learner();
        learner.post("/api/enrollments", "{\"course\":\"" + courseSlug + "\"}");
        assertThat(json(learner.post("/api/lessons/" + lessonSlug + "/check-attempts", rightAnswers(lessonSlug))).getBoolean("passed")).isTrue();
        assertThat(lessonRecord(learner.email, lessonSlug)).as("rows, completions, attempts").isEqualTo("1,1,1");

        assertThat(author.delete("/api/author/lessons/" + studied).status()).as("published: archive first").isEqualTo(400);
        author.session.get("/author/lesson/" + studied);
        assertThat(author.session.follow(author.session.submit("status", Map.of(), "archive")).body()).contains("Archived");
        assertThat(learner.session.get("/lessons/" + lessonSlug).status()).as("archived lessons are hidden").isEqualTo(404);
        Page refused = author.delete("/api/author/lessons/" + studied);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("Archive it instead");
        author.session.get("/author/lesson/" + studied);
        assertThat(author.session.submit("status", Map.of(), "delete").body()).contains("Learners have progress in this");
        assertThat(lessonRecord(learner.email, lessonSlug)).as("progress and history kept").isEqualTo("1,1,1");

        assertThat(author.post("/api/author/lessons/" + studied + "/restore", "").status()).isEqualTo(200);
        assertThat(author.json("/api/author/lessons/" + studied).getString("status")).as("restored as a draft").isEqualTo("DRAFT");
        assertThat(learner.session.get("/lessons/" + lessonSlug).status()).isEqualTo(404);
        author.post("/api/author/courses/" + course + "/archive", "");
        assertThat(learner.session.get("/courses/" + courseSlug).status()).isEqualTo(404);
        assertThat(learner.session.get("/learn/").status()).as("the dashboard copes with an archived course").isEqualTo(200);
        assertThat(author.delete("/api/author/courses/" + course).status()).isEqualTo(409);
        assertThat(author.json("/api/author/courses/" + course).getString("status")).isEqualTo("ARCHIVED");
        assertThat(author.delete("/api/author/lessons/" + untouched).status()).as("nobody ever saw it").isEqualTo(204);
        assertThat(author.session.getJson("/api/author/lessons/" + untouched).status()).isEqualTo(404);

        // A draft course nobody studied can be deleted outright.
        long scratch = author.createCourse("Scratch " + tag());
        author.createLesson(scratch, "Scratch lesson", "Text.", oneQuestion("Scratch?"));
        assertThat(author.delete("/api/author/courses/" + scratch).status()).isEqualTo(204);
        assertThat(author.session.getJson("/api/author/courses/" + scratch).status()).isEqualTo(404);
    }

    @Test
    void publishingOrArchivingLessonsRecountsLearnersSummariesSoReportsAgreeWithTheirPages() {
        Person author = instructor();
        long course = author.createCourse("Recount " + tag());
        long first = author.createLesson(course, "First counted lesson", "Text.", oneQuestion("First?"));
        long second = author.createLesson(course, "Second counted lesson", "Text.", oneQuestion("Second?"));
        author.post("/api/author/courses/" + course + "/publish", "");
        String courseSlug = author.courseSlug(course);
        Person learner = learner();
        learner.post("/api/enrollments", "{\"course\":\"" + courseSlug + "\"}");
        String firstSlug = author.lessonSlug(first);
        learner.post("/api/lessons/" + firstSlug + "/check-attempts", rightAnswers(firstSlug));
        assertThat(summary(learner.email, courseSlug)).isEqualTo("1/2/false");

        long third = author.createLesson(course, "Third counted lesson", "Text.", oneQuestion("Third?"));
        author.post("/api/author/lessons/" + third + "/publish", "");
        assertThat(summary(learner.email, courseSlug)).as("a new lesson counts at once").isEqualTo("1/3/false");

        author.post("/api/author/lessons/" + second + "/archive", "");
        author.post("/api/author/lessons/" + third + "/archive", "");
        assertThat(summary(learner.email, courseSlug)).as("only the done lesson is left: complete").isEqualTo("1/1/true");
        JsonObject mine = json(learner.session.getJson("/api/learners/me/progress")).getJsonArray("courses")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("slug").equals(courseSlug)).findFirst().orElseThrow();
        assertThat(mine.getInt("lessonsDone") + "/" + mine.getInt("lessonsTotal") + "/" + mine.getBoolean("complete"))
                .as("the learner's own page says the same").isEqualTo("1/1/true");

        // The reports' per-track figures follow the course into a track, and out of it when it is archived.
        WebSession admin = adminSession();
        long engineer0 = engineerEnrolments(admin);
        long version = json(author.session.getJson("/api/author/courses/" + course)).getJsonNumber("version").longValue();
        assertThat(author.put("/api/author/courses/" + course, courseJson(version, "Recount moved " + tag(), "engineer")).status())
                .isEqualTo(200);
        assertThat(engineerEnrolments(admin)).as("the learner's course now counts in the engineer track").isEqualTo(engineer0 + 1);
        assertThat(new WebSession(base).getJson("/api/test-data/summary-drift").body()).as("summaries agree with a recount").isEqualTo("0");
        author.post("/api/author/courses/" + course + "/archive", "");
        assertThat(engineerEnrolments(admin)).as("an archived course no longer counts").isEqualTo(engineer0);
        assertThat(new WebSession(base).getJson("/api/test-data/summary-drift").body()).isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/lesson-figures-drift").body()).isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/course-figures-drift").body()).isEqualTo("0");
    }

    private static long engineerEnrolments(WebSession admin) {
        return json(admin.getJson("/api/admin/reports/overview")).getJsonArray("tracks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("slug").equals("engineer")).findFirst().orElseThrow().getJsonNumber("enrollments").longValue();
    }

    private String summary(String email, String courseSlug) {
        return new WebSession(base).getJson("/api/test-data/course-summary?email=" + email + "&course=" + courseSlug).body();
    }

    // ---- Reordering ---------------------------------------------------------------------------------------------

    @Test
    void lessonsMoveUpAndDownAndLearnersMeetThemInTheNewOrder() {
        Person author = instructor();
        long course = author.createCourse("Reorder " + tag());
        long a = author.createLesson(course, "Alpha lesson", "A.", null);
        long b = author.createLesson(course, "Bravo lesson", "B.", null);
        long c = author.createLesson(course, "Charlie lesson", "C.", null);
        author.post("/api/author/courses/" + course + "/publish", "");

        // In the page: "Move up" on the third lesson (each row is its own form: lesson, lesson:1 …).
        Page editor = author.session.get("/author/course/" + course);
        String thirdRow = formIds(editor, "lesson").get(2);
        author.session.follow(author.session.submit(thirdRow, Map.of(), "up"));
        assertThat(lessonTitles(author, course)).containsExactly("Alpha lesson", "Charlie lesson", "Bravo lesson");

        assertThat(author.post("/api/author/lessons/" + a + "/move?direction=down", "").status()).isEqualTo(204);
        assertThat(author.post("/api/author/lessons/" + b + "/move?direction=down", "").status()).as("already last: nothing moves").isEqualTo(204);
        assertThat(author.post("/api/author/lessons/" + b + "/move?direction=sideways", "").status()).isEqualTo(400);
        assertThat(lessonTitles(author, course)).containsExactly("Charlie lesson", "Alpha lesson", "Bravo lesson");

        String page = new WebSession(base).get("/courses/" + author.courseSlug(course)).body();
        assertThat(page.indexOf("Charlie lesson")).isLessThan(page.indexOf("Alpha lesson"));
        assertThat(page.indexOf("Alpha lesson")).isLessThan(page.indexOf("Bravo lesson"));
        assertThat(adminSession().get("/admin/audit?action=REORDER&course=" + course).body()).contains("Charlie lesson", "position: 3", "position: 2");
        assertThat(c).isPositive();
    }

    @Test
    void adminsReorderCoursesInATrackAndInstructorsCannot() {
        WebSession admin = adminSession();
        Page home = admin.get("/author/");
        List<String> before = trackOrder(home, "Sound engineer");
        String firstRowOfEngineer = formIds(home, "order").get(trackOrder(home, "Music producer").size());
        admin.follow(admin.submit(firstRowOfEngineer, Map.of(), "down"));
        List<String> after = trackOrder(admin.get("/author/"), "Sound engineer");
        assertThat(after.get(0)).isEqualTo(before.get(1));
        assertThat(after.get(1)).isEqualTo(before.get(0));
        String learnerView = new WebSession(base).get("/tracks/engineer").body();
        assertThat(learnerView.indexOf(after.get(0))).isLessThan(learnerView.indexOf(after.get(1)));
        // Put it back for the other tests.
        admin.follow(admin.submit(formIds(admin.get("/author/"), "order").get(trackOrder(home, "Music producer").size()), Map.of(), "down"));
        assertThat(trackOrder(admin.get("/author/"), "Sound engineer")).isEqualTo(before);

        Person instructor = instructor();
        assertThat(instructor.session.get("/author/").body()).doesNotContain("Order of courses in each track");
    }

    // ---- Two people, one item -----------------------------------------------------------------------------------

    @Test
    void theSecondOfTwoConcurrentSavesGetsAConflictPageAndLosesNothing() {
        Person owner = instructor();
        Person coOwner = instructor();
        long course = owner.createCourse("Conflicts " + tag());
        long lesson = owner.createLesson(course, "Shared lesson", "Original text.", null);
        owner.addCoOwner(course, coOwner.email);

        Page mine = owner.session.get("/author/lesson/" + lesson);
        Page theirs = coOwner.session.get("/author/lesson/" + lesson);
        assertThat(owner.session.submit(mine, "lesson", lessonForm("Shared lesson", "Owner's text."), "save").status()).isEqualTo(302);
        Page conflict = coOwner.session.submit(theirs, "lesson", lessonForm("Shared lesson", "Co-owner's careful text."), "save");

        assertThat(conflict.status()).as("stays on the page").isEqualTo(200);
        assertThat(unescape(conflict.body())).contains("Someone else saved this in the meantime", "Your text", "Current text",
                "Co-owner's careful text.", "Owner's text.");
        assertThat(textarea(conflict, "lesson:body")).as("what they typed is still in the form").isEqualTo("Co-owner's careful text.");
        assertThat(owner.json("/api/author/lessons/" + lesson).getJsonObject("content").getString("body")).isEqualTo("Owner's text.");

        // Saving again from the conflict page is a deliberate overwrite based on the current version.
        assertThat(coOwner.session.submit(conflict, "lesson", lessonForm("Shared lesson", "Co-owner's careful text."), "save").status()).isEqualTo(302);
        assertThat(owner.json("/api/author/lessons/" + lesson).getJsonObject("content").getString("body")).isEqualTo("Co-owner's careful text.");

        // The API: a stale version gets 409 with the current version and content.
        JsonObject current = owner.json("/api/author/lessons/" + lesson);
        long version = current.getJsonNumber("version").longValue();
        assertThat(owner.put("/api/author/lessons/" + lesson, lessonJson(version, "Shared lesson", "API one.", null)).status()).isEqualTo(200);
        Page stale = coOwner.put("/api/author/lessons/" + lesson, lessonJson(version, "Shared lesson", "API two.", null));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(json(stale).getJsonNumber("currentVersion").longValue()).isGreaterThan(version);
        assertThat(json(stale).getJsonObject("current").getJsonObject("content").getString("body")).isEqualTo("API one.");

        // The version a save returns is the one to send next.
        long next = json(owner.put("/api/author/lessons/" + lesson, lessonJson(json(stale).getJsonNumber("currentVersion").longValue(),
                "Shared lesson", "API three.", null))).getJsonNumber("version").longValue();
        assertThat(owner.put("/api/author/lessons/" + lesson, lessonJson(next, "Shared lesson", "API four.", null)).status()).isEqualTo(200);
    }

    @Test
    void ofManySavesOfTheSameVersionAtOnceExactlyOneWins() throws Exception {
        Person owner = instructor();
        long course = owner.createCourse("Races " + tag());
        long lesson = owner.createLesson(course, "Raced lesson", "Start.", null);
        long version = owner.json("/api/author/lessons/" + lesson).getJsonNumber("version").longValue();
        long courseVersion = owner.json("/api/author/courses/" + course).getJsonNumber("version").longValue();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> results = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int n = i;
            Callable<Integer> save = () -> {
                start.await();
                return n % 2 == 0
                        ? owner.put("/api/author/lessons/" + lesson, lessonJson(version, "Raced lesson", "Writer " + n, null)).status()
                        : owner.put("/api/author/courses/" + course, courseJson(courseVersion, "Races renamed " + n)).status();
            };
            results.add(pool.submit(save));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> r : results) {
            statuses.add(r.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        pool.shutdown();
        List<Integer> lessonStatuses = List.of(statuses.get(0), statuses.get(2), statuses.get(4), statuses.get(6));
        List<Integer> courseStatuses = List.of(statuses.get(1), statuses.get(3), statuses.get(5), statuses.get(7));
        assertThat(lessonStatuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        assertThat(courseStatuses).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);

        // Six creates of the same new address at once: one course is made, the others are told the address is taken.
        String slug = "race-" + tag().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        ExecutorService creators = Executors.newFixedThreadPool(6);
        CountDownLatch warm = new CountDownLatch(1);
        List<Future<Page>> warming = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // six open connections first, so the creates below leave at the same moment
            warming.add(creators.submit(() -> {
                warm.await();
                return owner.session.getJson("/api/author/courses/" + course);
            }));
        }
        warm.countDown();
        for (Future<Page> f : warming) {
            f.get(2, java.util.concurrent.TimeUnit.MINUTES);
        }
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Page>> creates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            creates.add(creators.submit(() -> {
                go.await();
                return owner.post("/api/author/courses", "{\"title\":\"Race to the slug\",\"slug\":\"" + slug
                        + "\",\"summary\":\"Made at the same moment.\",\"tracks\":[]}");
            }));
        }
        go.countDown();
        List<Page> made = new ArrayList<>();
        for (Future<Page> f : creates) {
            made.add(f.get(2, java.util.concurrent.TimeUnit.MINUTES));
        }
        creators.shutdown();
        assertThat(made).extracting(Page::status).containsOnly(201, 400).filteredOn(s -> s == 201).hasSize(1);
        assertThat(made).filteredOn(p -> p.status() == 400).allSatisfy(p -> assertThat(p.body()).contains("slug"));
        assertThat(adminSession().get("/admin/audit?type=LESSON&action=EDIT&course=" + course).body()).containsOnlyOnce("Writer ");
    }

    // ---- Audit log ----------------------------------------------------------------------------------------------

    @Test
    void everyChangeIsAuditedAndAdminsFilterTheLog() {
        Person author = instructor();
        long course = author.createCourse("Audited " + tag());
        long lesson = author.createLesson(course, "Audited lesson", "Before.", null);
        long version = author.json("/api/author/lessons/" + lesson).getJsonNumber("version").longValue();
        author.put("/api/author/lessons/" + lesson, lessonJson(version, "Audited lesson", "After.", null));
        author.post("/api/author/courses/" + course + "/publish", "");
        author.post("/api/author/courses/" + course + "/archive", "");

        WebSession admin = adminSession();
        String all = admin.get("/admin/audit?course=" + course).body();
        assertThat(all).contains("Created", "Edited", "Published", "Archived", "Tess Teacher", "body: Before.", "body: After.",
                "status: DRAFT", "status: PUBLISHED", "status: ARCHIVED");
        String published = admin.get("/admin/audit?action=PUBLISH&course=" + course).body();
        assertThat(published).contains("Published").doesNotContain("body: Before.");
        assertThat(admin.get("/admin/audit?type=SKILL&course=" + course).body()).contains("No changes match.");
        assertThat(admin.get("/admin/audit?action=NOT_AN_ACTION").status()).as("a malformed filter is no error").isEqualTo(200);
        assertThat(author.session.get("/admin/audit").status()).isEqualTo(403);
    }

    // ---- Who may change what ------------------------------------------------------------------------------------

    @Test
    void onlyOwnersCoOwnersAndAdminsCanChangeACourse() {
        Person a = instructor();
        Person b = instructor();
        long course = a.createCourse("Owned by A " + tag());
        long lesson = a.createLesson(course, "A's lesson", "A's text.", null);
        long version = a.json("/api/author/courses/" + course).getJsonNumber("version").longValue();

        assertThat(b.session.get("/author/course/" + course).status()).isEqualTo(403);
        assertThat(b.session.get("/author/lesson/" + lesson).status()).isEqualTo(403);
        assertThat(b.session.get("/author/check/" + lesson).status()).isEqualTo(403);
        assertThat(b.session.getJson("/api/author/courses/" + course).status()).isEqualTo(403);
        assertThat(b.put("/api/author/courses/" + course, courseJson(version, "Taken over")).status()).isEqualTo(403);
        assertThat(b.post("/api/author/lessons", "{\"course\":" + course + ",\"title\":\"Intruder\",\"body\":\"x\",\"minutes\":5}").status()).isEqualTo(403);
        assertThat(b.post("/api/author/courses/" + course + "/publish", "").status()).isEqualTo(403);
        assertThat(b.delete("/api/author/lessons/" + lesson).status()).isEqualTo(403);
        assertThat(b.session.getJson("/api/author/courses/" + course + "/export").status()).isEqualTo(403);
        assertThat(b.session.get("/author/").body()).doesNotContain("Owned by A");
        assertThat(b.session.get("/author/course/999999999").status()).isEqualTo(404);
        assertThat(b.session.get("/author/course/not-a-number").status()).isEqualTo(404);

        // A forged post of A's form from B's session changes nothing.
        Page aPage = a.session.get("/author/course/" + course);
        Page forged = b.session.submit(aPage, "course", Map.of("title", "Forged", "slug", "", "summary", "x"), "save");
        assertThat(forged.status()).as("not a successful save").isNotEqualTo(302);
        assertThat(a.json("/api/author/courses/" + course).getJsonObject("values").getString("title")).startsWith("Owned by A");

        // The owner adds B as co-instructor: now B can edit, but cannot manage instructors.
        a.addCoOwner(course, b.email);
        assertThat(b.session.get("/author/course/" + course).status()).isEqualTo(200);
        assertThat(b.put("/api/author/courses/" + course, courseJson(version, "Owned by A, edited by B")).status()).isEqualTo(200);
        assertThat(b.session.get("/author/course/" + course).body()).doesNotContain("Add co-instructor");
        assertThat(b.session.get("/author/").body()).contains("Owned by A, edited by B", "Co-instructor");

        // The owner removes B again: B is shut out once more, and both changes are in the audit log.
        Page ownerPage = a.session.get("/author/course/" + course);
        assertThat(a.session.follow(a.session.submit(ownerPage, formIds(ownerPage, "owner").get(1), Map.of(), "remove")).body())
                .contains("Co-instructor removed.");
        assertThat(b.session.get("/author/course/" + course).status()).isEqualTo(403);
        assertThat(adminSession().get("/admin/audit?course=" + course).body()).contains("Instructor added", "Instructor removed", b.email);

        // Adding someone who is not an instructor is refused beside the field.
        a.session.get("/author/course/" + course);
        Page notInstructor = a.session.submit("owners", Map.of("email", learner().email), "add");
        assertThat(notInstructor.fieldError("owners:email")).isEqualTo("There is no active instructor with this email.");

        // Seed content has no owner: admins look after it, instructors cannot change it.
        long seed = seedCourseId();
        assertThat(a.session.get("/author/course/" + seed).status()).isEqualTo(403);
        assertThat(adminSession().get("/author/course/" + seed).status()).isEqualTo(200);
        Person learner = learner();
        assertThat(learner.session.get("/author/").status()).isEqualTo(403);
        assertThat(learner.post("/api/author/courses", courseJson(null, "Learner course")).status()).isEqualTo(403);
        assertThat(new WebSession(base).getJson("/api/author/courses").status()).isEqualTo(401);
    }

    // ---- Bad input ----------------------------------------------------------------------------------------------

    @Test
    void badInputOnTheCourseFormIsExplainedBesideTheFieldAndNothingTypedIsLost() {
        Person author = instructor();
        long other = author.createCourse("Slug owner " + tag());
        String takenSlug = author.courseSlug(other);
        Map<String, String[]> cases = new LinkedHashMap<>();
        cases.put("empty title", new String[] {"title", "", "", "Required."});
        cases.put("too long title", new String[] {"title", "x".repeat(121), "", "Too long: at most 120 characters."});
        cases.put("malformed slug", new String[] {"slug", "Not A Slug!", "Not A Slug!", "Use lower-case letters"});
        cases.put("taken slug", new String[] {"slug", "Fine title", takenSlug, "This address is already used"});
        cases.put("hostile title", new String[] {"title", "<script>alert(1)</script>" + "y".repeat(200), "", "Too long"});
        for (Map.Entry<String, String[]> c : cases.entrySet()) {
            String[] v = c.getValue();
            author.session.get("/author/course/new");
            Page page = author.session.submit("course", Map.of("title", v[1], "slug", v[2],
                    "summary", "A summary that must survive " + c.getKey()), "save");
            assertThat(page.status()).as(c.getKey()).isEqualTo(200);
            assertThat(page.fieldError("course:" + v[0])).as(c.getKey()).contains(v[3]);
            assertThat(textarea(page, "course:summary")).as(c.getKey() + ": nothing lost").isEqualTo("A summary that must survive " + c.getKey());
            assertInert(page.body());
        }
        assertThat(author.jsonValue("/api/author/courses").asJsonArray()).hasSize(1);
    }

    @Test
    void badInputOnTheLessonAndCheckFormsIsExplainedBesideTheFieldAndNothingTypedIsLost() {
        Person author = instructor();
        long course = author.createCourse("Lesson input " + tag());
        long lesson = author.createLesson(course, "Input lesson", "Body.", oneQuestion("Fine?"));

        author.session.get("/author/lesson/" + lesson);
        Map<String, String> form = lessonForm("Input lesson", "x".repeat(200_001));
        Page tooLong = author.session.submit("lesson", form, "save");
        assertThat(tooLong.fieldError("lesson:body")).contains("Too long: at most 200 KB");
        assertThat(textarea(tooLong, "lesson:body")).hasSize(200_001);

        author.session.get("/author/lesson/" + lesson);
        form = lessonForm("", "Kept body text.");
        form.put("minutes", "abc");
        form.put("passMark", "101");
        Page bad = author.session.submit("lesson", form, "save");
        assertThat(textarea(bad, "lesson:body")).isEqualTo("Kept body text.");
        assertThat(inputValue(bad, "lesson:minutes")).as("typed text kept").isEqualTo("abc");
        assertThat(bad.fieldError("lesson:title")).isEqualTo("Required.");
        assertThat(bad.fieldError("lesson:minutes")).isEqualTo("Enter a whole number from 1 to 600.");
        assertThat(bad.fieldError("lesson:passMark")).isEqualTo("Enter a whole number from 1 to 100.");
        assertThat(author.json("/api/author/lessons/" + lesson).getJsonObject("content").getString("body")).isEqualTo("Body.");

        // The check: no correct option, a missing explanation, one option only.
        Page check = author.session.get("/author/check/" + lesson);
        Map<String, String> q = new HashMap<>();
        q.put("q:0:kind", "SINGLE");
        q.put("q:0:prompt", "Which one?");
        q.put("q:0:explanation", "");
        q.put("q:0:o:0:label", "This");
        q.put("q:0:o:1:label", "That");
        Page noCorrect = author.session.submit(check, "check", q, "save");
        assertThat(noCorrect.body()).contains("Tick at least one correct option.");
        assertThat(noCorrect.fieldError("check:q:0:explanation")).isEqualTo("Required.");
        assertThat(inputValue(noCorrect, "check:q:0:o:1:label")).as("typed options kept").isEqualTo("That");

        q.put("q:0:explanation", "Because.");
        q.put("q:0:o:0:correct", "true");
        q.put("q:0:o:1:correct", "true");
        assertThat(author.session.submit(author.session.get("/author/check/" + lesson), "check", q, "save").body())
                .contains("This type of question has exactly one correct option.");
        q.remove("q:0:o:1:correct");
        q.put("q:1:kind", "TRUE_FALSE");
        q.put("q:1:prompt", "Cutting comes before boosting.");
        q.put("q:1:explanation", "Usually, yes.");
        q.put("q:1:o:0:correct", "true");
        Page saved = author.session.submit(author.session.get("/author/check/" + lesson), "check", q, "save");
        assertThat(saved.status()).isEqualTo(302);
        JsonArray questions = author.json("/api/author/lessons/" + lesson).getJsonObject("content").getJsonArray("questions");
        assertThat(questions).hasSize(2);
        assertThat(questions.getJsonObject(1).getJsonArray("options").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("label")).containsExactly("True", "False");
    }

    @Test
    void theApiRefusesEmptyMalformedTooLongAndHostileInputWithFieldMessages() {
        Person author = instructor();
        assertThat(author.post("/api/author/courses", "").status()).isEqualTo(400);
        assertThat(author.post("/api/author/courses", "{not json").status()).isEqualTo(400);
        assertThat(author.post("/api/author/courses", "[1,2]").status()).isEqualTo(400);
        Page empty = author.post("/api/author/courses", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(json(empty).getJsonObject("errors").keySet()).contains("title", "summary");

        Page tooLong = author.post("/api/author/courses", courseJson(null, "t".repeat(121)));
        assertThat(json(tooLong).getJsonObject("errors").getString("title")).isEqualTo("Too long: at most 120 characters.");
        Page unknownTrack = author.post("/api/author/courses", "{\"title\":\"T\",\"summary\":\"S\",\"tracks\":[\"astronaut\"],\"prerequisites\":[-5]}");
        assertThat(json(unknownTrack).getJsonObject("errors").keySet()).contains("tracks", "prerequisites");

        long course = author.createCourse("API input " + tag());
        long version = author.json("/api/author/courses/" + course).getJsonNumber("version").longValue();
        assertThat(author.put("/api/author/courses/" + course, "{\"title\":\"No version\",\"summary\":\"S\"}").status()).isEqualTo(400);
        Page noLessonCourse = author.post("/api/author/lessons", "{\"title\":\"T\",\"body\":\"B\",\"minutes\":5}");
        assertThat(noLessonCourse.status()).isEqualTo(400);
        Page hugeBody = author.post("/api/author/lessons", "{\"course\":" + course + ",\"title\":\"T\",\"minutes\":5,\"body\":\"" + "b".repeat(200_001) + "\"}");
        assertThat(json(hugeBody).getJsonObject("errors").getString("body")).contains("at most 200 KB");
        Page badCheck = author.post("/api/author/lessons", "{\"course\":" + course + ",\"title\":\"T\",\"minutes\":5,\"body\":\"B\","
                + "\"questions\":[{\"kind\":\"SINGLE\",\"prompt\":\"P\",\"explanation\":\"E\",\"options\":[{\"label\":\"a\",\"correct\":false},{\"label\":\"b\",\"correct\":false}]},"
                + "{\"kind\":\"ESSAY\",\"prompt\":\"\",\"explanation\":\"E\",\"options\":[]}]}");
        assertThat(json(badCheck).getJsonObject("errors").keySet()).contains("q1.options", "q2.kind", "q2.prompt", "q2.options");
        assertThat(author.json("/api/author/courses/" + course).getJsonArray("lessons")).as("nothing half-created").isEmpty();

        Page cycle = author.put("/api/author/courses/" + course, "{\"version\":" + version + ",\"title\":\"API input\",\"summary\":\"S\",\"prerequisites\":[" + course + "]}");
        assertThat(json(cycle).getJsonObject("errors").keySet()).contains("prerequisites");
        assertThat(author.session.getJson("/api/author/lessons/abc").status()).isEqualTo(404);
    }

    // ---- Skills -------------------------------------------------------------------------------------------------

    @Test
    void instructorsAddAndEditSharedSkillsWithConflictsAndAudit() {
        Person author = instructor();
        String name = "Room acoustics " + tag();
        Page created = author.post("/api/author/skills", "{\"name\":\"" + name + "\",\"description\":\"How rooms colour sound.\",\"tracks\":[\"producer\",\"engineer\"]}");
        assertThat(created.status()).isEqualTo(201);
        long id = json(created).getJsonNumber("id").longValue();
        long version = json(created).getJsonNumber("version").longValue();
        assertThat(author.post("/api/author/skills", "{\"name\":\"" + name + "\",\"description\":\"Again.\"}").status()).as("same name").isEqualTo(400);

        assertThat(author.put("/api/author/skills/" + id, "{\"version\":" + version + ",\"name\":\"" + name + "\",\"description\":\"Edited.\",\"tracks\":[\"engineer\"]}").status()).isEqualTo(200);
        Page stale = author.put("/api/author/skills/" + id, "{\"version\":" + version + ",\"name\":\"" + name + "\",\"description\":\"Stale.\"}");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(json(stale).getJsonObject("current").getString("description")).isEqualTo("Edited.");

        author.session.get("/author/skill/new");
        Page bad = author.session.submit("skill", Map.of("name", "", "slug", "", "description", "Kept description"), "save");
        assertThat(bad.fieldError("skill:name")).isEqualTo("Required.");
        assertThat(textarea(bad, "skill:description")).isEqualTo("Kept description");
        assertThat(author.session.get("/author/skills").body()).contains(name);
        assertThat(new WebSession(base).get("/tracks/engineer").body()).contains(name);
        assertThat(adminSession().get("/admin/audit?type=SKILL").body()).contains(name, "description: Edited.");
    }

    // ---- Export and import --------------------------------------------------------------------------------------

    @Test
    void anExportedCourseImportsAsANewDraftWithTheSameContent() {
        Person author = instructor();
        long course = author.createCourse("Exported " + tag());
        author.createLesson(course, "Exported one", "# One\n\nText one.", oneQuestion("One?"));
        author.createLesson(course, "Exported two", "Text two.", null);
        Page export = author.session.getJson("/api/author/courses/" + course + "/export");
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.header("Content-Disposition")).contains("attachment");
        JsonObject document = json(export);
        assertThat(document.getInt("format")).isEqualTo(1);
        assertThat(document.getJsonArray("lessons")).hasSize(2);

        Page imported = author.post("/api/author/courses/import", export.body());
        assertThat(imported.status()).isEqualTo(201);
        long copy = json(imported).getJsonNumber("id").longValue();
        JsonObject copied = author.json("/api/author/courses/" + copy);
        assertThat(copied.getString("status")).isEqualTo("DRAFT");
        assertThat(copied.getJsonObject("values").getString("slug")).isEqualTo(document.getString("slug") + "-2");
        JsonObject again = json(author.session.getJson("/api/author/courses/" + copy + "/export"));
        assertThat(again.getJsonArray("lessons").getJsonObject(0).getString("body")).isEqualTo("# One\n\nText one.");
        assertThat(again.getJsonArray("lessons").getJsonObject(0).getJsonArray("questions"))
                .isEqualTo(document.getJsonArray("lessons").getJsonObject(0).getJsonArray("questions"));

        // The page: paste the document; a broken one is explained beside the field.
        author.session.get("/author/");
        assertThat(author.session.submit("import", Map.of("document", "{\"format\": 1, \"title\""), "submit").fieldError("import:document"))
                .contains("not a course document");
        author.session.get("/author/");
        assertThat(author.session.submit("import", Map.of("document", export.body().replace("\"format\": 1", "\"format\": 7")), "submit")
                .fieldError("import:document")).contains("format 1");
        author.session.get("/author/");
        Page viaPage = author.session.submit("import", Map.of("document", export.body()), "submit");
        assertThat(author.session.follow(viaPage).body()).contains("Course imported as a draft.", "Exported one");
        assertThat(author.post("/api/author/courses/import", "{\"format\":1,\"title\":\"\",\"summary\":\"S\",\"lessons\":[{\"title\":\"L\",\"body\":\"\",\"minutes\":5}]}").body())
                .contains("lessons[1].body", "title");
    }

    // ---- The XSS corpus through every rendering path ------------------------------------------------------------

    @Test
    void theXssCorpusIsInertOnEveryPageThatShowsAuthoredContent() throws IOException {
        List<String> corpus = corpus();
        String everything = String.join("\n\n", corpus);
        Person author = instructor();
        long course = author.createCourse("Hostile " + tag());
        author.put("/api/author/courses/" + course, "{\"version\":" + author.json("/api/author/courses/" + course).getJsonNumber("version")
                + ",\"title\":" + quote("Hostile <svg onload=alert(1)>") + ",\"summary\":" + quote(everything.substring(0, 990)) + ",\"tracks\":[\"producer\"]}");
        List<Long> lessons = new ArrayList<>();
        for (int i = 0; i < corpus.size(); i++) {
            String line = corpus.get(i);
            String title = line.length() > 110 ? line.substring(0, 110) : line;
            List<String> options = List.of(line.length() > 490 ? line.substring(0, 490) : line, "safe " + i);
            lessons.add(author.createLesson(course, title + " " + i, everything, "[{\"kind\":\"SINGLE\",\"prompt\":" + quote(line)
                    + ",\"explanation\":" + quote(line) + ",\"options\":[{\"label\":" + quote(options.get(0)) + ",\"correct\":true},"
                    + "{\"label\":" + quote(options.get(1)) + ",\"correct\":false}]}]"));
        }
        assertThat(author.post("/api/author/courses/" + course + "/publish", "").status()).isEqualTo(200);
        String slug = author.courseSlug(course);
        Person learner = learner();
        learner.post("/api/enrollments", "{\"course\":\"" + slug + "\"}");

        List<String> pages = new ArrayList<>(List.of("/author/", "/author/course/" + course, "/author/skills", "/courses/" + slug, "/courses", "/tracks/producer", "/learn/"));
        for (Long lesson : lessons) {
            pages.add("/author/lesson/" + lesson);
            pages.add("/author/check/" + lesson);
        }
        for (String path : pages) {
            Page page = path.startsWith("/author") ? author.session.get(path) : learner.session.get(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertInert(page.body());
        }
        for (Long lesson : lessons) {
            Page page = learner.session.get("/lessons/" + author.lessonSlug(lesson));
            assertThat(page.body()).as("the check is shown").contains("checkform");
            assertInert(page.body());
        }
        // The preview renders what was typed, through the same renderer.
        for (String line : corpus) {
            author.session.get("/author/lesson/" + lessons.get(0));
            Page preview = author.session.submit("lesson", lessonForm("Preview " + line.substring(0, Math.min(60, line.length())), line), "preview");
            assertThat(preview.body()).contains("id=\"preview\"");
            assertInert(preview.body());
        }
        // A failed check shows the hostile explanations and options as feedback.
        String lessonSlug = author.lessonSlug(lessons.get(0));
        Page feedback = learner.post("/api/lessons/" + lessonSlug + "/check-attempts", wrongAnswers(lessonSlug));
        assertThat(feedback.status()).isEqualTo(200);
        learner.session.get("/lessons/" + lessonSlug);
        assertInert(learner.session.get("/lessons/" + lessonSlug).body());
        WebSession admin = adminSession();
        assertInert(admin.get("/admin/audit?course=" + course).body());
        assertInert(admin.get("/admin/audit").body());
        assertInert(admin.get("/author/").body());
    }

    @Test
    void theAuthoringApiIsDescribedInOpenApi() {
        String openapi = new app.soundpath.testing.Http(base).serverRoot("/openapi").body();
        assertThat(openapi).contains("/api/author/courses", "/api/author/lessons", "/api/author/skills", "/api/author/courses/import");
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A signed-in person of this test, with their session and small API helpers. */
    /** Someone signed in, with the authoring calls the tests make as them. */
    final class Person extends SignedIn {

        Person(String email, WebSession session) {
            super(email, session);
        }

        JsonObject json(String path) {
            Page page = session.getJson(path);
            assertThat(page.status()).as(path).isEqualTo(200);
            return AuthoringIT.json(page);
        }

        JsonValue jsonValue(String path) {
            try (var reader = Json.createReader(new StringReader(session.getJson(path).body()))) {
                return reader.readValue();
            }
        }

        long createCourse(String title) {
            Page page = post("/api/author/courses", courseJson(null, title));
            assertThat(page.status()).as(page.body()).isEqualTo(201);
            return AuthoringIT.json(page).getJsonNumber("id").longValue();
        }

        long createLesson(long course, String title, String body, String questions) {
            Page page = post("/api/author/lessons", "{\"course\":" + course + ",\"title\":" + quote(title) + ",\"summary\":\"About " + "it.\","
                    + "\"body\":" + quote(body) + ",\"minutes\":7" + (questions == null ? "" : ",\"questions\":" + questions) + "}");
            assertThat(page.status()).as(page.body()).isEqualTo(201);
            return AuthoringIT.json(page).getJsonNumber("id").longValue();
        }

        String courseSlug(long course) {
            return json("/api/author/courses/" + course).getJsonObject("values").getString("slug");
        }

        String lessonSlug(long lesson) {
            return json("/api/author/lessons/" + lesson).getJsonObject("live").getString("slug");
        }

        void addCoOwner(long course, String otherEmail) {
            session.get("/author/course/" + course);
            Page added = session.submit("owners", Map.of("email", otherEmail), "add");
            assertThat(added.status()).as(added.body()).isEqualTo(302);
        }
    }

    private Person instructor() {
        Person person = signUp("Tess Teacher");
        WebSession admin = adminSession();
        Page adminPage = admin.get("/admin/person/" + accountId(person.session));
        Matcher forms = Pattern.compile("<form id=\"([^\"]*role)\"").matcher(adminPage.body());
        List<String> ids = forms.results().map(r -> r.group(1)).toList();
        assertThat(admin.submit(adminPage, ids.get(1), Map.of(), "grant").status()).isEqualTo(302);
        return signIn(person.email);
    }

    private Person learner() {
        return signUp("Lena Learner");
    }

    private Person signUp(String name) {
        SignedIn signedUp = SignedIn.signUp(base, "authoring", name);
        return new Person(signedUp.email, signedUp.session);
    }

    /** Signs in afresh (a new session, so that roles granted meanwhile count). */
    private Person signIn(String email) {
        SignedIn signedIn = SignedIn.signIn(new WebSession(base), email, PASSWORD);
        return new Person(signedIn.email, signedIn.session);
    }

    private WebSession adminSession() {
        return SignedIn.signIn(new WebSession(base), ADMIN, ADMIN_PASSWORD).session;
    }

    private static String accountId(WebSession session) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(session.getJson("/api/me").body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private long seedCourseId() {
        JsonArray all = (JsonArray) new Person(ADMIN, adminSession()).jsonValue("/api/author/courses");
        return all.getValuesAs(JsonObject.class).stream().filter(c -> c.getString("slug").equals("audio-foundations"))
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private JsonObject courseProgress(Person learner, String slug) {
        return json(learner.session.getJson("/api/learners/me/progress")).getJsonArray("courses").getValuesAs(JsonObject.class)
                .stream().filter(c -> c.getString("slug").equals(slug)).findFirst().orElseThrow();
    }

    private String lessonRecord(String email, String lessonSlug) {
        return new WebSession(base).getJson("/api/test-data/lesson-record?email=" + enc(email) + "&lesson=" + lessonSlug).body();
    }

    private String rightAnswers(String lessonSlug) {
        return new Learners(base).rightAnswers(lessonSlug);
    }

    private String wrongAnswers(String lessonSlug) {
        return new Learners(base).wrongAnswers(lessonSlug);
    }

    private List<String> lessonTitles(Person author, long course) {
        return author.json("/api/author/courses/" + course).getJsonArray("lessons").getValuesAs(JsonObject.class)
                .stream().map(l -> l.getString("title")).toList();
    }

    /** The course titles of one track in the reorder section of /author/. */
    private static List<String> trackOrder(Page page, String track) {
        String body = page.body();
        int start = body.indexOf("<h3>" + track + "</h3>");
        int end = body.indexOf("</ol>", start);
        Matcher m = Pattern.compile("<span class=\"order-title\">([^<]+)<").matcher(body.substring(start, end));
        return m.results().map(r -> r.group(1).strip()).toList();
    }

    /** The ids of the forms whose id ends with the given name (rows of a ui:repeat), in page order. */
    private static List<String> formIds(Page page, String name) {
        Matcher m = Pattern.compile("<form id=\"([^\"]*" + Pattern.quote(name) + ")\"").matcher(page.body());
        return m.results().map(r -> r.group(1)).toList();
    }

    private static Map<String, String> lessonForm(String title, String body) {
        Map<String, String> form = new HashMap<>();
        form.put("title", title);
        form.put("slug", "");
        form.put("summary", "");
        form.put("minutes", "10");
        form.put("passMark", "80");
        form.put("required", "true");
        form.put("body", body);
        return form;
    }

    private static String textarea(Page page, String id) {
        Matcher m = Pattern.compile("<textarea id=\"" + Pattern.quote(id) + "\"[^>]*>(.*?)</textarea>", Pattern.DOTALL).matcher(page.body());
        assertThat(m.find()).as("textarea " + id).isTrue();
        return unescape(m.group(1)).replaceFirst("^\n", "");
    }

    private static String inputValue(Page page, String id) {
        Matcher m = Pattern.compile("<input[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*value=\"([^\"]*)\"").matcher(page.body());
        return m.find() ? unescape(m.group(1)) : "";
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&");
    }

    @Test
    void theInertnessCheckCatchesLiveMarkupAndAcceptsEscapedText() {
        assertInert("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p><a href=\"/x\" aria-label=\"<img src=x onerror=alert(1)>\">ok</a>");
        for (String live : List.of("<script>alert(1)</script>", "<p onclick=\"x()\">", "<a href=\"&#106;avascript:alert(1)\">",
                "<img src=x>", "<div style=\"color:red\">", "<a href=' javascript:alert(1)'>", "<meta http-equiv=\"refresh\" content=\"0\">")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> assertInert("<p>fine</p>" + live)).as(live).isInstanceOf(AssertionError.class);
        }
    }

    private static String oneQuestion(String prompt) {
        return "[{\"kind\":\"SINGLE\",\"prompt\":" + quote(prompt) + ",\"explanation\":\"Because.\",\"options\":["
                + "{\"label\":\"Yes\",\"correct\":true},{\"label\":\"No\",\"correct\":false}]}]";
    }

    private static String lessonJson(long version, String title, String body, String questions) {
        return "{\"version\":" + version + ",\"title\":" + quote(title) + ",\"body\":" + quote(body) + ",\"minutes\":7"
                + (questions == null ? "" : ",\"questions\":" + questions) + "}";
    }

    private static String courseJson(Long version, String title) {
        return courseJson(version, title, null);
    }

    private static String courseJson(Long version, String title, String track) {
        return "{" + (version == null ? "" : "\"version\":" + version + ",") + "\"title\":" + quote(title)
                + ",\"summary\":\"A course made by a test.\",\"tracks\":[" + (track == null ? "" : quote(track)) + "]}";
    }


    static String quote(String s) {
        return Json.createValue(s).toString();
    }

    static JsonObject json(Page page) {
        try (var reader = Json.createReader(new StringReader(page.body()))) {
            return reader.readObject();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    /** Runs last: everything this class's requests put into sessions can be replicated to another cluster node. */
    @Test
    @org.junit.jupiter.api.Order(Integer.MAX_VALUE)
    void everythingKeptInASessionCanMoveToAnotherNode() {
        app.soundpath.testing.SessionContents.assertAllSerialisable(base);
    }
}
