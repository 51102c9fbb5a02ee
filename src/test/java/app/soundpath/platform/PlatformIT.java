package app.soundpath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Deployments;
import app.soundpath.testing.Learners;
import app.soundpath.testing.Sockets;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The platform under many people at once, and what the running server exposes. On Payara Micro 6.2025.10 several
 * signed-in sessions at once got random 403s and "Client not authorized" 500s (Payara's FISH-7515, fixed in 7);
 * one shared session never shows it, so every person here signs in through the form in a session of their own.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    /** Rounds of each person's pages; 7 learners × 6 + 4 + 4 requests a round, so 45 rounds send 2,250 requests. */
    static final int ROUNDS = 45;
    static final String FOUNDATION = "audio-foundations";
    static final List<String> OWN_COURSES = List.of("pre-production", "songwriting-and-arrangement",
            "producing-sessions", "guiding-artists", "equipment-setup", "live-sound", "recording-and-post");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.soundpathWithTestData();
    }

    @ArquillianResource
    URL base;

    /** One request a person makes, and how to tell that its answer was made for that person. */
    record Step(String what, java.util.function.Function<WebSession, Page> request, Predicate<Page> isTheirs) {
    }

    /** A signed-in person: their own session, and the steps of one round of their pages. */
    record Person(String name, WebSession session, List<Step> steps) {
    }

    @Test
    void manyPeopleSignedInAtOnceAreEachServedAsThemselvesAndNeverRefused() throws Exception {
        Learners learners = new Learners(base);
        List<Person> people = new ArrayList<>();
        List<String> foundationLessons = learners.lessonsOf(FOUNDATION);
        for (int i = 0; i < OWN_COURSES.size(); i++) {
            String name = "Learner " + "ABCDEFG".charAt(i) + "ulvar Mistral";
            WebSession session = learners.signedUp("concurrent", name);
            String course = OWN_COURSES.get(i);
            assertThat(post(session, "/api/enrollments", "{\"course\":\"" + FOUNDATION + "\"}").status()).isEqualTo(201);
            assertThat(post(session, "/api/enrollments", "{\"course\":\"" + course + "\"}").status()).isBetween(200, 201);
            long id = idOf(session);
            String lesson = foundationLessons.get(i % foundationLessons.size());
            String pass = passingAnswers(lesson);
            people.add(new Person(name, session, List.of(
                    new Step("lesson page", s -> s.get("/lessons/" + lesson), shows(name)),
                    new Step("course page", s -> s.get("/courses/" + course), shows(name)),
                    new Step("dashboard", s -> s.get("/learn/"), shows(name)),
                    new Step("/api/me", s -> s.getJson("/api/me"), p -> p.body().contains("\"id\":" + id + ",")),
                    new Step("progress", s -> s.getJson("/api/learners/me/progress"),
                            p -> enrolledCourses(p).equals(Set.of(FOUNDATION, course))),
                    new Step("check submission", s -> post(s, "/api/lessons/" + lesson + "/check-attempts", pass),
                            p -> p.body().contains("\"passed\":true")))));
        }
        WebSession instructor = learners.signedIn(new WebSession(base), "instructor@soundpath.test", "instructor-demo-2026");
        String instructorName = displayNameOf(instructor);
        long instructorId = idOf(instructor);
        people.add(new Person(instructorName, instructor, List.of(
                new Step("author home", s -> s.get("/author/"), shows(instructorName)),
                new Step("author API", s -> s.getJson("/api/author/courses"), p -> true),
                new Step("/api/me", s -> s.getJson("/api/me"), p -> p.body().contains("\"id\":" + instructorId + ",")),
                new Step("skills editor", s -> s.get("/author/skills"), shows(instructorName)))));
        WebSession admin = learners.admin();
        String adminName = displayNameOf(admin);
        long adminId = idOf(admin);
        people.add(new Person(adminName, admin, List.of(
                new Step("course report", s -> s.get("/admin/reports/course/" + FOUNDATION), shows(adminName)),
                new Step("report API", s -> s.getJson("/api/admin/reports/courses/" + FOUNDATION), p -> true),
                new Step("/api/me", s -> s.getJson("/api/me"), p -> p.body().contains("\"id\":" + adminId + ",")),
                new Step("people", s -> s.get("/admin/people"), shows(adminName)))));
        assertThat(people).hasSizeGreaterThanOrEqualTo(8);
        assertThat(people.stream().map(Person::name).distinct()).hasSameSizeAs(people);

        Queue problems = new Queue();
        AtomicInteger sent = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(people.size());
        try {
            List<Future<?>> running = people.stream().map(person -> pool.submit(() -> {
                start.await();
                for (int round = 0; round < ROUNDS; round++) {
                    for (Step step : person.steps()) {
                        Page page = step.request().apply(person.session());
                        sent.incrementAndGet();
                        if (page.status() >= 400) {
                            problems.add(person.name() + " " + step.what() + ": " + page.status() + " " + abbreviated(page.body()));
                        } else if (!step.isTheirs().test(page)) {
                            problems.add(person.name() + " " + step.what() + ": an answer that is not theirs: " + abbreviated(page.body()));
                        }
                    }
                }
                return null;
            })).<Future<?>>map(f -> f).toList();
            start.countDown();
            for (Future<?> f : running) {
                f.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sent.get()).isGreaterThanOrEqualTo(2_000);
        assertThat(problems.all()).as("answers outside 2xx/3xx, or for someone else, out of " + sent.get()).isEmpty();
    }

    /** One person signing in from several browsers at the same moment gets in everywhere (no version conflict). */
    @Test
    void onePersonSignsInFromSixPlacesAtOnce() throws Exception {
        WebSession first = new Learners(base).signedUp("everywhere", "Otto Omnipresent");
        String email = first.getJson("/api/me").body().replaceAll("(?s).*?\"email\":\"([^\"]*)\".*", "$1");
        List<WebSession> browsers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            WebSession browser = new WebSession(base);
            browser.get("/account/sign-in");
            browsers.add(browser);
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(browsers.size());
        try {
            List<Future<Integer>> answers = browsers.stream().map(b -> pool.submit(() -> {
                start.await();
                return b.submit("signin", java.util.Map.of("email", email, "password", Learners.PASSWORD), "submit").status();
            })).toList();
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(2, TimeUnit.MINUTES)).isEqualTo(302);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(browsers).allSatisfy(b -> assertThat(b.getJson("/api/me").status()).isEqualTo(200));
    }

    /**
     * A request of a session never runs while another request of the same session is still saving it to the data
     * grid ({@code OneRequestPerSession}). A browser sends a page's requests in parallel, and after each request
     * Payara serialises the whole session into the grid; Payara's session marks a value "could not serialise" while it
     * serialises it for the first time, so a second save at that moment wrote that mark instead of the value and the
     * grid's copy lost it (the signed-in caller, among others: people signed out at random; README "Performance").
     * Here the first request puts a value whose serialisation into the grid takes three seconds; the second request,
     * sent 0.7 s later, must run only after that save, and the grid's copy must hold both values.
     */
    @Test
    void aRequestNeverRunsWhileAnotherOfItsSessionIsSavingIt() throws Exception {
        java.net.http.HttpClient first = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        java.net.http.HttpClient second = java.net.http.HttpClient.newBuilder()
                .version(java.net.http.HttpClient.Version.HTTP_1_1).build();
        String probe = base.toString() + "api/test-data/session-save/";
        WebSession owner = new WebSession(base);
        assertThat(owner.getJson("/api/test-data/session-save/put-slow?name=early&ms=0").status()).isEqualTo(200);
        String session = "JSESSIONID=" + owner.cookie("JSESSIONID").orElseThrow().getValue();
        long start = System.nanoTime();
        var held = first.sendAsync(probeRequest(probe + "put-slow?name=held&ms=3000", session),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        Thread.sleep(700);
        String meanwhile = second.send(probeRequest(probe + "has?name=early", session),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        long secondDoneMs = (System.nanoTime() - start) / 1_000_000;
        assertThat(held.get(1, TimeUnit.MINUTES).statusCode()).isEqualTo(200);
        assertThat(meanwhile).as("what the second request saw, answered " + secondDoneMs + " ms after the first began")
                .isEqualTo("present");
        for (String name : List.of("early", "held")) {
            assertThat(second.send(probeRequest(probe + "grid-copy?name=" + name, session),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body()).as("%s in the grid's copy", name)
                    .isEqualTo("stored");
        }
        // A request without a session cookie is given no session.
        assertThat(first.send(probeRequest(probe + "has?name=held", null),
                java.net.http.HttpResponse.BodyHandlers.ofString()).body()).isEqualTo("absent");
    }

    private static HttpRequest probeRequest(String url, String cookie) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(java.time.Duration.ofMinutes(1));
        return (cookie == null ? request : request.header("Cookie", cookie)).build();
    }

    /**
     * The friendly error pages know who is signed in: on Payara 7, asking Jakarta Security for the caller during an
     * ERROR dispatch throws inside Exousia, so the template reads the caller the session carries instead.
     */
    @Test
    void aSignedInPersonsNotFoundPageStillKnowsWhoTheyAre() {
        WebSession learner = new Learners(base).signedUp("lost", "Wanda Wayfarer");
        for (String path : List.of("/lessons/no-such-lesson", "/assessment/result/999999", "/courses/nope/extra")) {
            Page page = learner.get(path);
            assertThat(page.status()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Wanda Wayfarer").contains("Sign out");
        }
        Page anonymous = new WebSession(base).get("/lessons/no-such-lesson");
        assertThat(anonymous.status()).isEqualTo(404);
        assertThat(anonymous.body()).doesNotContain("Sign out");
    }

    /** Every socket the server process listens on is on the loopback interface: HTTP, the data grid, H2's server. */
    @Test
    void theRunningServerListensOnLoopbackOnly() throws IOException {
        String pid = new WebSession(base).getJson("/api/test-data/process-id").body().strip();
        Assumptions.assumeTrue(Sockets.visible(pid), "needs Linux /proc and the server on this machine");
        List<String> listening = Sockets.listening(pid);
        assertThat(listening).as("listening sockets of the server (hex address:port)").isNotEmpty();
        assertThat(listening).allSatisfy(address -> assertThat(Sockets.isLoopback(address))
                .as(address + " is not on the loopback interface").isTrue());
    }

    /** The slugs of the courses a progress answer says its learner is enrolled in. */
    private static Set<String> enrolledCourses(Page progress) {
        return Json.createReader(new StringReader(progress.body())).readObject().getJsonArray("courses")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getBoolean("enrolled"))
                .map(c -> c.getString("slug")).collect(Collectors.toSet());
    }

    private static Predicate<Page> shows(String name) {
        return page -> page.body().contains(name);
    }

    private String passingAnswers(String lesson) {
        StringBuilder body = new StringBuilder("{\"answers\":{");
        String[] questions = new WebSession(base).getJson("/api/test-data/answer-key?lesson=" + lesson).body().split(";");
        for (int i = 0; i < questions.length; i++) {
            String[] qa = questions[i].split(":");
            body.append(i == 0 ? "" : ",").append('"').append(qa[0]).append("\":[").append(qa[1]).append(']');
        }
        return body.append("}}").toString();
    }

    private static Page post(WebSession session, String path, String json) {
        return session.send(HttpRequest.newBuilder(URI.create(session.root() + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)), "application/json");
    }

    private static long idOf(WebSession session) {
        Page me = session.getJson("/api/me");
        assertThat(me.status()).isEqualTo(200);
        return Long.parseLong(me.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
    }

    private static String displayNameOf(WebSession session) {
        return session.getJson("/api/me").body().replaceAll("(?s).*?\"displayName\":\"([^\"]*)\".*", "$1");
    }

    private static String abbreviated(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 200 ? flat.substring(0, 200) + "…" : flat;
    }

    /** Problems seen by any of the threads. */
    static final class Queue {
        private final ConcurrentLinkedQueue<String> items = new ConcurrentLinkedQueue<>();

        void add(String problem) {
            items.add(problem);
        }

        List<String> all() {
            return List.copyOf(items);
        }
    }
}
