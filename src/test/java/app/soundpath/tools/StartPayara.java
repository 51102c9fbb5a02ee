package app.soundpath.tools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Starts Payara Micro for {@code ./mvnw -Prun}, with Java's ahead-of-time cache when there is one
 * ({@code ./mvnw -Prun -Drun.mode=make-cache} makes it). The run profile runs it from the test classes, as it does
 * the data generator.
 *
 * <p>Why a launcher of our own: the AOT cache (JEP 483/514) only holds classes that the JVM's own class loaders
 * read from a class path that is the same, file for file, at every start. {@code java -jar payara-micro.jar}
 * unpacks Payara into a new temporary folder each time and loads it with a class loader of its own, so nothing of
 * Payara could be cached. Payara's {@code --rootdir ... --outputlauncher} unpacks it once into a folder and writes
 * {@code launch-micro.jar}, whose manifest puts every Payara module on the class path. This program makes that
 * folder once, restores its configuration to the state Payara first wrote (Payara saves domain.xml there, and the
 * boot command files must apply to a clean one, as with a temporary folder), and starts the server.
 *
 * <pre>
 * java -cp target/test-classes app.soundpath.tools.StartPayara run|make-cache PAYARA_JAR ROOT_DIR CACHE_FILE
 *     [JVM options...] -- [Payara options...]
 * </pre>
 * {@code --addlibs X} among the Payara options becomes a class path entry (the launcher refuses --addlibs).
 */
public class StartPayara {

    /** The page whose first answer says the server is up (as in README's start-up figures). */
    static final String FIRST_LESSON = "/lessons/what-sound-is-frequency-amplitude-decibels";

    /** Pages requested while making the cache, so that the classes serving a page are in it too. */
    static final List<String> TRAINING_PAGES = List.of("/", "/tracks/producer", "/tracks/engineer",
            "/courses/audio-foundations", FIRST_LESSON, "/account/sign-in", "/assessment/", "/api/ping",
            "/no-such-page");

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: StartPayara run|make-cache PAYARA_JAR ROOT_DIR CACHE_FILE [JVM options] -- [Payara options]");
            System.exit(2);
        }
        String mode = args[0];
        if (!mode.equals("run") && !mode.equals("make-cache")) {
            System.err.println("The first argument must be run or make-cache, not " + mode);
            System.exit(2);
        }
        Path payaraJar = Path.of(args[1]).toAbsolutePath();
        Path root = Path.of(args[2]).toAbsolutePath();
        Path cache = Path.of(args[3]).toAbsolutePath();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path launcher = prepareRoot(java, payaraJar, root);
        List<String> options = List.of(args).subList(4, args.length);
        if (mode.equals("make-cache") && !cacheable(Runtime.version().feature())) {
            System.err.println("The start-up cache needs Java 25 or newer; this is Java " + Runtime.version().feature()
                    + ". ./mvnw -Prun works without it.");
            System.exit(1);
        }
        if (mode.equals("run") && cacheable(Runtime.version().feature())) {
            System.out.println(Files.isRegularFile(cache)
                    ? "Starting with the start-up cache " + cache + " (delete it to start without)"
                    : "No start-up cache yet: ./mvnw -Prun -Drun.mode=make-cache (about a minute, once) makes later"
                            + " starts about a third faster");
        }
        if (mode.equals("make-cache")) {
            Files.deleteIfExists(cache);
        }
        List<String> command = command(java, Runtime.version().feature(), mode, launcher, cache, options);
        Process server = new ProcessBuilder(command).inheritIO().start();
        // Ctrl-C reaches the server itself (same process group); this only waits for it to finish stopping.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.destroy();
            try {
                server.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        if (mode.equals("run")) {
            System.exit(server.waitFor());
        }
        System.exit(makeCache(server, cache, port(options)));
    }

    /**
     * The server's command: Java, the launcher's opens and exports, the JVM options, the cache option, the class path
     * (the launcher, then each {@code --addlibs} library) and Payara's options without {@code --addlibs}.
     */
    static List<String> command(String java, int javaVersion, String mode, Path launcher, Path cache,
            List<String> options) throws IOException {
        int split = options.indexOf("--");
        List<String> jvm = split < 0 ? options : options.subList(0, split);
        List<String> payara = split < 0 ? List.of() : options.subList(split + 1, options.size());
        List<String> classPath = new ArrayList<>(List.of(launcher.toString()));
        List<String> payaraArgs = new ArrayList<>();
        for (int i = 0; i < payara.size(); i++) {
            if (payara.get(i).equals("--addlibs") && i + 1 < payara.size()) {
                classPath.add(Path.of(payara.get(++i)).toAbsolutePath().toString());
            } else {
                payaraArgs.add(payara.get(i));
            }
        }
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(manifestOptions(launcher));
        command.addAll(jvm);
        if (mode.equals("make-cache")) {
            command.add("-XX:AOTCacheOutput=" + cache);
            // Java names each of the ~800 classes it leaves out (generated proxies, classes of the app's own class
            // loader); errors still show.
            command.add("-Xlog:aot=error");
        } else if (Files.isRegularFile(cache) && cacheable(javaVersion)) {
            command.add("-XX:AOTCache=" + cache);
        }
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath),
                "fish.payara.micro.impl.RootDirLauncher"));
        command.addAll(payaraArgs);
        return command;
    }

    /** Java 25 brought the one-step AOT cache (-XX:AOTCacheOutput, JEP 514); older JVMs refuse the options. */
    static boolean cacheable(int javaVersion) {
        return javaVersion >= 25;
    }

    /** Makes the root folder once; afterwards puts back the configuration Payara wrote at first. */
    static Path prepareRoot(String java, Path payaraJar, Path root) throws IOException, InterruptedException {
        Path launcher = root.resolve("launch-micro.jar");
        Path pristine = root.resolve("config.first");
        if (!Files.isRegularFile(launcher) || !Files.isDirectory(pristine)
                || Files.getLastModifiedTime(payaraJar).compareTo(Files.getLastModifiedTime(launcher)) > 0) {
            deleteTree(root);
            Process p = new ProcessBuilder(java, "-jar", payaraJar.toString(), "--rootdir", root.toString(),
                    "--outputlauncher").inheritIO().start();
            if (p.waitFor() != 0 || !Files.isRegularFile(launcher)) {
                throw new IllegalStateException("Payara Micro could not write its launcher into " + root);
            }
            copyTree(root.resolve("config"), pristine);
        }
        deleteTree(root.resolve("config"));
        copyTree(pristine, root.resolve("config"));
        return launcher;
    }

    /** The launcher's Add-Opens and Add-Exports, which Java honours only for java -jar, as command-line options. */
    static List<String> manifestOptions(Path launcher) throws IOException {
        List<String> options = new ArrayList<>();
        try (JarFile jar = new JarFile(launcher.toFile())) {
            var attributes = jar.getManifest().getMainAttributes();
            for (String kind : List.of("Add-Opens", "Add-Exports")) {
                String value = attributes.getValue(kind);
                if (value == null) {
                    continue;
                }
                for (String target : value.trim().split("\\s+")) {
                    options.add("--" + kind.toLowerCase() + "=" + target + "=ALL-UNNAMED");
                }
            }
        }
        return options;
    }

    /** Waits for the first lesson page, asks for a few pages, stops the server and waits for the cache file. */
    static int makeCache(Process server, Path cache, String port) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        boolean up = false;
        while (!up && server.isAlive() && System.nanoTime() < deadline) {
            up = status(http, base + FIRST_LESSON) == 200;
            if (!up) {
                Thread.sleep(500);
            }
        }
        if (!up) {
            System.err.println("The server did not serve a lesson page; no start-up cache was made.");
            server.destroy();
            server.waitFor();
            return 1;
        }
        for (int round = 0; round < 3; round++) {
            for (String page : TRAINING_PAGES) {
                status(http, base + page);
            }
        }
        System.out.println("Stopping the server; Java now writes the start-up cache (about a minute on 2 cores)");
        server.destroy();
        server.waitFor();
        // The JVM hands the writing to a child process and returns once it is done.
        if (!Files.isRegularFile(cache) || Files.size(cache) == 0) {
            System.err.println("Java did not write the start-up cache " + cache
                    + " (see its messages above); ./mvnw -Prun starts without it.");
            Files.deleteIfExists(cache);
            return 1;
        }
        System.out.printf("Start-up cache written: %s (%d MB). ./mvnw -Prun uses it from now on.%n", cache,
                Files.size(cache) >> 20);
        return 0;
    }

    static int status(HttpClient http, String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String port(List<String> options) {
        int i = options.lastIndexOf("--port");
        return i >= 0 && i + 1 < options.size() ? options.get(i + 1) : "8080";
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
