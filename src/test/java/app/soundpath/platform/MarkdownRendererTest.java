package app.soundpath.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MarkdownRendererTest {

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Test
    void lessonMarkdownBecomesHeadingsListsTablesAndEmphasis() {
        String html = renderer.toSafeHtml("""
                Intro with **bold** and *italic* and `code`.

                ## Section

                - one
                - two

                1. first
                2. second

                | Term | Meaning |
                |------|---------|
                | dBFS | decibels relative to full scale |

                > a tip
                """);

        assertThat(html).contains("<strong>bold</strong>", "<em>italic</em>", "<code>code</code>", "<h2>Section</h2>",
                "<ul>", "<li>one</li>", "<ol>", "<table>", "<th>Term</th>", "<td>dBFS</td>", "<blockquote>");
    }

    @Test
    void ordinaryLinksSurviveAndAreMarkedNoFollow() {
        String html = renderer.toSafeHtml("[Soundpath](https://soundpath.example/tracks)");

        assertThat(html).contains("href=\"https://soundpath.example/tracks\"", "rel=\"nofollow\"", ">Soundpath</a>");
    }

    @Test
    void emptyOrMissingTextRendersAsNothing() {
        assertThat(renderer.toSafeHtml(null)).isEmpty();
        assertThat(renderer.toSafeHtml("   \n  ")).isEmpty();
    }

    @Test
    void textThatLooksLikeSqlIsJustText() {
        assertThat(renderer.toSafeHtml("'; DROP TABLE lesson; --")).isEqualToIgnoringWhitespace("<p>&#39;; DROP TABLE lesson; --</p>");
    }

    @ParameterizedTest
    @MethodSource("hostileInputs")
    void hostileInputIsRenderedInert(String hostile) {
        String html = renderer.toSafeHtml(hostile).toLowerCase(Locale.ROOT);

        // Hostile text may survive as visible, escaped text (&lt;script&gt;); what must never survive is markup.
        assertThat(html).doesNotContain("<script", "<svg", "<math", "<iframe", "<object", "<embed", "<style",
                "<form", "<input", "<meta", "<base", "<link", "<video", "<img", "<details", "<body");
        assertThat(html).doesNotContainPattern("<[a-z][^>]*\\s(on[a-z]+|style)\\s*=");
        assertThat(html).doesNotContainPattern("(href|src|action|data)\\s*=\\s*[\"']?\\s*(javascript|vbscript|data):");
    }

    static Stream<String> hostileInputs() throws IOException {
        return corpus().stream();
    }

    /** The shared XSS corpus (also used by the authoring and report tests). */
    public static List<String> corpus() throws IOException {
        try (InputStream in = MarkdownRendererTest.class.getResourceAsStream("xss-corpus.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .map(l -> l.replace("\\n", "\n"))
                    .toList();
        }
    }

    @Test
    void aTextRenderedBeforeGivesTheSameHtmlAndTheKeptTextsStayBounded() {
        String lesson = "# Gain\n\nKeep **peaks** below 0 dBFS. <script>alert(1)</script>";
        String first = renderer.toSafeHtml(lesson);
        assertThat(renderer.toSafeHtml(new String(lesson))).isEqualTo(first).doesNotContain("<script");
        for (int i = 0; i < MarkdownRenderer.KEPT + 10; i++) {
            assertThat(renderer.toSafeHtml("Lesson " + i)).isEqualTo("<p>Lesson " + i + "</p>\n");
        }
        assertThat(renderer.toSafeHtml(lesson)).isEqualTo(first);
        assertThat(renderer.toSafeHtml("# Gain, edited")).contains("Gain, edited").isNotEqualTo(first);
    }
}
