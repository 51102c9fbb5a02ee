package app.soundpath.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command's launcher: the server command it builds and the configuration it puts back before each start. */
class StartPayaraTest {

    @TempDir
    Path dir;

    private Path launcher() throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Add-Opens", "java.base/java.lang java.base/java.util");
        main.putValue("Add-Exports", "java.base/jdk.internal.ref");
        Path jar = dir.resolve("root/launch-micro.jar");
        Files.createDirectories(jar.getParent());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            // the manifest is all a launcher needs here
        }
        return jar;
    }

    @Test
    void runCommandPutsTheLibrariesOnTheClassPathAndUsesTheCacheOnlyWhenItExists() throws IOException {
        Path launcher = launcher();
        Path cache = dir.resolve("root/soundpath.aot");
        List<String> options = List.of("-Xmx320m", "-XX:+UseSerialGC", "--", "--deploy", "app.war", "--addlibs",
                "/x/postgresql.jar", "--port", "8081");

        List<String> withoutCache = StartPayara.command("java", 25, "run", launcher, cache, options);
        assertEquals(List.of("java", "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--add-opens=java.base/java.util=ALL-UNNAMED", "--add-exports=java.base/jdk.internal.ref=ALL-UNNAMED",
                "-Xmx320m", "-XX:+UseSerialGC", "-cp", launcher + java.io.File.pathSeparator + "/x/postgresql.jar",
                "fish.payara.micro.impl.RootDirLauncher", "--deploy", "app.war", "--port", "8081"), withoutCache);

        Files.writeString(cache, "cache");
        List<String> withCache = StartPayara.command("java", 25, "run", launcher, cache, options);
        assertTrue(withCache.contains("-XX:AOTCache=" + cache), withCache.toString());
        assertTrue(withCache.indexOf("-XX:AOTCache=" + cache) < withCache.indexOf("-cp"), "a JVM option");

        assertFalse(StartPayara.command("java", 21, "run", launcher, cache, options).stream()
                .anyMatch(o -> o.startsWith("-XX:AOT")), "Java 21 does not know the option and would not start");

        List<String> making = StartPayara.command("java", 25, "make-cache", launcher, cache, options);
        assertTrue(making.contains("-XX:AOTCacheOutput=" + cache), making.toString());
        assertFalse(making.contains("-XX:AOTCache=" + cache), "making a cache never reads the old one");
        assertFalse(making.contains("--addlibs"), "the launcher refuses --addlibs");
        assertEquals("8081", StartPayara.port(options));
        assertEquals("8080", StartPayara.port(List.of("--deploy", "app.war")));
    }

    @Test
    void eachStartBeginsFromTheConfigurationPayaraFirstWrote() throws Exception {
        Path payaraJar = dir.resolve("payara-micro.jar");
        Files.writeString(payaraJar, "not used: the root folder is already there");
        Files.setLastModifiedTime(payaraJar, FileTime.fromMillis(1_000_000));
        Path launcher = launcher();
        Path root = launcher.getParent();
        Files.createDirectories(root.resolve("config.first/branding"));
        Files.writeString(root.resolve("config.first/domain.xml"), "<domain first/>");
        Files.writeString(root.resolve("config.first/branding/a.txt"), "a");
        Files.createDirectories(root.resolve("config"));
        Files.writeString(root.resolve("config/domain.xml"), "<domain changed by the last start/>");
        Files.writeString(root.resolve("config/left-over.xml"), "x");
        Files.writeString(root.resolve("soundpath.aot"), "cache");

        assertEquals(launcher, StartPayara.prepareRoot("java", payaraJar, root));

        assertEquals("<domain first/>", Files.readString(root.resolve("config/domain.xml")));
        assertEquals("a", Files.readString(root.resolve("config/branding/a.txt")));
        assertFalse(Files.exists(root.resolve("config/left-over.xml")));
        assertEquals("<domain first/>", Files.readString(root.resolve("config.first/domain.xml")), "kept for next time");
        assertTrue(Files.exists(root.resolve("soundpath.aot")), "the cache stays while Payara is the same");
    }
}
