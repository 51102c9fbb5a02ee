package app.soundpath.reporting;

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
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The admin reports on the real WAR and database: who may see them, that their numbers agree with what learners
 * see after scripted actions, keyset paging, statement counts that do not grow with learners, CSV, bad input.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    private static final List<String> API = List.of("/api/admin/reports/overview", "/api/admin/reports/tracks/producer/funnel",
            "/api/admin/reports/courses/audio-foundations", "/api/admin/reports/assessments", "/api/admin/reports/learners",
            "/api/admin/reports/learners.csv", "/api/admin/reports/courses/audio-foundations/progress.csv",
            "/api/admin/reports/tracks/engineer/funnel.csv", "/api/admin/reports/courses/live-sound/funnel.csv");
    private static final List<String> PAGES = List.of("/admin/reports/", "/admin/reports/track/producer",
            "/admin/reports/course/audio-foundations", "/admin/reports/assessments", "/admin/reports/learners");

    @Test
    void onlyAdminsSeeReports() {
        Learners people = new Learners(base);
        WebSession learner = people.signedUp("reports-learner", "Lee Learner");
        WebSession instructor = people.signedIn(new WebSession(base), "instructor@soundpath.test", "instructor-demo-2026");
        WebSession admin = people.admin();
        for (String path : API) {
            assertThat(api(new WebSession(base), path).status()).as("anonymous " + path).isEqualTo(401);
            assertThat(api(learner, path).status()).as("learner " + path).isEqualTo(403);
            assertThat(api(instructor, path).status()).as("instructor " + path).isEqualTo(403);
            assertThat(api(admin, path).status()).as("admin " + path).isEqualTo(200);
        }
        for (String path : PAGES) {
            assertThat(new WebSession(base).get(path).status()).as("anonymous " + path).isEqualTo(302);
            assertThat(learner.get(path).status()).as("learner " + path).isEqualTo(403);
            assertThat(admin.get(path).status()).as("admin " + path).isEqualTo(200);
        }
        long learnerId = me(learner);
        assertThat(learner.getJson("/api/admin/reports/learners/" + learnerId).status()).as("not even oneself").isEqualTo(403);
        assertThat(learner.get("/admin/reports/learner/" + learnerId).status()).isEqualTo(403);
    }

    @Test
    void funnelsListAndDetailAgreeWithWhatLearnersSeeAfterScriptedActions() {
        Learners people = new Learners(base);
        WebSession admin = people.admin();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        String range = "?from=" + today + "&to=" + today;
        JsonObject overview0 = json(admin.getJson("/api/admin/reports/overview"));
        List<Long> producer0 = counts(json(admin.getJson("/api/admin/reports/tracks/producer/funnel" + range)));
        List<Long> engineer0 = counts(json(admin.getJson("/api/admin/reports/tracks/engineer/funnel" + range)));
        JsonObject foundation0 = json(admin.getJson("/api/admin/reports/courses/audio-foundations"));
        JsonObject outcomes0 = json(admin.getJson("/api/admin/reports/assessments"));

        // Ana: suggested producer, follows it, finishes the foundation course (one failed check on the way).
        String tag = UUID.randomUUID().toString().substring(0, 6);
        WebSession ana = people.signedUp("agree-ana-" + tag, "Ana Agree " + tag);
        people.decide(ana, people.assess(ana, people.clearly("PRODUCER")), "PRODUCER", null);
        people.fail(ana, "what-sound-is-frequency-amplitude-decibels");
        people.lessonsOf("audio-foundations").forEach(lesson -> people.pass(ana, lesson));
        // Ben: suggested engineer, chooses producer instead (an override), passes two foundation lessons.
        WebSession ben = people.signedUp("agree-ben-" + tag, "Ben Agree " + tag);
        people.decide(ben, people.assess(ben, people.clearly("ENGINEER")), "PRODUCER", "CAREER_GOAL");
        people.lessonsOf("audio-foundations").stream().limit(2).forEach(lesson -> people.pass(ben, lesson));
        // Cy: takes the assessment only.
        WebSession cy = people.signedUp("agree-cy-" + tag, "Cy Agree " + tag);
        people.assess(cy, people.clearly("ENGINEER"));
        // Dee: suggested engineer, then producer on a second try: she counts once, with her latest result.
        WebSession dee = people.signedUp("agree-dee-" + tag, "Dee Agree " + tag);
        people.assess(dee, people.clearly("ENGINEER"));
        people.assess(dee, people.clearly("PRODUCER"));

        JsonObject overview = json(admin.getJson("/api/admin/reports/overview"));
        assertThat(overview.getJsonNumber("learners").longValue() - overview0.getJsonNumber("learners").longValue()).isEqualTo(4);
        assertThat(overview.getJsonNumber("assessments").longValue() - overview0.getJsonNumber("assessments").longValue()).isEqualTo(5);
        assertThat(overview.getJsonNumber("active7").longValue() - overview0.getJsonNumber("active7").longValue()).isEqualTo(2);
        assertThat(delta(track(overview, "producer"), track(overview0, "producer"), "learners")).isEqualTo(2);
        assertThat(delta(track(overview, "producer"), track(overview0, "producer"), "enrollments")).isEqualTo(8);
        assertThat(delta(track(overview, "foundation"), track(overview0, "foundation"), "enrollments")).isEqualTo(2);
        assertThat(delta(track(overview, "foundation"), track(overview0, "foundation"), "completions")).isEqualTo(1);
        assertThat(delta(track(overview, "engineer"), track(overview0, "engineer"), "enrollments")).isZero();

        assertThat(minus(counts(json(admin.getJson("/api/admin/reports/tracks/producer/funnel" + range))), producer0))
                .as("assessed, suggested producer, enrolled, started, half done, completed").containsExactly(4L, 2L, 1L, 1L, 0L, 0L);
        assertThat(minus(counts(json(admin.getJson("/api/admin/reports/tracks/engineer/funnel" + range))), engineer0))
                .as("Ben was suggested engineer but enrolled in producer; Dee's latest result is producer")
                .containsExactly(4L, 2L, 0L, 0L, 0L, 0L);
        assertThat(new WebSession(base).getJson("/api/test-data/summary-drift").body())
                .as("the reports' learner-track summaries agree with a recount from scratch").isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/lesson-figures-drift").body())
                .as("the course report's per-lesson counters agree with a count from scratch").isEqualTo("0");
        assertThat(new WebSession(base).getJson("/api/test-data/course-figures-drift").body())
                .as("the course report's per-course counters agree with a count from scratch").isEqualTo("0");
        assertThat(minus(counts(json(admin.getJson("/api/admin/reports/tracks/producer/funnel?from=2000-01-01&to=2000-12-31"))),
                List.of(0L, 0L, 0L, 0L, 0L, 0L))).as("outside the range").containsOnly(0L);
        assertThat(admin.get("/admin/reports/track/producer?from=2000-01-01&to=2000-12-31").body())
                .as("an empty funnel says so").contains("No learners to count here yet");
        assertThat(admin.get("/admin/reports/track/producer" + range).body()).doesNotContain("No learners to count here yet");

        JsonObject foundation = json(admin.getJson("/api/admin/reports/courses/audio-foundations"));
        List<Long> course = minus(counts(foundation.getJsonObject("funnel")), counts(foundation0.getJsonObject("funnel")));
        assertThat(course).as("enrolled, started, lessons 1–6 reached (the sixth, ear training, is optional), completed")
                .containsExactly(2L, 2L, 2L, 2L, 1L, 1L, 1L, 1L, 1L);
        // The optional lesson is a step of its own kind, and the step after it is measured against the step before it.
        var steps = foundation.getJsonObject("funnel").getJsonArray("steps");
        assertThat(steps.getJsonObject(7).getString("key")).isEqualTo("reachedOptional");
        assertThat(steps.getJsonObject(6).getString("key")).isEqualTo("reached");
        JsonObject fifth = steps.getJsonObject(6);
        JsonObject completed = steps.getJsonObject(8);
        assertThat(completed.getInt("ofPrevious")).isEqualTo(fifth.getJsonNumber("count").longValue() == 0 ? 0
                : (int) Math.round(completed.getJsonNumber("count").longValue() * 100.0 / fifth.getJsonNumber("count").longValue()));
        assertThat(admin.get("/admin/reports/course/audio-foundations").body())
                .contains("Reached optional lesson: 6. Ear training").contains("Reached lesson: 5.");
        JsonObject first = foundation.getJsonArray("lessons").getJsonObject(0);
        JsonObject first0 = foundation0.getJsonArray("lessons").getJsonObject(0);
        assertThat(delta(first, first0, "failedAttempts")).isEqualTo(1);
        assertThat(delta(first, first0, "done")).isEqualTo(2);

        JsonObject outcomes = json(admin.getJson("/api/admin/reports/assessments"));
        assertThat(delta(outcomes, outcomes0, "decisions")).isEqualTo(2);
        assertThat(delta(outcomes, outcomes0, "overrides")).isEqualTo(1);
        assertThat(outcomes.toString()).contains("\"reason\":\"CAREER_GOAL\"");

        // The list and the detail say what the learner's own dashboard says.
        JsonObject row = json(admin.getJson("/api/admin/reports/learners?q=agree-ana-" + tag)).getJsonArray("rows").getJsonObject(0);
        JsonObject progress = json(ana.getJson("/api/learners/me/progress"));
        JsonArray courses = progress.getJsonArray("courses");
        assertThat(row.getJsonNumber("enrolled").longValue()).isEqualTo(courses.size());
        assertThat(row.getJsonNumber("completed").longValue())
                .isEqualTo(courses.getValuesAs(JsonObject.class).stream().filter(c -> c.getBoolean("complete")).count());
        JsonObject detail = json(admin.getJson("/api/admin/reports/learners/" + row.getJsonNumber("id").longValue()));
        for (JsonObject mine : courses.getValuesAs(JsonObject.class)) {
            JsonObject theirs = detail.getJsonArray("courses").getValuesAs(JsonObject.class).stream()
                    .filter(c -> c.getString("slug").equals(mine.getString("slug"))).findFirst().orElseThrow();
            assertThat(theirs.getInt("lessonsDone")).as(mine.getString("slug")).isEqualTo(mine.getInt("lessonsDone"));
            assertThat(theirs.getInt("lessonsTotal")).isEqualTo(mine.getInt("lessonsTotal"));
        }
        assertThat(detail.getJsonArray("assessments").getJsonObject(0).getString("chosenTrack")).isEqualTo("PRODUCER");
        assertThat(detail.getJsonArray("timeline").toString()).contains("\"verb\":\"COMPLETED\"", "\"verb\":\"FAILED\"");

        Page page = admin.get("/admin/reports/learner/" + row.getJsonNumber("id").longValue());
        assertThat(page.body()).contains("Ana Agree", "Courses and lessons", "Learning record", "5 of 5 lessons done (100%)");
        assertThat(admin.get("/admin/reports/course/audio-foundations").body()).contains("Reached lesson: 1. What sound is",
                "Average best check score", "Checks failed most often");
    }

    @Test
    void theLearnerListPagesByKeysetWithoutGapsOrRepeatsInEitherOrder() {
        WebSession admin = new Learners(base).admin();
        String prefix = "Keyset " + UUID.randomUUID().toString().substring(0, 6);
        plant(prefix, 120, false);
        String q = URLEncoder.encode(prefix.toLowerCase(), StandardCharsets.UTF_8);
        for (String sort : List.of("NAME", "NEWEST")) {
            List<String> names = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            String after = null;
            do {
                JsonObject page = json(admin.getJson("/api/admin/reports/learners?q=" + q + "&sort=" + sort
                        + (after == null ? "" : "&after=" + after)));
                JsonArray rows = page.getJsonArray("rows");
                sizes.add(rows.size());
                rows.getValuesAs(JsonObject.class).forEach(r -> names.add(r.getString("name")));
                after = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
            } while (after != null);
            assertThat(sizes).as(sort).containsExactly(50, 50, 20);
            assertThat(names).as(sort).doesNotHaveDuplicates().hasSize(120);
            assertThat(names.get(0)).as(sort).isEqualTo(prefix + (sort.equals("NAME") ? " 001" : " 001"));
            if (sort.equals("NAME")) {
                assertThat(names).isSorted();
            }
        }
        Page html = admin.get("/admin/reports/learners?q=" + q);
        assertThat(html.body()).contains(prefix + " 001", "Next 50 learners").doesNotContain(prefix + " 051");
        String next = html.body().replaceAll("(?s).*rel=\"next\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        assertThat(admin.get(next.replaceFirst("^/[^/]+(?=/admin)", "")).body()).contains(prefix + " 051", "First page")
                .doesNotContain(prefix + " 050<");
    }

    @Test
    void badFiltersAreRefusedClearlyAndHostileTextIsInert() {
        WebSession admin = new Learners(base).admin();
        String list = "/api/admin/reports/learners";
        assertThat(admin.getJson(list + "?q=" + "x".repeat(101)).status()).isEqualTo(400);
        assertThat(admin.getJson(list + "?status=DONE").status()).isEqualTo(400);
        assertThat(admin.getJson(list + "?sort=AGE").status()).isEqualTo(400);
        assertThat(admin.getJson(list + "?after=not-a-cursor!").status()).isEqualTo(400);
        assertThat(admin.getJson(list + "?after=" + "QQ".repeat(300)).status()).isEqualTo(400);
        assertThat(admin.getJson(list + "?sort=NEWEST&after=MTphYmM").status()).as("a cursor of the other order").isEqualTo(400);
        assertThat(admin.getJson(list + "?track=drummer").status()).isEqualTo(404);
        assertThat(admin.getJson(list + "?course=%27%20OR%201%3D1").status()).isEqualTo(404);
        assertThat(admin.getJson("/api/admin/reports/tracks/drummer/funnel").status()).isEqualTo(404);
        assertThat(admin.getJson("/api/admin/reports/courses/nope").status()).isEqualTo(404);
        assertThat(admin.getJson("/api/admin/reports/learners/999999999").status()).isEqualTo(404);
        assertThat(admin.getJson("/api/admin/reports/learners/abc").status()).isEqualTo(404);
        assertThat(admin.getJson("/api/admin/reports/tracks/producer/funnel?from=yesterday").status()).isEqualTo(400);
        assertThat(admin.getJson("/api/admin/reports/tracks/producer/funnel?from=2026-02-01&to=2026-01-01").status()).isEqualTo(400);
        assertThat(admin.getJson("/api/admin/reports/tracks/producer/funnel?questionnaire=1;DROP").status()).isEqualTo(400);
        for (String hostile : List.of("' OR '1'='1", "%", "_", "<script>alert(1)</script>", "\\")) {
            Page page = admin.getJson(list + "?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
            assertThat(page.status()).as(hostile).isEqualTo(200);
            assertThat(json(page).getJsonArray("rows")).as("%s matches nothing, literally", hostile).isEmpty();
        }

        Page badDate = admin.get("/admin/reports/track/producer?from=yesterday");
        assertThat(badDate.status()).isEqualTo(200);
        assertThat(badDate.body()).contains("Please enter dates as year-month-day", "Took the assessment");
        Page badFilter = admin.get("/admin/reports/learners?status=DONE&q=" + "y".repeat(150) + "&after=junk");
        assertThat(badFilter.status()).isEqualTo(200);
        assertThat(badFilter.body()).contains("role=\"alert\"");
        assertThat(admin.get("/admin/reports/course/nope").status()).isEqualTo(404);
        assertThat(admin.get("/admin/reports/learner/999999999").status()).isEqualTo(404);
        assertThat(admin.get("/admin/reports/learner/abc").status()).isEqualTo(404);

        String prefix = "Hostile " + UUID.randomUUID().toString().substring(0, 6);
        plant(prefix, 1, true);
        String email = prefix.toLowerCase().replace(' ', '-') + "-001@example.com";
        rename(email, "<script>alert(1)</script><img src=x onerror=alert(2)>");
        Page listed = admin.get("/admin/reports/learners?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertThat(listed.body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert(1)", "<img src=x");
    }

    @Test
    void reportsSendTheSameNumberOfStatementsHoweverManyLearnersThereAre() {
        WebSession admin = new Learners(base).admin();
        plant("Count small " + UUID.randomUUID().toString().substring(0, 6), 10, true);
        List<String> paths = List.of("/api/admin/reports/overview", "/api/admin/reports/tracks/producer/funnel",
                "/api/admin/reports/courses/audio-foundations", "/api/admin/reports/assessments",
                "/api/admin/reports/learners", "/api/admin/reports/learners?sort=NEWEST&course=audio-foundations&status=IN_PROGRESS",
                "/api/admin/reports/learners/" + plant("Count detail " + UUID.randomUUID().toString().substring(0, 6), 1, true));
        Map<String, Integer> small = new LinkedHashMap<>();
        paths.forEach(path -> admin.getJson(path)); // warm the caches first
        paths.forEach(path -> small.put(path, statements(admin, path)));
        plant("Count large " + UUID.randomUUID().toString().substring(0, 6), 300, true);
        Map<String, Integer> large = new LinkedHashMap<>();
        paths.forEach(path -> admin.getJson(path)); // planting emptied the caches: warm them again
        paths.forEach(path -> large.put(path, statements(admin, path)));

        assertThat(large).isEqualTo(small);
        // Reading the catalogue (tracks, courses, lessons, skills) is about 13 of these, the same for every report.
        assertThat(small.values()).as("each report is a fixed, small number of statements").allMatch(n -> n > 0 && n <= 30);
        assertThat(small.get("/api/admin/reports/courses/audio-foundations"))
                .as("the course report: course, lesson and listening counters in one statement").isEqualTo(1);
    }

    @Test
    void csvDownloadsAreQuotedDefusedUtf8WithAByteOrderMarkAndHonourTheFilters() throws Exception {
        WebSession admin = new Learners(base).admin();
        String prefix = "Csv " + UUID.randomUUID().toString().substring(0, 6);
        plant(prefix, 3, true);
        String slug = prefix.toLowerCase().replace(' ', '-');
        rename(slug + "-001@example.com", "=HYPERLINK(\"http://evil.example\",\"click\")");
        rename(slug + "-002@example.com", "Zoë \"Quote\", Comma");
        rename(slug + "-003@example.com", "+SUM(1,2)");

        HttpResponse<byte[]> csv = download(admin, "/api/admin/reports/learners.csv?q=" + slug);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        byte[] bytes = csv.body();
        assertThat(new byte[]{bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        List<String> lines = text.lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).isEqualTo("id,name,email,joined,courses enrolled,courses completed,last activity");
        assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"", "\"Zoë \"\"Quote\"\", Comma\"",
                "'+SUM(1,2)");
        assertThat(text).doesNotContain(",=HYPERLINK", ",+SUM");

        String course = new String(download(admin, "/api/admin/reports/courses/audio-foundations/progress.csv").body(), StandardCharsets.UTF_8);
        assertThat(course).startsWith("\uFEFFlearner id,name,email,enrolled,left,lessons done,lessons,last activity,completed")
                .contains(slug + "-002@example.com");
        String funnel = new String(download(admin, "/api/admin/reports/tracks/producer/funnel.csv?from=2026-01-01").body(), StandardCharsets.UTF_8);
        assertThat(funnel.lines()).hasSize(7).first().asString().contains("step,detail,learners");
        assertThat(download(admin, "/api/admin/reports/learners.csv?status=NOPE").statusCode()).isEqualTo(400);
    }

    @Test
    void theXssCorpusIsInertOnEveryReportPageAndExactInTheCsv() throws Exception {
        List<String> corpus = app.soundpath.testing.Markup.corpus();
        String prefix = "Xss " + UUID.randomUUID().toString().substring(0, 6);
        long first = plant(prefix, corpus.size(), true);
        String slug = prefix.toLowerCase().replace(' ', '-');
        for (int i = 0; i < corpus.size(); i++) {
            rename(slug + "-" + String.format("%03d", i + 1) + "@example.com", corpus.get(i).substring(0, Math.min(80, corpus.get(i).length())));
        }
        Learners people = new Learners(base);
        WebSession learner = people.signedUp("xss-reason", "Rae Reason");
        long attempt = people.assess(learner, people.clearly("ENGINEER"));
        String reason = corpus.get(0).replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        assertThat(people.post(learner, "/api/learners/me/assessments/" + attempt + "/decision",
                "{\"track\":\"PRODUCER\",\"reason\":\"OTHER\",\"reasonText\":\"" + reason + "\"}").status()).isEqualTo(201);

        WebSession admin = people.admin();
        app.soundpath.testing.Markup.assertInert(admin.get("/admin/reports/learners?q=" + slug).body());
        app.soundpath.testing.Markup.assertInert(admin.get("/admin/reports/learners?q=" + slug + "&sort=NEWEST").body());
        app.soundpath.testing.Markup.assertInert(admin.get("/admin/reports/assessments").body());
        app.soundpath.testing.Markup.assertInert(admin.get("/admin/reports/").body());
        for (int i = 0; i < corpus.size(); i++) {
            app.soundpath.testing.Markup.assertInert(admin.get("/admin/reports/learner/" + (first + i)).body());
        }

        String csv = new String(download(admin, "/api/admin/reports/learners.csv?q=" + slug).body(), StandardCharsets.UTF_8).substring(1);
        List<org.apache.commons.csv.CSVRecord> records = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader()
                .setSkipHeaderRecord(true).build().parse(new StringReader(csv)).getRecords();
        List<String> names = records.stream().map(r -> r.get("name")).sorted().toList();
        List<String> expected = corpus.stream().map(c -> c.substring(0, Math.min(80, c.length())))
                .map(app.soundpath.reporting.control.CsvCells::text).sorted().toList();
        assertThat(names).as("every hostile name comes back exactly, formulas defused").isEqualTo(expected);
    }

    // ---- Instructors see their learners (issue 16) -----------------------------------------------------------------

    /**
     * An instructor who co-teaches the foundation course sees its report (the very numbers the admin sees), its
     * learners and one learner's progress in it, never their other courses, assessments or learning record; another
     * instructor gets 403 on the course and 404 on its learners; learners and visitors get nothing.
     */
    @Test
    void instructorsSeeTheLearnersOfTheCoursesTheyTeachAndNothingElse() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        WebSession teacher = instructorOf("teach-a-" + tag, "Tara Teacher " + tag, "audio-foundations");
        WebSession other = instructorOf("teach-b-" + tag, "Omar Other " + tag, "pre-production");
        WebSession admin = new Learners(base).admin();
        Learners people = new Learners(base);
        WebSession inClass = people.signedUp("teach-in", "Ines Inclass " + tag);
        assertThat(people.post(inClass, "/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isBetween(200, 201);
        List<String> lessons = people.lessonsOf("audio-foundations");
        people.fail(inClass, lessons.get(0));
        people.pass(inClass, lessons.get(0));
        people.assess(inClass, people.clearly("PRODUCER"));
        WebSession outside = people.signedUp("teach-out", "Otto Outside " + tag);
        long inId = me(inClass);
        long outId = me(outside);

        // the report: the admin's, number for number
        assertThat(api(teacher, "/api/author/reports/courses/audio-foundations").body())
                .isEqualTo(api(admin, "/api/admin/reports/courses/audio-foundations").body());
        assertThat(teacher.getJson("/api/author/reports/courses").body()).contains("audio-foundations").doesNotContain("pre-production");
        Page page = teacher.get("/author/reports/course/audio-foundations");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Audio foundations", "Average best check score", "/api/author/reports/courses/audio-foundations/progress.csv");
        assertThat(teacher.get("/author/").body()).contains("/author/reports/course/audio-foundations", "/author/reports/learners");

        // the learners: in the class, not outside it; figures of the teacher's courses only
        JsonObject list = json(teacher.getJson("/api/author/reports/learners?q=" + URLEncoder.encode("ines inclass " + tag, StandardCharsets.UTF_8)));
        assertThat(list.getJsonArray("rows")).hasSize(1);
        assertThat(list.getJsonArray("rows").getJsonObject(0).getInt("enrolled")).isEqualTo(1);
        assertThat(json(teacher.getJson("/api/author/reports/learners?q=" + URLEncoder.encode("otto outside " + tag, StandardCharsets.UTF_8)))
                .getJsonArray("rows")).isEmpty();
        assertThat(teacher.get("/author/reports/learners?course=audio-foundations&status=IN_PROGRESS").body()).contains("Ines Inclass " + tag);

        // one learner: their progress in the teacher's course, and nothing else of theirs
        JsonObject detail = json(teacher.getJson("/api/author/reports/learners/" + inId));
        assertThat(detail.getJsonArray("courses").getValuesAs(JsonObject.class)).extracting(c -> c.getString("slug"))
                .containsExactly("audio-foundations");
        assertThat(detail.getJsonArray("assessments")).isEmpty();
        assertThat(detail.getJsonArray("timeline")).isEmpty();
        assertThat(!detail.containsKey("lastSignInAt") || detail.isNull("lastSignInAt")).as("no sign-in time").isTrue();
        assertThat(json(admin.getJson("/api/admin/reports/learners/" + inId)).getJsonArray("assessments")).hasSize(1);
        Page learnerPage = teacher.get("/author/reports/learner/" + inId);
        assertThat(learnerPage.status()).isEqualTo(200);
        assertThat(learnerPage.body()).contains("Ines Inclass " + tag, "Courses and lessons", "Audio foundations")
                .doesNotContain("id=\"assess-heading\"", "Learning record (latest 100)");
        assertThat(teacher.getJson("/api/author/reports/learners/" + outId).status()).isEqualTo(404);
        assertThat(teacher.get("/author/reports/learner/" + outId).status()).isEqualTo(404);

        // the CSV of the course
        HttpResponse<byte[]> csv = download(teacher, "/api/author/reports/courses/audio-foundations/progress.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(text).startsWith("\uFEFFlearner id,name,email").contains("Ines Inclass " + tag).doesNotContain("Otto Outside");

        // another instructor: 403 on the course everywhere, 404 on its learners, an empty list
        for (String path : List.of("/api/author/reports/courses/audio-foundations", "/api/author/reports/courses/audio-foundations/progress.csv",
                "/api/author/reports/courses/audio-foundations/funnel.csv", "/api/author/reports/learners?course=audio-foundations")) {
            Page refused = api(other, path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.header("Content-Type")).as(path).startsWith("application/problem+json");
        }
        assertThat(other.get("/author/reports/course/audio-foundations").status()).isEqualTo(403);
        assertThat(other.getJson("/api/author/reports/learners/" + inId).status()).isEqualTo(404);
        assertThat(other.get("/author/reports/learner/" + inId).status()).isEqualTo(404);
        assertThat(json(other.getJson("/api/author/reports/learners?q=" + URLEncoder.encode("ines inclass " + tag, StandardCharsets.UTF_8)))
                .getJsonArray("rows")).isEmpty();
        assertThat(other.get("/author/reports/learners").body()).doesNotContain("Ines Inclass " + tag);

        // learners and visitors: nothing at all
        for (String path : List.of("/api/author/reports/courses", "/api/author/reports/courses/audio-foundations",
                "/api/author/reports/learners", "/api/author/reports/learners/" + inId,
                "/api/author/reports/courses/audio-foundations/progress.csv")) {
            assertThat(api(new WebSession(base), path).status()).as("anonymous " + path).isEqualTo(401);
            assertThat(api(inClass, path).status()).as("learner " + path).isEqualTo(403);
        }
        for (String path : List.of("/author/reports/learners", "/author/reports/course/audio-foundations", "/author/reports/learner/" + inId)) {
            assertThat(new WebSession(base).get(path).status()).as("anonymous " + path).isEqualTo(302);
            assertThat(inClass.get(path).status()).as("learner " + path).isEqualTo(403);
            assertThat(admin.get(path).status()).as("admin " + path).isEqualTo(200);
        }
    }

    /** The instructors' list pages by keyset like the admins', and refuses bad and hostile filters the same way. */
    @Test
    void theInstructorsLearnerListPagesByKeysetAndRefusesBadInput() {
        String tag = UUID.randomUUID().toString().substring(0, 6);
        WebSession teacher = instructorOf("teach-k-" + tag, "Kim Keyset " + tag, "audio-foundations");
        String prefix = "Class " + tag;
        plant(prefix, 55, true);
        String q = URLEncoder.encode(prefix.toLowerCase(), StandardCharsets.UTF_8);
        List<String> names = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String after = null;
        do {
            JsonObject page = json(teacher.getJson("/api/author/reports/learners?q=" + q + "&sort=NEWEST" + (after == null ? "" : "&after=" + after)));
            sizes.add(page.getJsonArray("rows").size());
            page.getJsonArray("rows").getValuesAs(JsonObject.class).forEach(r -> names.add(r.getString("name")));
            after = page.containsKey("next") && !page.isNull("next") ? page.getString("next") : null;
        } while (after != null);
        assertThat(sizes).containsExactly(50, 5);
        assertThat(names).doesNotHaveDuplicates().hasSize(55);
        assertThat(teacher.get("/author/reports/learners?q=" + q).body()).contains("Next 50 learners");
        assertThat(json(teacher.getJson("/api/author/reports/learners?q=" + q + "&course=audio-foundations&status=COMPLETED"))
                .getJsonArray("rows")).hasSize(9); // i % 6 == 5 of 55: 5, 11, …, 53

        String list = "/api/author/reports/learners";
        assertThat(teacher.getJson(list + "?q=" + "x".repeat(101)).status()).isEqualTo(400);
        assertThat(teacher.getJson(list + "?status=DONE").status()).isEqualTo(400);
        assertThat(teacher.getJson(list + "?sort=AGE").status()).isEqualTo(400);
        assertThat(teacher.getJson(list + "?after=not-a-cursor!").status()).isEqualTo(400);
        assertThat(teacher.getJson(list + "?course=%27%20OR%201%3D1").status()).isEqualTo(404);
        assertThat(teacher.getJson(list + "?course=pre-production").status()).isEqualTo(403);
        assertThat(teacher.getJson("/api/author/reports/courses/nope").status()).isEqualTo(404);
        assertThat(teacher.getJson("/api/author/reports/courses/%3Cscript%3E").status()).isEqualTo(404);
        assertThat(teacher.getJson("/api/author/reports/learners/abc").status()).isEqualTo(404);
        assertThat(teacher.getJson("/api/author/reports/learners/999999999").status()).isEqualTo(404);
        assertThat(teacher.getJson("/api/author/reports/learners/" + "9".repeat(30)).status()).isEqualTo(404);
        for (String hostile : List.of("' OR '1'='1", "%", "_", "<script>alert(1)</script>", "\\", "")) {
            Page page = teacher.getJson(list + "?q=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8) + "&course=audio-foundations");
            assertThat(page.status()).as(hostile).isEqualTo(200);
            if (!hostile.isEmpty()) {
                assertThat(json(page).getJsonArray("rows")).as("%s matches nothing, literally", hostile).isEmpty();
            }
        }
        Page badFilter = teacher.get("/author/reports/learners?status=DONE&course=nope&track=producer&q=" + "y".repeat(150) + "&after=junk");
        assertThat(badFilter.status()).isEqualTo(200);
        assertThat(badFilter.body()).contains("role=\"alert\"").doesNotContain("name=\"track\"");
        Page hostilePage = teacher.get("/author/reports/learners?q=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8));
        assertThat(hostilePage.status()).isEqualTo(200);
        assertThat(hostilePage.body()).doesNotContain("<script>alert(1)").contains("No learners in your courses match these filters.");
        assertThat(teacher.get("/author/reports/course/nope").status()).isEqualTo(404);
        assertThat(teacher.get("/author/reports/course/pre-production").status()).isEqualTo(403);
        assertThat(teacher.get("/author/reports/learner/abc").status()).isEqualTo(404);

        String email = prefix.toLowerCase().replace(' ', '-') + "-001@example.com";
        // (not the name the admin test searches for: the tests share one database)
        rename(email, "<b>Bold</b><script>alert(3)</script><img src=x onerror=alert(4)>");
        Page listed = teacher.get("/author/reports/learners?q=" + URLEncoder.encode(email, StandardCharsets.UTF_8));
        assertThat(listed.body()).contains("&lt;b&gt;Bold&lt;/b&gt;&lt;script&gt;alert(3)&lt;/script&gt;")
                .doesNotContain("<script>alert(3)", "<img src=x onerror=alert(4)", "<b>Bold");
        Page detailOf = teacher.get("/author/reports/learner/" + json(teacher.getJson("/api/author/reports/learners?q="
                + URLEncoder.encode(email, StandardCharsets.UTF_8))).getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue());
        assertThat(detailOf.body()).contains("&lt;script&gt;alert(3)").doesNotContain("<script>alert(3)");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /** A new account made an instructor and co-instructor of the course (through the test-data door), signed in. */
    private WebSession instructorOf(String prefix, String name, String course) {
        String email = prefix + "@example.com";
        WebSession session = new WebSession(base);
        session.get("/account/sign-up");
        assertThat(session.submit("signup", Map.of("name", name, "email", email, "password", Learners.PASSWORD), "submit").status()).isEqualTo(302);
        Page taught = new WebSession(base).send(HttpRequest.newBuilder(URI.create(root() + "/api/test-data/teach?email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&course=" + course)).POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
        assertThat(taught.status()).as(taught.body()).isEqualTo(200);
        return new Learners(base).signedIn(new WebSession(base), email, Learners.PASSWORD);
    }

    private long plant(String prefix, int count, boolean progress) {
        Page page = new WebSession(base).send(HttpRequest.newBuilder(URI.create(root() + "/api/test-data/learners?prefix="
                + URLEncoder.encode(prefix, StandardCharsets.UTF_8) + "&count=" + count + "&progress=" + progress))
                .POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return Long.parseLong(page.body().trim());
    }

    private void rename(String email, String name) {
        Page page = new WebSession(base).send(HttpRequest.newBuilder(URI.create(root() + "/api/test-data/rename?email="
                + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.noBody()), "text/plain");
        assertThat(page.body()).isEqualTo("1");
    }

    /** A report address as its client would ask for it: JSON, or CSV for the downloads. */
    private static Page api(WebSession session, String path) {
        return path.endsWith(".csv") ? session.send(HttpRequest.newBuilder(URI.create(session.root() + path)).GET(), "text/csv")
                : session.getJson(path);
    }

    private int statements(WebSession session, String path) {
        Page page = session.getJson(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Integer.parseInt(page.header("X-SQL-Statements"));
    }

    private HttpResponse<byte[]> download(WebSession session, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root() + path))
                .header("Cookie", "JSESSIONID=" + session.cookie("JSESSIONID").orElseThrow().getValue()).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private long me(WebSession session) {
        return json(session.getJson("/api/me")).getJsonNumber("id").longValue();
    }

    private static JsonObject track(JsonObject overview, String slug) {
        return overview.getJsonArray("tracks").getValuesAs(JsonObject.class).stream()
                .filter(t -> t.getString("slug").equals(slug)).findFirst().orElseThrow();
    }

    private static long delta(JsonObject after, JsonObject before, String field) {
        return after.getJsonNumber(field).longValue() - before.getJsonNumber(field).longValue();
    }

    private static List<Long> counts(JsonObject funnel) {
        return funnel.getJsonArray("steps").getValuesAs(JsonObject.class).stream().map(s -> s.getJsonNumber("count").longValue()).toList();
    }

    private static List<Long> minus(List<Long> after, List<Long> before) {
        List<Long> delta = new ArrayList<>();
        for (int i = 0; i < after.size(); i++) {
            delta.add(after.get(i) - before.get(i));
        }
        return delta;
    }

    private String root() {
        return base.toExternalForm().replaceAll("/$", "");
    }

    private static JsonObject json(Page page) {
        return page.json();
    }
}
