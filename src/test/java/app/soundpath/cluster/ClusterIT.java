package app.soundpath.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.testing.Learners;
import app.soundpath.testing.Sockets;
import app.soundpath.testing.WebSession;
import app.soundpath.testing.WebSession.Page;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer.OrderAnnotation;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The cluster of {@code src/main/cluster/start}: two Payara Micro nodes in one data grid behind nginx, on one
 * PostgreSQL. Runs with {@code ./mvnw verify -Pcluster} (which starts the cluster before and stops it after), and
 * is skipped otherwise. The last drill kills a node with {@code kill -9}.
 */
@EnabledIfSystemProperty(named = "soundpath.cluster", matches = "true")
@TestMethodOrder(OrderAnnotation.class)
class ClusterIT {

    // The same settings as src/main/cluster/start: a system property, else the script's environment variable.
    static final int FIRST_NODE_PORT = Integer.getInteger("cluster.firstNodePort", env("FIRST_NODE_PORT", 8081));
    // 127.0.0.1 like the nodes, not localhost: cookies belong to a host name, and a session is used both ways.
    static final String NGINX = "http://127.0.0.1:" + Integer.getInteger("cluster.port", env("CLUSTER_PORT", 8000));
    static final Path RUN = Path.of(System.getProperty("cluster.run", "target/cluster"));
    static final ClusterDatabase DB = ClusterDatabase.ofTheCluster();

    static int env(String name, int otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : Integer.parseInt(value.strip());
    }

    static String node(int i) {
        return "http://127.0.0.1:" + (FIRST_NODE_PORT + i - 1);
    }

    /** Both nodes serving (the drills may have killed one). */
    @org.junit.jupiter.api.BeforeAll
    static void bothNodesUp() {
        ClusterControl.ensureNodeUp(1);
        ClusterControl.ensureNodeUp(2);
    }

    @Test
    @Order(1)
    void bothNodesServeTheSameDatabase() throws Exception {
        String email = signUp("both");
        for (int i = 1; i <= 2; i++) {
            WebSession session = new WebSession(new URL(node(i)));
            session.get("/account/sign-in");
            assertThat(session.submit("signin", Map.of("email", email, "password", Learners.PASSWORD), "submit").status())
                    .as("node " + i).isEqualTo(302);
        }
    }

    /** A credential signed on one node verifies on every node: all nodes sign with one key set and publish it. */
    @Test
    @Order(1)
    void everyNodePublishesTheSameCredentialSigningKeys() throws Exception {
        String one = new WebSession(new URL(node(1))).getJson("/api/credentials/keys").body();
        assertThat(one).contains("\"kty\":\"EC\"").doesNotContain("\"d\"");
        assertThat(new WebSession(new URL(node(2))).getJson("/api/credentials/keys").body()).isEqualTo(one);
    }

    /** payara/Payara issue 6342: roles forgotten when a session lands on another member. Not here. */
    @Test
    @Order(2)
    void aSignedInLearnerAndAnAdminKeepTheirRolesWhicheverNodeAnswers() throws Exception {
        WebSession learner = signedInOn(1, "learner@soundpath.test", "learner-demo-2026");
        WebSession admin = signedInOn(2, "admin@soundpath.test", "admin-demo-2026");
        for (int round = 0; round < 10; round++) {
            int n = round % 2 + 1;
            assertThat(at(learner, n, "/api/me", "application/json").body()).as("node " + n).contains("learner@soundpath.test");
            assertThat(at(learner, n, "/learn/", "text/html").status()).as("node " + n).isEqualTo(200);
            assertThat(at(learner, n, "/admin/", "text/html").status()).as("a learner is no admin on node " + n).isEqualTo(403);
            assertThat(at(admin, n, "/admin/", "text/html").status()).as("node " + n).isEqualTo(200);
            assertThat(at(admin, n, "/api/admin/outbox", "application/json").status()).as("node " + n).isEqualTo(200);
        }
        // And through nginx, which sends each request to the next node.
        WebSession viaNginx = signedInOn(0, "learner@soundpath.test", "learner-demo-2026");
        for (int i = 0; i < 6; i++) {
            assertThat(viaNginx.get("/learn/").body()).contains("Lee Learner");
        }
    }

    @Test
    @Order(3)
    void failedSignInsCountOnEveryNodeTogether() throws Exception {
        String email = signUp("guessed");
        for (int i = 0; i < 3; i++) {
            WebSession guesser = new WebSession(new URL(node(i % 2 + 1)));
            guesser.get("/account/sign-in");
            guesser.submit("signin", Map.of("email", email, "password", "wrong guess " + i), "submit");
        }
        // Three failures spread over two nodes: the account is slowed down on both.
        for (int i = 1; i <= 2; i++) {
            WebSession owner = new WebSession(new URL(node(i)));
            owner.get("/account/sign-in");
            Page refused = owner.submit("signin", Map.of("email", email, "password", Learners.PASSWORD), "submit");
            assertThat(refused.status()).as("node " + i).isEqualTo(200);
            assertThat(refused.body()).contains("Too many failed attempts");
        }
    }

    @Test
    @Order(4)
    void theNodesListenOnLoopbackOnly() throws IOException {
        for (int i = 1; i <= 2; i++) {
            String node = "node " + i;
            String pid = Files.readString(RUN.resolve("node" + i + ".pid")).strip();
            List<String> listening = Sockets.listening(pid);
            assertThat(listening).as(node + " listens on HTTP and the data grid").hasSizeGreaterThanOrEqualTo(2);
            assertThat(listening).allSatisfy(address -> assertThat(Sockets.isLoopback(address))
                    .as(address + " of " + node + " is not on the loopback interface").isTrue());
        }
    }

    /**
     * Issue 14/15: each node serves published content from its own snapshot; a change committed through one node
     * invalidates the content version row in the other node's cache (EclipseLink cache coordination over Payara's
     * data grid), so the other node's next page shows it.
     */
    @Test
    @Order(5)
    void aCourseChangedThroughOneNodeIsShownByTheOtherAtOnce() throws Exception {
        WebSession admin = signedInOn(1, "admin@soundpath.test", "admin-demo-2026");
        for (int n = 1; n <= 2; n++) { // both nodes have their snapshot
            assertThat(at(admin, n, "/courses/audio-foundations", "text/html").status()).isEqualTo(200);
        }
        jakarta.json.JsonObject course = jakarta.json.Json.createReader(new java.io.StringReader(admin.getJson("/api/author/courses").body())).readArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(c -> c.getString("slug").equals("audio-foundations")).findFirst().orElseThrow();
        long id = course.getJsonNumber("id").longValue();
        for (String title : List.of("Audio foundations, changed on node 1", course.getString("title"))) {
            jakarta.json.JsonObject edit = admin.getJson("/api/author/courses/" + id).json();
            jakarta.json.JsonObject values = edit.getJsonObject("values");
            String body = jakarta.json.Json.createObjectBuilder().add("version", edit.getJsonNumber("version").longValue())
                    .add("title", title).add("slug", values.getString("slug")).add("summary", values.getString("summary"))
                    .add("tracks", values.getJsonArray("tracks")).add("prerequisites", values.getJsonArray("prerequisites"))
                    .build().toString();
            Page saved = admin.send(HttpRequest.newBuilder(URI.create(node(1) + "/api/author/courses/" + id))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body)), "application/json");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            for (int n = 2; n >= 1; n--) {
                Page api = new WebSession(new URL(node(n))).getJson("/api/courses/audio-foundations");
                assertThat(api.body()).as("node " + n).contains(title);
            }
        }
    }

    /**
     * Issue 14: each node keeps a learner's progress in memory until it changes. A change through one node gives the
     * learner a new stamp, which cache coordination invalidates in the other node's shared cache, so the
     * other node's next page reads the progress again and shows the change.
     */
    @Test
    @Order(5)
    void aLearnersProgressChangedThroughOneNodeIsShownByTheOtherAtOnce() throws Exception {
        Learners learners = new Learners(new URL(NGINX), DB::answerKey);
        WebSession me = signedInOn(1, signUp("progress"), Learners.PASSWORD);
        assertThat(learners.post(me, "/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isEqualTo(201);
        List<String> lessons = learners.lessonsOf("audio-foundations");
        for (int done = 1; done <= 3; done++) {
            for (int n = 1; n <= 2; n++) { // both nodes read the progress and keep a copy
                for (int again = 0; again < 2; again++) {
                    assertThat(at(me, n, "/api/learners/me/progress", "application/json").body()).as("node " + n)
                            .contains("\"lessonsDone\":" + (done - 1));
                }
                assertThat(at(me, n, "/courses/audio-foundations", "text/html").body()).as("node " + n)
                        .containsPattern((done - 1) + " of \\d+ lessons done");
            }
            learners.pass(me, lessons.get(done - 1)); // through node 1
            for (int n = 2; n >= 1; n--) {
                assertThat(at(me, n, "/api/learners/me/progress", "application/json").body()).as("node " + n)
                        .contains("\"lessonsDone\":" + done);
                assertThat(at(me, n, "/courses/audio-foundations", "text/html").body()).as("node " + n)
                        .containsPattern(done + " of \\d+ lessons done");
            }
        }
    }

    /**
     * The security sweep's XSS part on the cluster: every line of the shared XSS corpus typed into the public forms
     * (sign-up, sign-in, forgot password, verify a credential), a learner's name, the admins' people search and an
     * author's lesson (preview, then published) through nginx; every page that shows it, read on both nodes, is inert.
     */
    @Test
    @Order(6)
    void theXssCorpusThroughTheFormsIsInertOnBothNodes() throws Exception {
        List<String> corpus = app.soundpath.testing.Markup.corpus();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        WebSession admin = signedInOn(1, "admin@soundpath.test", "admin-demo-2026");
        String learnerEmail = signUp("xss-learner");
        WebSession learner = signedInOn(0, learnerEmail, Learners.PASSWORD);
        int pages = 0;
        for (int i = 0; i < corpus.size(); i++) {
            String line = corpus.get(i);
            String name = line.length() > 80 ? line.substring(0, 80) : line;
            WebSession visitor = new WebSession(new URL(NGINX));
            visitor.get("/account/sign-up");
            inert("sign-up " + i, visitor.submit("signup", Map.of("name", name, "email", "xss-" + tag + "-" + i + "@example.com",
                    "password", Learners.PASSWORD), "submit"), 200, 302);
            visitor.get("/account/sign-in");
            inert("sign-in " + i, visitor.submit("signin", Map.of("email", line, "password", line), "submit"), 200);
            visitor.get("/account/forgot");
            inert("forgot " + i, visitor.submit("forgot", Map.of("email", line), "submit"), 200, 302);
            visitor.get("/verify");
            inert("verify " + i, visitor.submit("verify", Map.of("jwt", line), "check"), 200);
            inert("people search " + i, at(admin, i % 2 + 1, "/admin/people?q="
                    + java.net.URLEncoder.encode(line, java.nio.charset.StandardCharsets.UTF_8), "text/html"), 200);
            learner.get("/account/me");
            inert("name change " + i, learner.submit("name", Map.of("displayName", name), "save"), 200, 302);
            for (int n = 1; n <= 2; n++) {
                inert("dashboard on node " + n, at(learner, n, "/learn/", "text/html"), 200);
                inert("account on node " + n, at(learner, n, "/account/me", "text/html"), 200);
            }
            pages += 10;
        }
        for (int n = 1; n <= 2; n++) {
            inert("people with hostile names, node " + n, at(admin, n, "/admin/people?q=xss-" + tag, "text/html"), 200);
            inert("security log, node " + n, at(admin, n, "/admin/security-log", "text/html"), 200);
        }
        // An author's lesson: each line previewed through nginx, then all of it published and read on both nodes.
        String everything = String.join("\n\n", corpus);
        Page course = admin.send(HttpRequest.newBuilder(URI.create(node(1) + "/api/author/courses"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        jakarta.json.Json.createObjectBuilder().add("title", "Hostile " + tag).add("summary", everything.substring(0, 990))
                                .add("tracks", jakarta.json.Json.createArrayBuilder()).build().toString())), "application/json");
        assertThat(course.status()).as(course.body()).isEqualTo(201);
        long courseId = jakarta.json.Json.createReader(new java.io.StringReader(course.body())).readObject().getJsonNumber("id").longValue();
        Page lesson = admin.send(HttpRequest.newBuilder(URI.create(node(1) + "/api/author/lessons"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        jakarta.json.Json.createObjectBuilder().add("course", courseId).add("title", corpus.get(0).substring(0, Math.min(100, corpus.get(0).length())))
                                .add("summary", "About it.").add("body", everything).add("minutes", 5).build().toString())), "application/json");
        assertThat(lesson.status()).as(lesson.body()).isEqualTo(201);
        long lessonId = jakarta.json.Json.createReader(new java.io.StringReader(lesson.body())).readObject().getJsonNumber("id").longValue();
        WebSession author = signedInOn(0, "admin@soundpath.test", "admin-demo-2026");
        for (String line : corpus) {
            author.get("/author/lesson/" + lessonId);
            inert("lesson preview", author.submit("lesson", Map.of("title", "Preview", "slug", "", "summary", "", "minutes", "10",
                    "passMark", "80", "required", "true", "body", line), "preview"), 200);
        }
        Page published = admin.send(HttpRequest.newBuilder(URI.create(node(1) + "/api/author/courses/" + courseId + "/publish"))
                .POST(HttpRequest.BodyPublishers.noBody()), "application/json");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        String slug = jakarta.json.Json.createReader(new java.io.StringReader(published.body())).readObject()
                .getJsonObject("values").getString("slug");
        String lessonSlug = jakarta.json.Json.createReader(new java.io.StringReader(admin.getJson("/api/author/lessons/" + lessonId).body()))
                .readObject().getJsonObject("live").getString("slug");
        for (int n = 1; n <= 2; n++) {
            inert("course page, node " + n, at(learner, n, "/courses/" + slug, "text/html"), 200);
            inert("lesson page, node " + n, at(learner, n, "/lessons/" + lessonSlug, "text/html"), 200);
            inert("audit, node " + n, at(admin, n, "/admin/audit?course=" + courseId, "text/html"), 200);
        }
        System.out.printf("SWEEP XSS: %d corpus lines through sign-up, sign-in, forgot, verify, people search, name change and"
                + " lesson preview; %d pages read on both nodes, all inert%n", corpus.size(), pages + corpus.size() + 10);
    }

    private static void inert(String what, Page page, Integer... statuses) {
        assertThat(page.status()).as(what + ": " + page.body().substring(0, Math.min(200, page.body().length())))
                .isIn((Object[]) statuses);
        app.soundpath.testing.Markup.assertInert(page.body());
    }

    /** A learner whose node dies stays signed in: the session is in the data grid, nginx goes to the survivor. */
    @Test
    @Order(9)
    void aLearnerStaysSignedInWhenANodeIsKilled() throws Exception {
        Learners learners = new Learners(new URL(NGINX), DB::answerKey);
        WebSession learner = signedInOn(0, "learner@soundpath.test", "learner-demo-2026");
        String email = signUp("survivor");
        WebSession survivor = learners.signedIn(new WebSession(new URL(NGINX)), email, Learners.PASSWORD);
        assertThat(learners.post(survivor, "/api/enrollments", "{\"course\":\"audio-foundations\"}").status()).isEqualTo(201);
        for (int i = 0; i < 4; i++) {
            assertThat(learner.get("/learn/").status()).isEqualTo(200);
        }

        long pid = Long.parseLong(Files.readString(RUN.resolve("node1.pid")).strip());
        new ProcessBuilder("kill", "-9", String.valueOf(pid)).start().waitFor();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());

        for (int i = 0; i < 6; i++) {
            Page page = learner.get("/learn/");
            assertThat(page.status()).as("request " + i + " after the kill").isEqualTo(200);
            assertThat(page.body()).contains("Lee Learner");
        }
        // Writing goes on too, on the survivor, and counts once.
        String lesson = learners.lessonsOf("audio-foundations").get(0);
        learners.pass(survivor, lesson);
        Page progress = survivor.getJson("/api/learners/me/progress");
        assertThat(progress.status()).isEqualTo(200);
        assertThat(progress.body()).contains("\"lessonsDone\":1");
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Signed in through node i (0: through nginx). */
    static WebSession signedInOn(int i, String email, String password) throws Exception {
        WebSession session = new WebSession(new URL(i == 0 ? NGINX : node(i)));
        session.get("/account/sign-in");
        assertThat(session.submit("signin", Map.of("email", email, "password", password), "submit").status()).isEqualTo(302);
        return session;
    }

    /** A GET to node n with the session's cookies (both JSESSIONID and Payara's JSESSIONIDVERSION, as a browser). */
    private static Page at(WebSession session, int n, String path, String accept) {
        return session.send(HttpRequest.newBuilder(URI.create(node(n) + path)).GET(), accept);
    }

    private static String signUp(String prefix) throws Exception {
        String email = prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        WebSession session = new WebSession(new URL(NGINX));
        session.get("/account/sign-up");
        assertThat(session.submit("signup", Map.of("name", "Cluster " + prefix, "email", email, "password", Learners.PASSWORD),
                "submit").status()).isEqualTo(302);
        return email;
    }
}
