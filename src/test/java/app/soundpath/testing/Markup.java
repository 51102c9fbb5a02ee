package app.soundpath.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The shared XSS corpus and the check that a page shows hostile text only as inert, escaped text. */
public final class Markup {

    private Markup() {
    }

    private static final Pattern TAG = Pattern.compile(
            "<([a-zA-Z][a-zA-Z0-9:-]*)((?:\\s+[^\\s=>/]+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s>]+))?)*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=>/]+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    // No "svg" or "details": the reports draw charts as SVG and fold lessons in details. Injected ones are still
    // caught by what they would need to run anything: a script element, an on* handler (onload, ontoggle) or a
    // javascript: link.
    /**
     * The app's own script files, as h:outputScript writes them: nothing hostile can point one elsewhere. Under a
     * context path (the tests' deployments) or at the root (the cluster).
     */
    private static final Pattern OWN_SCRIPT = Pattern.compile(
            "<script src=\"(/[a-z0-9-]+)?/jakarta\\.faces\\.resource/js/[a-z-]+\\.js\\.xhtml\" crossorigin=\"anonymous\">");
    private static final List<String> FORBIDDEN_TAGS = List.of("script", "math", "iframe", "object", "embed",
            "style", "base", "video", "audio", "source", "img", "mglyph", "frame", "frameset", "applet");

    /**
     * Hostile text may survive as visible, escaped text; what must never survive is markup that runs or loads
     * anything. The page is read tag by tag, the way a browser tokenises it (quoted attribute values stay values),
     * and every tag and attribute is checked: no script-capable elements, no event handlers or style attributes,
     * no script or data URLs, no refresh, no form posting or stylesheet from elsewhere.
     */
    public static void assertInert(String html) {
        Matcher tags = TAG.matcher(html);
        while (tags.find()) {
            String tag = tags.group(1).toLowerCase(Locale.ROOT);
            String where = tags.group();
            if (tag.equals("script") && OWN_SCRIPT.matcher(where).matches()) {
                continue; // the page's own script file from the app's resources (no inline script: the CSP forbids it)
            }
            assertThat(FORBIDDEN_TAGS).as("element in " + where).doesNotContain(tag);
            Matcher attributes = ATTRIBUTE.matcher(tags.group(2));
            while (attributes.find()) {
                String name = attributes.group(1).toLowerCase(Locale.ROOT);
                String value = attributes.group(2) == null ? "" : decoded(attributes.group(2).replaceAll("^[\"']|[\"']$", ""))
                        .replaceAll("[\\s\\x00-\\x1f]", "").toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute in " + where).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("http-equiv");
                if (List.of("href", "src", "action", "formaction", "data", "xlink:href", "srcdoc").contains(name)) {
                    assertThat(value).as("URL in " + where).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                            .doesNotStartWith("data:").doesNotContain("evil.example");
                }
            }
        }
    }

    private static String decoded(String value) {
        Matcher m = Pattern.compile("&#(x?)([0-9a-fA-F]+);?").matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(2), m.group(1).isEmpty() ? 10 : 16))));
        }
        m.appendTail(out);
        return out.toString().replace("&colon;", ":").replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
    }

    /** The shared XSS corpus of the platform tests: one hostile input per line, \\n meaning a line break. */
    public static List<String> corpus() throws IOException {
        try (var in = Markup.class.getResourceAsStream("/app/soundpath/platform/xss-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# ")).map(l -> l.replace("\\n", "\n")).toList();
        }
    }
}
