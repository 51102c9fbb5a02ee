package app.soundpath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key a page or a rule refers to exists in the bundle: no "???key???" ever reaches a person. */
class BundleKeysTest {

    private static final Pattern PAGE_KEY = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "(?:Texts\\.of|super|BusinessException|InvalidInputException\\([^,]+,|PasswordRejectedException)\\(?\\s*\"([a-z]+\\.[a-zA-Z]+)\"");

    @Test
    void everyReferencedKeyIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/app/soundpath/messages.properties"))) {
            bundle.load(in);
        }
        Set<String> missing = new TreeSet<>();
        scan(Path.of("src/main/webapp"), ".xhtml", PAGE_KEY, bundle, missing);
        scan(Path.of("src/main/java"), ".java", JAVA_KEY, bundle, missing);

        assertThat(missing).isEmpty();
    }

    @Test
    void theScanFindsKeysAtAll() throws IOException {
        Set<String> found = new TreeSet<>();
        scan(Path.of("src/main/java"), ".java", JAVA_KEY, new Properties(), found);
        assertThat(found).anyMatch(k -> k.startsWith("learning.takeTheCheck "))
                .anyMatch(k -> k.startsWith("check.invalidAnswers ")).anyMatch(k -> k.startsWith("people.selfLockout "));
    }

    private static void scan(Path root, String suffix, Pattern pattern, Properties bundle, Set<String> missing)
            throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!bundle.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
    }
}
