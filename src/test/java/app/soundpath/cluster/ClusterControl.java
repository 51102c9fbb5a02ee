package app.soundpath.cluster;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives the scripts of {@code src/main/cluster} from the drills: kill or start one node, stop or start the private
 * PostgreSQL server of the cluster profile. Every call is bounded in time.
 */
final class ClusterControl {

    static final Path SCRIPTS = Path.of(System.getProperty("cluster.scripts", "src/main/cluster"));

    private ClusterControl() {
    }

    static void killNode(int i) {
        run(60, "node", String.valueOf(i), "kill");
    }

    /** Starts node i again if it is not running, and waits until it serves (bounded). */
    static void ensureNodeUp(int i) {
        run(600, "node", String.valueOf(i), "start");
    }

    static String pid(int i) {
        return run(30, "node", String.valueOf(i), "pid").strip();
    }

    static void stopDatabase() {
        run(120, "postgres", "stop");
    }

    static void startDatabase() {
        run(120, "postgres", "start");
    }

    static String run(int seconds, String script, String... arguments) {
        List<String> command = new java.util.ArrayList<>();
        command.add(SCRIPTS.resolve(script).toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command + " did not finish in " + seconds + " s");
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            System.out.print(output);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(command + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
