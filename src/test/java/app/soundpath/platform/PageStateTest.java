package app.soundpath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page with no Faces form of its own (nor in the parts it includes) declares itself stateless (the template's
 * {@code stateless} parameter): Faces then builds it as a transient view and keeps no view bookkeeping for it, and an
 * anonymous reader gets no session (README, "What a learner's request costs").
 */
class PageStateTest {

    private static final Path WEBAPP = Path.of("src/main/webapp");
    private static final Pattern INCLUDE = Pattern.compile("<ui:include src=\"(/WEB-INF/[^\"#]+\\.xhtml)\"");
    private static final String STATELESS = "<ui:param name=\"stateless\" value=\"true\"/>";

    @Test
    void everyPageWithoutAFormIsStateless() throws IOException {
        List<String> stateful = new ArrayList<>();
        List<String> withForms = new ArrayList<>();
        for (Path page : pages()) {
            String text = Files.readString(page);
            String name = WEBAPP.relativize(page).toString();
            if (hasForm(text)) {
                withForms.add(name);
            } else if (!text.contains(STATELESS)) {
                stateful.add(name);
            }
        }
        assertThat(stateful).as("pages without a Faces form that do not say stateless").isEmpty();
        // The scan tells the two kinds apart at all: these pages post Faces forms.
        assertThat(withForms).contains("author/course.xhtml", "account/me.xhtml", "lessons.xhtml");
    }

    private static boolean hasForm(String text) throws IOException {
        if (text.contains("<h:form")) {
            return true;
        }
        Matcher include = INCLUDE.matcher(text);
        while (include.find()) {
            if (hasForm(Files.readString(WEBAPP.resolve(include.group(1).substring(1))))) {
                return true;
            }
        }
        return false;
    }

    private static List<Path> pages() throws IOException {
        try (Stream<Path> files = Files.walk(WEBAPP)) {
            return files.filter(f -> f.toString().endsWith(".xhtml") && !f.startsWith(WEBAPP.resolve("WEB-INF"))).toList();
        }
    }
}
