package app.soundpath.tools;

import app.soundpath.reporting.control.Keyset;
import app.soundpath.testing.WebSession;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times the admin reports against a running app (not a test: these machines are shared and noisy). Each report is
 * requested RUNS times, interleaved with a baseline request (GET /api/ping) timed in the same loop, and reported as
 * median and 95th percentile in milliseconds and as a ratio to the baseline's median. Then the learner CSV is
 * streamed in full while the server's used heap is sampled from /metrics.
 *
 * <pre>BASE=http://localhost:8080 RUNS=30 ./mvnw -Pbench</pre>
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String base = env("BASE", "http://localhost:8080");
        int runs = Integer.parseInt(env("RUNS", "30"));
        WebSession admin = new WebSession(new URL(base + "/"));
        admin.get("/account/sign-in");
        WebSession.Page signedIn = admin.submit("signin", Map.of("email", env("ADMIN_EMAIL", "admin@soundpath.test"),
                "password", env("ADMIN_PASSWORD", "admin-demo-2026")), "submit");
        if (signedIn.status() != 302) {
            throw new IllegalStateException("Could not sign in as admin: HTTP " + signedIn.status());
        }
        String overview = admin.getJson("/api/admin/reports/overview").body();
        System.out.println("Data: " + overview.replaceAll("\"tracks\".*", "").replaceAll("[{}\"]", " ").trim());

        long someLearner = firstLearnerId(admin);
        Instant now = Instant.now();
        Map<String, String> requests = new LinkedHashMap<>();
        requests.put("track funnel (producer, last 365 days)", "/api/admin/reports/tracks/producer/funnel");
        requests.put("track funnel (engineer, questionnaire 1)", "/api/admin/reports/tracks/engineer/funnel?questionnaire=1");
        requests.put("course funnel (audio-foundations)", "/api/admin/reports/courses/audio-foundations");
        requests.put("course funnel (live-sound)", "/api/admin/reports/courses/live-sound");
        requests.put("assessment outcomes", "/api/admin/reports/assessments");
        requests.put("overview", "/api/admin/reports/overview");
        requests.put("learners, page 1 (by name)", "/api/admin/reports/learners");
        requests.put("learners, page deep in the list (newest first, ~6 months back)", "/api/admin/reports/learners?sort=NEWEST&after="
                + Keyset.encode(new Keyset.Position(String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, now.minus(180, ChronoUnit.DAYS))), Long.MAX_VALUE)));
        requests.put("learners, last page (newest first, ~12 months back)", "/api/admin/reports/learners?sort=NEWEST&after="
                + Keyset.encode(new Keyset.Position(String.valueOf(ChronoUnit.MICROS.between(Instant.EPOCH, now.minus(364, ChronoUnit.DAYS))), Long.MAX_VALUE)));
        requests.put("learners, filtered (track producer, in progress)", "/api/admin/reports/learners?track=producer&status=IN_PROGRESS");
        requests.put("one learner's detail", "/api/admin/reports/learners/" + someLearner);

        for (String path : requests.values()) { // warm up: JIT, caches, connection pool
            for (int i = 0; i < 5; i++) {
                check(admin, path);
            }
        }
        System.out.printf("%n%-64s %9s %9s %9s%n", "request (" + runs + " runs each)", "median ms", "p95 ms", "× ping");
        List<Double> pings = new ArrayList<>();
        Map<String, List<Double>> times = new LinkedHashMap<>();
        requests.keySet().forEach(k -> times.put(k, new ArrayList<>()));
        for (int run = 0; run < runs; run++) {
            for (Map.Entry<String, String> request : requests.entrySet()) {
                pings.add(time(admin, "/api/ping"));
                times.get(request.getKey()).add(time(admin, request.getValue()));
            }
        }
        double ping = percentile(pings, 50);
        System.out.printf("%-64s %9.1f %9.1f %9s%n", "baseline: GET /api/ping", ping, percentile(pings, 95), "1.0");
        times.forEach((name, list) -> System.out.printf("%-64s %9.1f %9.1f %9.1f%n", name, percentile(list, 50),
                percentile(list, 95), percentile(list, 50) / ping));

        csv(base, admin);
    }

    /** Streams the full learner CSV, sampling the server's used heap every 100 ms. */
    private static void csv(String base, WebSession admin) throws Exception {
        long idle = heap(admin);
        AtomicLong peak = new AtomicLong(idle);
        java.util.concurrent.atomic.AtomicBoolean streaming = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (streaming.get()) {
                peak.accumulateAndGet(heap(admin), Math::max);
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        long started = System.nanoTime();
        sampler.start();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/admin/reports/learners.csv"))
                .header("Cookie", "JSESSIONID=" + admin.cookie("JSESSIONID").orElseThrow().getValue()).build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        long bytes = 0;
        long lines = 0;
        try (InputStream in = response.body()) {
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) > 0; ) {
                bytes += n;
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        streaming.set(false);
        sampler.join();
        System.out.printf("%nlearner CSV: HTTP %d, %d rows, %.1f MB in %.1f s; server used heap %s MB before, peak %s MB while streaming"
                        + " (sampled every 100 ms; -1 means /metrics had no heap figure)%n", response.statusCode(), lines - 1,
                bytes / 1e6, (System.nanoTime() - started) / 1e9, mb(idle), mb(peak.get()));
    }

    private static String mb(long bytes) {
        return bytes < 0 ? "-1" : String.valueOf(bytes / 1_000_000);
    }

    private static final Pattern HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*\\})? ([0-9.Ee+]+)");

    private static long heap(WebSession session) {
        WebSession.Page page = session.send(HttpRequest.newBuilder(URI.create(session.root() + "/metrics?scope=base")).GET(), "text/plain");
        Matcher m = HEAP.matcher(page.body());
        return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
    }

    private static long firstLearnerId(WebSession admin) {
        Matcher m = Pattern.compile("\"id\":(\\d+)").matcher(admin.getJson("/api/admin/reports/learners").body());
        if (!m.find()) {
            throw new IllegalStateException("No learners: load some with ./mvnw -Pdata first");
        }
        return Long.parseLong(m.group(1));
    }

    private static void check(WebSession session, String path) {
        WebSession.Page page = session.getJson(path);
        if (page.status() != 200) {
            throw new IllegalStateException(path + ": HTTP " + page.status() + " " + page.body());
        }
    }

    private static double time(WebSession session, String path) {
        long start = System.nanoTime();
        check(session, path);
        return (System.nanoTime() - start) / 1e6;
    }

    private static double percentile(List<Double> values, int p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
