package app.soundpath.bench;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fixed single-page runs: each page in turn, CONNS virtual users (default 4), each its own connection and, for
 * signed-in pages, its own signed-in session (distinct generated learners; admin sessions for the admin page),
 * requesting the page back to back for WARMUP seconds (not measured) and then DURATION seconds (measured, under the
 * page's own name). {@code GET /api/ping} runs first: every page is reported as a ratio to it (BenchReport).
 */
public class PagesSimulation extends Simulation {

    enum Who { ANONYMOUS, LEARNER, ADMIN }

    /** A page to load; {@code target}: the least ratio to ping issue 14 asks of it (0: none). */
    record Page(String name, String path, Who who, double target) {
        Page(String name, String path, Who who) {
            this(name, path, who, 0);
        }
    }

    static final int CONNS = Soundpath.envInt("CONNS", 4);
    static final Duration DURATION = Duration.ofSeconds(Soundpath.envInt("DURATION", 20));
    static final Duration WARMUP = Duration.ofSeconds(Soundpath.envInt("WARMUP", 8));
    static final AtomicInteger LEARNERS = new AtomicInteger(Soundpath.envInt("FIRST_LEARNER", 1));

    static List<Page> pages() {
        String lesson = Soundpath.lessonsOf(Soundpath.COURSE).get(0);
        List<Page> pages = new ArrayList<>(List.of(
                new Page("ping", "/api/ping", Who.ANONYMOUS),
                new Page("static CSS", "/resources/css/soundpath.css", Who.ANONYMOUS),
                new Page("sign-in page", "/account/sign-in", Who.ANONYMOUS),
                new Page("home, anonymous", "/", Who.ANONYMOUS, 0.2),
                new Page("track page, anonymous", "/tracks/producer", Who.ANONYMOUS, 0.2),
                new Page("course page, anonymous", "/courses/" + Soundpath.COURSE, Who.ANONYMOUS, 0.2),
                new Page("lesson page, anonymous", "/lessons/" + lesson, Who.ANONYMOUS, 0.2),
                new Page("lesson page, signed in", "/lessons/" + lesson, Who.LEARNER, 0.15),
                new Page("course page, signed in", "/courses/" + Soundpath.COURSE, Who.LEARNER, 0.15),
                new Page("dashboard", "/learn/", Who.LEARNER, 0.1),
                new Page("admin course report", "/admin/reports/course/" + Soundpath.COURSE, Who.ADMIN, 0.1)));
        String only = Soundpath.env("PAGES", "");
        if (!only.isBlank()) {
            pages.removeIf(p -> !p.name().equals("ping") && !only.contains(p.name().split(",")[0]));
        }
        return pages;
    }

    static ChainBuilder who(Who who) {
        return switch (who) {
            case ANONYMOUS -> exec(session -> session);
            case LEARNER -> exec(session -> session
                    .set("email", String.format("learner-%06d@load.soundpath.test", LEARNERS.getAndIncrement()))
                    .set("password", Soundpath.LEARNER_PASSWORD)).exec(Soundpath.signIn());
            case ADMIN -> exec(session -> session.set("email", Soundpath.ADMIN_EMAIL)
                    .set("password", Soundpath.ADMIN_PASSWORD)).exec(Soundpath.signIn());
        };
    }

    /** What the measured loop of each page saw: response times in ms and errors, in the order pages ran. */
    static final Map<String, Figures> FIGURES = new ConcurrentHashMap<>();

    static final class Figures {
        final ConcurrentLinkedQueue<Integer> times = new ConcurrentLinkedQueue<>();
        final AtomicInteger errors = new AtomicInteger();
    }

    static PopulationBuilder run(Page page) {
        Figures figures = FIGURES.computeIfAbsent(page.name(), n -> new Figures());
        return scenario(page.name())
                .exec(who(page.who()))
                .during(WARMUP).on(exec(http("warm-up: " + page.name()).get(page.path()).check(status().is(200))))
                .during(DURATION).on(exec(http(page.name()).get(page.path())
                                .check(responseTimeInMillis().saveAs("ms"), status().is(200)))
                        .exec(session -> {
                            if (session.isFailed() || !session.contains("ms")) {
                                figures.errors.incrementAndGet();
                            } else {
                                figures.times.add(session.getInt("ms"));
                            }
                            return session.markAsSucceeded().remove("ms");
                        }))
                .injectOpen(atOnceUsers(CONNS));
    }

    /** The table: throughput, percentiles, errors, and the ratio to ping's throughput in this run. */
    @Override
    public void after() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("Soundpath at %s, %s, %d cores, %d connections (one session each), %d s per page after %d s warm-up",
                Soundpath.BASE, java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), CONNS,
                DURATION.toSeconds(), WARMUP.toSeconds()));
        lines.add("");
        lines.add("| page | req/s | × ping | target | p50 ms | p95 ms | p99 ms | errors |");
        lines.add("|---|---:|---:|---|---:|---:|---:|---:|");
        double ping = throughput(FIGURES.get("ping"));
        for (Page page : PAGES) {
            Figures f = FIGURES.get(page.name());
            List<Integer> sorted = f.times.stream().sorted().toList();
            double rps = throughput(f);
            double ratio = ping == 0 ? 0 : rps / ping;
            String target = page.target() == 0 ? "–" : String.format("≥ %.2f %s", page.target(), ratio >= page.target() ? "met" : "**missed**");
            lines.add(String.format("| %s | %.1f | %.3f | %s | %d | %d | %d | %d |", page.name(), rps, ratio, target,
                    percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), f.errors.get()));
        }
        lines.forEach(System.out::println);
        try {
            java.nio.file.Path out = java.nio.file.Path.of(Soundpath.env("SUMMARY", "target/bench-pages.md"));
            java.nio.file.Files.write(out, lines);
            System.out.println("Written to " + out.toAbsolutePath());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static double throughput(Figures f) {
        return f == null ? 0 : (f.times.size() + f.errors.get()) / (double) DURATION.toSeconds();
    }

    static int percentile(List<Integer> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static final List<Page> PAGES = pages();

    {
        List<Page> pages = PAGES;
        // One page after another: each run starts when the one before it has finished.
        PopulationBuilder chain = run(pages.get(pages.size() - 1));
        for (int i = pages.size() - 2; i >= 0; i--) {
            chain = run(pages.get(i)).andThen(chain);
        }
        setUp(chain).protocols(Soundpath.protocol());
    }
}
