package app.soundpath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every name a page may leave unset is answered by {@link PageValuesELResolver}, so none of them costs a failed class
 * load per request: the template's optional parameters and every value a page sets with {@code c:set} in request
 * scope. And none of those names is also a CDI bean's name, which the resolver would hide from a page.
 */
class PageValuesTest {

    private static final Path PAGES = Path.of("src/main/webapp");
    private static final Pattern SET_VAR = Pattern.compile("<c:set var=\"([A-Za-z]+)\"[^>]*scope=\"request\"");
    private static final Pattern PARAM_NAME = Pattern.compile("<ui:param name=\"([A-Za-z]+)\"");
    private static final Pattern NAMED = Pattern.compile("@Named(?:\\(\"([A-Za-z]+)\"\\))?\\s+(?:@[A-Za-z]+\\s+)*public\\s+(?:final\\s+)?class\\s+([A-Za-z]+)");

    @Test
    void everyRequestValueAPageSetsIsAnsweredByTheResolver() {
        Set<String> set = found(PAGES, ".xhtml", SET_VAR);
        assertThat(set).as("c:set values in pages").isNotEmpty().contains("study", "outline");
        assertThat(PageValuesELResolver.NAMES).containsAll(set);
    }

    @Test
    void theTemplatesOptionalParametersAreAnsweredByTheResolver() throws IOException {
        String template = Files.readString(PAGES.resolve("WEB-INF/templates/page.xhtml"));
        Set<String> parameters = found(PAGES, ".xhtml", PARAM_NAME);
        Set<String> templateParameters = new TreeSet<>();
        for (String name : parameters) {
            if (Pattern.compile("#\\{[^}]*(?<![.'\\w])" + name + "\\b").matcher(template).find()) {
                templateParameters.add(name);
            }
        }
        assertThat(templateParameters).as("parameters pages pass that the template reads")
                .contains("title", "trackClass", "description", "stateless");
        assertThat(PageValuesELResolver.NAMES).containsAll(templateParameters);
    }

    @Test
    void noBeanIsNamedLikeAPageValue() {
        Set<String> beans = found(Path.of("src/main/java"), ".java", NAMED, m -> m.group(1) != null ? m.group(1)
                : Character.toLowerCase(m.group(2).charAt(0)) + m.group(2).substring(1));
        assertThat(beans).as("@Named beans").contains("courseReportPage");
        assertThat(beans).doesNotContainAnyElementsOf(PageValuesELResolver.NAMES);
    }

    private static Set<String> found(Path root, String suffix, Pattern pattern) {
        return found(root, suffix, pattern, m -> m.group(1));
    }

    /** The name each match gives, in every file under root whose name ends with suffix. */
    private static Set<String> found(Path root, String suffix, Pattern pattern,
            java.util.function.Function<Matcher, String> name) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.filter(p -> p.toString().endsWith(suffix)).forEach(p -> {
                Matcher m = pattern.matcher(read(p));
                while (m.find()) {
                    names.add(name.apply(m));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
