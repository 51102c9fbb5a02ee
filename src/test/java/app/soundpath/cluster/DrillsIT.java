package app.soundpath.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Learners;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The drills of issue 15 on the cluster of {@code ./mvnw verify -Pcluster} (two nodes behind nginx on a private
 * PostgreSQL server): a node killed under writes (R1), the database stopped for 30 s (R2), a node lost under load
 * (R3), conflicting edits through different nodes (R4), publishing on one node and reading on the other (R5).
 * Every drill is bounded in time and leaves both nodes running for the next. Figures are printed as "DRILL …" lines.
 */
@EnabledIfSystemProperty(named = "soundpath.cluster", matches = "true")
@TestMethodOrder(OrderAnnotation.class)
class DrillsIT {

    static final String COURSE = "audio-foundations";
    static final String NGINX = ClusterIT.NGINX;
    static final ClusterDatabase DB = ClusterIT.DB;

    final Learners learners = learners();

    static Learners learners() {
        try {
            return new Learners(new URL(NGINX), DB::answerKey);
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each drill starts with both nodes serving (an earlier test may have killed one). */
    @BeforeEach
    void bothNodesUp() {
        ClusterControl.ensureNodeUp(1);
        ClusterControl.ensureNodeUp(2);
    }

    // ---- R1 ----------------------------------------------------------------------------------------------------------

    /**
     * R1: six learners stream check answers (three wrong, then the right ones, which complete the lesson) through nginx
     * while node 1 is killed with kill -9. A request that gets no answer (a broken connection, 502) is sent again
     * with the same Idempotency-Key. Afterwards every acknowledged answer is in the database, no attempt is counted
     * twice, and every summary equals a count from scratch.
     */
    @Test
    @Order(1)
    void r1EveryAcknowledgedAnswerIsKeptWhenANodeIsKilledUnderWrites() throws Exception {
        List<String> lessons = DB.requiredLessonsWithACheck(COURSE);
        int people = 6;
        int wrongPerLesson = 3;
        List<Writer> writers = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            Person person = enrolled("r1", "Drill Writer " + p);
            writers.add(new Writer(person, lessons, wrongPerLesson));
        }
        int total = people * lessons.size() * (wrongPerLesson + 1);
        AtomicInteger acknowledged = new AtomicInteger();
        writers.forEach(w -> w.acknowledged = acknowledged);

        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<?>> running = writers.stream().map(w -> pool.submit(w::run)).<Future<?>>map(f -> f).toList();
        long deadline = System.currentTimeMillis() + 60_000;
        while (acknowledged.get() < total / 3 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        int before = acknowledged.get();
        ClusterControl.killNode(1);
        for (Future<?> f : running) {
            f.get(180, TimeUnit.SECONDS);
        }
        pool.shutdown();

        int retried = writers.stream().mapToInt(w -> w.retries).sum();
        System.out.printf("DRILL R1: %d learners, %d answers, node 1 killed after %d acknowledged; %d requests sent again"
                + " after no answer (%s)%n", people, total, before, retried,
                writers.stream().flatMap(w -> w.failures.stream()).distinct().toList());
        assertThat(before).as("the kill came in the middle of the stream").isBetween(1, total - 1);
        for (Writer w : writers) {
            assertThat(w.unexpected).as("answers other than 2xx or 'no answer'").isEmpty();
            long account = DB.count("SELECT id FROM account WHERE email = ?", w.email());
            assertThat(w.acknowledgedFailed + w.acknowledgedPassed).as("every answer acknowledged in the end").isEqualTo(
                    lessons.size() * (wrongPerLesson + 1));
            assertThat(DB.count("SELECT COUNT(*) FROM check_attempt WHERE learner_id = ? AND passed = FALSE", account))
                    .as("failed attempts of " + w.email() + ": each acknowledged one, none twice").isEqualTo(w.acknowledgedFailed);
            assertThat(DB.count("SELECT COUNT(*) FROM check_attempt WHERE learner_id = ? AND passed = TRUE", account))
                    .isEqualTo(w.acknowledgedPassed);
            assertThat(DB.count("SELECT COALESCE(SUM(attempts), 0) FROM lesson_progress WHERE learner_id = ?", account))
                    .as("the lesson rows' attempt counters").isEqualTo(w.acknowledgedFailed + w.acknowledgedPassed);
            assertThat(DB.count("SELECT COUNT(*) FROM lesson_progress WHERE learner_id = ? AND state = 'COMPLETED'", account))
                    .isEqualTo(lessons.size());
            assertThat(DB.count("SELECT COUNT(*) FROM learning_event WHERE learner_id = ? AND verb = 'COMPLETED'"
                    + " AND object_type = 'LESSON'", account)).as("one completion per lesson").isEqualTo(lessons.size());
            assertThat(DB.count("SELECT lessons_done FROM course_progress cp JOIN course c ON c.id = cp.course_id"
                    + " WHERE cp.learner_id = ? AND c.slug = ?", account, COURSE)).isEqualTo(lessons.size());
        }
        assertThat(DB.drift()).as("summaries and report figures differ from a count from scratch").isZero();
    }

    /** One learner's stream of answers; sends a request again (same key) until it gets an answer. */
    final class Writer {
        final Person person;
        final WebSession session;
        final List<String> lessons;
        final int wrongPerLesson;
        AtomicInteger acknowledged;
        int acknowledgedFailed;
        int acknowledgedPassed;
        int retries;
        final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
        final List<String> failures = Collections.synchronizedList(new ArrayList<>());

        Writer(Person person, List<String> lessons, int wrongPerLesson) {
            this.person = person;
            this.session = person.session();
            this.lessons = lessons;
            this.wrongPerLesson = wrongPerLesson;
        }

        String email() {
            return person.email();
        }

        void run() {
            for (String lesson : lessons) {
                String path = "/api/lessons/" + lesson + "/check-attempts";
                for (int i = 0; i < wrongPerLesson; i++) {
                    if (answered(path, learners.wrongAnswers(lesson)) != null) {
                        acknowledgedFailed++;
                    }
                }
                if (answered(path, learners.rightAnswers(lesson)) != null) {
                    acknowledgedPassed++; // passing the check completes the lesson
                }
            }
        }

        /** Sends until answered (bounded): returns the acknowledged page, or null after an unexpected answer. */
        Page answered(String path, String body) {
            String key = UUID.randomUUID().toString();
            for (int attempt = 0; attempt < 60; attempt++) {
                try {
                    Page page = session.send(HttpRequest.newBuilder(URI.create(NGINX + path))
                            .header("Content-Type", "application/json").header("Idempotency-Key", key)
                            .POST(HttpRequest.BodyPublishers.ofString(body)), "application/json");
                    if (page.status() >= 200 && page.status() < 300) {
                        acknowledged.incrementAndGet();
                        return page;
                    }
                    if (page.status() != 502 && page.status() != 503 && page.status() != 504) {
                        unexpected.add(path + " " + page.status() + " " + page.body());
                        return null;
                    }
                    failures.add(String.valueOf(page.status()));
                } catch (UncheckedIOException noAnswer) {
                    failures.add(noAnswer.getCause().getClass().getSimpleName());
                }
                retries++;
                sleep(500);
            }
            unexpected.add(path + ": no answer in 30 s");
            return null;
        }
    }

    // ---- R2 ----------------------------------------------------------------------------------------------------------

    /**
     * R2: the database is stopped for 30 s (the cluster profile's private PostgreSQL server, never the machine's
     * shared one) and started again. Meanwhile pages that need it answer a friendly 503 page, the API 503
     * problem+json, both without internals; {@code /health} is DOWN on both nodes. Afterwards the nodes serve again
     * without a restart, the same sessions are signed in, and what was acknowledged before is there.
     */
    @Test
    @Order(2)
    void r2TheDatabaseStopsForThirtySecondsAndTheAppRecoversWithoutARestart() throws Exception {
        List<String> lessons = DB.requiredLessonsWithACheck(COURSE);
        Person person = enrolled("r2", "Drill Outage");
        WebSession learner = person.session();
        String email = person.email();
        learners.pass(learner, lessons.get(0));
        String pid1 = ClusterControl.pid(1);
        String pid2 = ClusterControl.pid(2);

        String answers = learners.rightAnswers(lessons.get(1)); // read before the database goes
        Map<String, List<Integer>> statuses = new HashMap<>();
        List<String> bad = new ArrayList<>();
        boolean[] healthDown = new boolean[3];
        ClusterControl.stopDatabase();
        long stopped = System.currentTimeMillis();
        try {
            while (System.currentTimeMillis() - stopped < 30_000) {
                check("dashboard", learner.get("/learn/"), false, statuses, bad);
                check("progress API", learner.getJson("/api/learners/me/progress"), true, statuses, bad);
                check("check attempt", learners.post(learner, "/api/lessons/" + lessons.get(1) + "/check-attempts",
                        answers), true, statuses, bad);
                WebSession visitor = new WebSession(new URL(NGINX));
                check("course page", visitor.get("/courses/" + COURSE), false, statuses, bad);
                check("sign-in page", visitor.get("/account/sign-in"), false, statuses, bad);
                for (int n = 1; n <= 2; n++) {
                    Page health = new WebSession(new URL(ClusterIT.node(n))).getJson("/health");
                    if (health.status() == 503 && health.body().contains("DOWN")) {
                        healthDown[n] = true;
                    }
                }
                Thread.sleep(1_000);
            }
        } finally {
            ClusterControl.startDatabase();
        }
        long restarted = System.currentTimeMillis();
        for (int n = 1; n <= 2; n++) {
            WebSession probe = new WebSession(new URL(ClusterIT.node(n)));
            while (probe.getJson("/health").status() != 200 && System.currentTimeMillis() - restarted < 120_000) {
                Thread.sleep(500);
            }
        }
        long up = System.currentTimeMillis() - restarted;
        // The first page after the outage may still meet a connection the database closed: allow a few seconds.
        Page dashboard = learner.get("/learn/");
        for (int i = 0; i < 20 && dashboard.status() != 200; i++) {
            Thread.sleep(500);
            dashboard = learner.get("/learn/");
        }
        Map<String, Map<Integer, Long>> counted = new java.util.TreeMap<>();
        statuses.forEach((what, list) -> counted.put(what, list.stream().collect(java.util.stream.Collectors.groupingBy(
                st -> st, java.util.TreeMap::new, java.util.stream.Collectors.counting()))));
        System.out.printf("DRILL R2: database stopped 30 s; answers meanwhile (status=count) %s; /health DOWN on both"
                + " nodes, UP again %.1f s after the database started; first dashboard after: %d%n", counted, up / 1000.0,
                dashboard.status());

        assertThat(bad).as("answers during the outage that were not a friendly 503 (or a page served without the database)").isEmpty();
        assertThat(statuses.get("dashboard")).as("the signed-in dashboard needs the database").contains(503);
        assertThat(statuses.get("check attempt")).contains(503);
        assertThat(healthDown).as("/health DOWN on node 1 and node 2").containsExactly(false, true, true);
        assertThat(up).as("health back up (ms)").isLessThan(120_000);
        assertThat(ClusterControl.pid(1)).as("node 1 not restarted").isEqualTo(pid1);
        assertThat(ClusterControl.pid(2)).as("node 2 not restarted").isEqualTo(pid2);
        assertThat(dashboard.status()).isEqualTo(200);
        assertThat(dashboard.body()).contains("Drill Outage");
        learners.pass(learner, lessons.get(1));
        long account = DB.count("SELECT id FROM account WHERE email = ?", email);
        assertThat(DB.count("SELECT lessons_done FROM course_progress cp JOIN course c ON c.id = cp.course_id"
                + " WHERE cp.learner_id = ? AND c.slug = ?", account, COURSE)).as("the pass before and the one after").isEqualTo(2);
        assertThat(DB.count("SELECT COUNT(*) FROM check_attempt WHERE learner_id = ? AND passed = TRUE", account)).isEqualTo(2);
        assertThat(DB.drift()).isZero();
    }

    private static final Pattern INTERNALS = Pattern.compile("Exception|\\bat [a-z]+\\.[a-z]+\\.|java\\.|jakarta\\.|org\\.postgresql|SQL");

    private static void check(String what, Page page, boolean api, Map<String, List<Integer>> statuses, List<String> bad) {
        statuses.computeIfAbsent(what, w -> new ArrayList<>()).add(page.status());
        String type = page.header("Content-Type");
        boolean ok = switch (page.status()) {
            case 200 -> true; // served from what the node keeps in memory (published content), or no database needed
            case 503 -> page.header("Retry-After").equals("30") && !INTERNALS.matcher(page.body()).find() && (api
                    ? type.startsWith("application/problem+json") && page.body().contains("\"status\":503")
                    : type.startsWith("text/html") && page.body().contains("Soundpath is back in a moment"));
            default -> false;
        };
        if (!ok) {
            bad.add(what + " " + page.status() + " " + type + " " + page.body().substring(0, Math.min(300, page.body().length())));
        }
    }

    // ---- R3 ----------------------------------------------------------------------------------------------------------

    /**
     * R3: 24 distinct signed-in learners study (course and lesson pages, a check through the API, the dashboard,
     * /api/me) for 40 s; node 2 is killed after 20 s. Only requests in flight at the kill may fail; every learner is
     * still signed in on the survivor (their own name and account), and every later request is answered.
     */
    @Test
    @Order(3)
    void r3SignedInLearnersKeepTheirSessionsWhenANodeIsLostUnderLoad() throws Exception {
        List<String> lessons = DB.requiredLessonsWithACheck(COURSE);
        int people = 24;
        List<Person> signedIn = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            signedIn.add(enrolled("r3", "Drill Loader " + p));
        }
        Map<String, String> wrong = new HashMap<>();
        lessons.forEach(l -> wrong.put(l, learners.wrongAnswers(l)));
        List<long[]> requests = Collections.synchronizedList(new ArrayList<>()); // start, end, ok (1/0)
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        long duration = TimeUnit.SECONDS.toNanos(40);
        ExecutorService pool = Executors.newFixedThreadPool(people);
        List<Future<?>> running = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            WebSession session = signedIn.get(p).session();
            String email = signedIn.get(p).email();
            int offset = p;
            running.add(pool.submit(() -> {
                for (int step = offset; System.nanoTime() - started < duration; step++) {
                    String lesson = lessons.get(step % lessons.size());
                    timed(requests, errors, () -> session.get("/courses/" + COURSE), 200, null);
                    timed(requests, errors, () -> session.get("/lessons/" + lesson), 200, null);
                    timed(requests, errors, () -> learners.post(session, "/api/lessons/" + lesson + "/check-attempts",
                            wrong.get(lesson)), 200, null);
                    timed(requests, errors, () -> session.get("/learn/"), 200, "Drill Loader");
                    timed(requests, errors, () -> session.getJson("/api/me"), 200, email);
                }
            }));
        }
        Thread.sleep(20_000);
        long killAt = System.nanoTime();
        ClusterControl.killNode(2);
        long killed = System.nanoTime();
        for (Future<?> f : running) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();

        long total = requests.size();
        long failed = requests.stream().filter(r -> r[2] == 0).count();
        long inFlight = requests.stream().filter(r -> r[2] == 0 && r[0] <= killed && r[1] >= killAt).count();
        long later = requests.stream().filter(r -> r[2] == 0 && r[0] > killed).count();
        long servedAfter = requests.stream().filter(r -> r[2] == 1 && r[0] > killed).count();
        System.out.printf("DRILL R3: %d learners, %d requests in %.0f s, node 2 killed at 20 s: %d failed, %d of them in"
                + " flight at the kill, %d after it; %d answered after the kill; errors %s%n", people, total,
                (System.nanoTime() - started) / 1e9, failed, inFlight, later, servedAfter,
                errors.stream().map(e -> e.lines().findFirst().orElse("")).distinct().limit(10).toList());
        assertThat(later).as("failures of requests sent after the kill").isZero();
        assertThat(failed).as("only requests in flight at the kill fail").isEqualTo(inFlight);
        assertThat(inFlight).as("at most one in flight per learner").isLessThanOrEqualTo(people);
        assertThat(servedAfter).as("the survivor serves everyone").isGreaterThan(people);
        for (Person person : signedIn) {
            Page me = person.session().getJson("/api/me");
            assertThat(me.status()).as("still signed in after the kill").isEqualTo(200);
            assertThat(me.body()).contains(person.email());
        }
        assertThat(DB.drift()).isZero();
    }

    private static void timed(List<long[]> requests, List<String> errors, java.util.function.Supplier<Page> request,
                              int expected, String mustContain) {
        long start = System.nanoTime();
        boolean ok;
        String error = null;
        try {
            Page page = request.get();
            ok = page.status() == expected && (mustContain == null || page.body().contains(mustContain));
            if (!ok) {
                error = page.status() + " " + page.body().substring(0, Math.min(120, page.body().length()));
            }
        } catch (UncheckedIOException e) {
            ok = false;
            error = e.getCause().getClass().getSimpleName();
        }
        requests.add(new long[] {start, System.nanoTime(), ok ? 1 : 0});
        if (error != null) {
            errors.add(error);
        }
    }

    // ---- R4 ----------------------------------------------------------------------------------------------------------

    /**
     * R4: two admins edit one lesson, one through node 1 and one through node 2: the second save gets the conflict
     * page with their own text kept; through the API a stale version gets 409 with the current text; of eight saves
     * of one version at once, spread over both nodes, exactly one wins. Nothing saved is lost.
     */
    @Test
    @Order(4)
    void r4ConflictingEditsThroughDifferentNodesFollowTheConflictRule() throws Exception {
        WebSession one = ClusterIT.signedInOn(1, "admin@soundpath.test", "admin-demo-2026");
        WebSession two = ClusterIT.signedInOn(2, "admin@soundpath.test", "admin-demo-2026");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        Page course = send(one, "POST", "/api/author/courses", "{\"title\":\"Drill conflicts " + tag + "\","
                + "\"summary\":\"Made by the cluster drills.\",\"tracks\":[]}");
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        long courseId = json(course).getJsonNumber("id").longValue();
        Page lesson = send(one, "POST", "/api/author/lessons", "{\"course\":" + courseId + ",\"title\":\"Shared lesson\","
                + "\"summary\":\"About it.\",\"body\":\"Original text.\",\"minutes\":7}");
        assertThat(lesson.status()).as(lesson.body()).isEqualTo(201);
        long lessonId = json(lesson).getJsonNumber("id").longValue();

        Page mine = one.get("/author/lesson/" + lessonId);
        Page theirs = two.get("/author/lesson/" + lessonId);
        assertThat(one.submit(mine, "lesson", lessonForm("Node one's text."), "save").status()).isEqualTo(302);
        Page conflict = two.submit(theirs, "lesson", lessonForm("Node two's careful text."), "save");
        assertThat(conflict.status()).as("stays on the page").isEqualTo(200);
        String shown = conflict.body().replace("&#39;", "'").replace("&amp;", "&");
        assertThat(shown).contains("Someone else saved this in the meantime", "Your text", "Node two's careful text.",
                "Node one's text.");
        assertThat(json(two.getJson("/api/author/lessons/" + lessonId)).getJsonObject("content").getString("body"))
                .as("node 2 reads node 1's save").isEqualTo("Node one's text.");

        long version = json(one.getJson("/api/author/lessons/" + lessonId)).getJsonNumber("version").longValue();
        assertThat(send(one, "PUT", "/api/author/lessons/" + lessonId, lessonJson(version, "API one.")).status()).isEqualTo(200);
        Page stale = send(two, "PUT", "/api/author/lessons/" + lessonId, lessonJson(version, "API two."));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(json(stale).getJsonObject("current").getJsonObject("content").getString("body")).isEqualTo("API one.");

        long raced = json(one.getJson("/api/author/lessons/" + lessonId)).getJsonNumber("version").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            WebSession through = i % 2 == 0 ? one : two;
            String body = lessonJson(raced, "Race " + i + ".");
            saves.add(pool.submit(() -> send(through, "PUT", "/api/author/lessons/" + lessonId, body).status()));
        }
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> f : saves) {
            results.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        System.out.printf("DRILL R4: form conflict page on node 2, stale API save 409, eight saves of one version over"
                + " both nodes: %s%n", results);
        assertThat(results).containsOnly(200, 409).filteredOn(s -> s == 200).hasSize(1);
        String winner = json(two.getJson("/api/author/lessons/" + lessonId)).getJsonObject("content").getString("body");
        assertThat(winner).startsWith("Race ");
        assertThat(DB.count("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'LESSON' AND object_id = ?"
                + " AND action = 'EDIT'", lessonId)).as("each save that won is audited once: form, API, race").isEqualTo(3);
    }

    private static Map<String, String> lessonForm(String body) {
        return Map.of("title", "Shared lesson", "slug", "", "summary", "", "minutes", "10", "passMark", "80",
                "required", "true", "body", body);
    }

    private static String lessonJson(long version, String body) {
        return "{\"version\":" + version + ",\"title\":\"Shared lesson\",\"body\":" + Json.createValue(body) + ",\"minutes\":7}";
    }

    // ---- R5 ----------------------------------------------------------------------------------------------------------

    /** R5: a course published through node 1 is read at once on node 2 (page and API), and so is its change. */
    @Test
    @Order(5)
    void r5WhatIsPublishedOnOneNodeIsReadOnTheOtherAtOnce() throws Exception {
        WebSession admin = ClusterIT.signedInOn(1, "admin@soundpath.test", "admin-demo-2026");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String title = "Drill publishing " + tag;
        WebSession reader = new WebSession(new URL(ClusterIT.node(2)));
        assertThat(reader.get("/courses/" + COURSE).status()).isEqualTo(200); // node 2 has its snapshot
        Page course = send(admin, "POST", "/api/author/courses", "{\"title\":\"" + title + "\","
                + "\"summary\":\"Made by the cluster drills.\",\"tracks\":[]}");
        long courseId = json(course).getJsonNumber("id").longValue();
        String slug = json(admin.getJson("/api/author/courses/" + courseId)).getJsonObject("values").getString("slug");
        assertThat(send(admin, "POST", "/api/author/lessons", "{\"course\":" + courseId + ",\"title\":\"Published at once "
                + tag + "\",\"summary\":\"About it.\",\"body\":\"Fresh text.\",\"minutes\":5}").status()).isEqualTo(201);
        assertThat(reader.get("/courses/" + slug).status()).as("a draft is not shown").isEqualTo(404);

        Page published = send(admin, "POST", "/api/author/courses/" + courseId + "/publish", "");
        assertThat(published.status()).as(published.body()).isBetween(200, 204);
        Page page = reader.get("/courses/" + slug);
        assertThat(page.status()).as("node 2, the next request").isEqualTo(200);
        assertThat(page.body()).contains(title, "Published at once " + tag);
        assertThat(reader.getJson("/api/courses/" + slug).body()).contains("Published at once " + tag);
        System.out.printf("DRILL R5: course %s published through node 1, shown by node 2 on the next request%n", slug);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    record Person(String email, WebSession session) {
    }

    /** A new learner, signed up and in through nginx, enrolled in the foundation course. */
    Person enrolled(String prefix, String name) {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        WebSession session;
        try {
            session = new WebSession(new URL(NGINX));
        } catch (java.net.MalformedURLException e) {
            throw new IllegalStateException(e);
        }
        session.get("/account/sign-up");
        assertThat(session.submit("signup", Map.of("name", name, "email", email, "password", Learners.PASSWORD), "submit")
                .status()).isEqualTo(302);
        learners.signedIn(session, email, Learners.PASSWORD);
        assertThat(learners.post(session, "/api/enrollments", "{\"course\":\"" + COURSE + "\"}").status()).isEqualTo(201);
        return new Person(email, session);
    }

    static Page send(WebSession session, String method, String path, String body) {
        return session.send(HttpRequest.newBuilder(URI.create(session.root() + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body)), "application/json");
    }

    static JsonObject json(Page page) {
        return Json.createReader(new StringReader(page.body())).readObject();
    }

    static String between(String text, String start, String end) {
        Matcher m = Pattern.compile(Pattern.quote(start) + "(.*?)" + Pattern.quote(end), Pattern.DOTALL).matcher(text);
        return m.find() ? m.group(1) : "";
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
