package app.soundpath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one way Markdown becomes HTML in Soundpath: CommonMark, then an allow-list sanitiser. Every page, the
 * REST API and the authoring preview go through it, so what an instructor previews is what a learner gets.
 * It lives in platform because every feature that shows written content needs it.
 */
@Named("markdown")
@ApplicationScoped
public class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

    // Raw HTML in the source is escaped by CommonMark and whatever still gets through is cut by the policy:
    // two independent walls, so a mistake in one does not reach a learner's browser.
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .sanitizeUrls(true)
            .build();

    private static final PolicyFactory POLICY = Sanitizers.FORMATTING
            .and(Sanitizers.BLOCKS)
            .and(Sanitizers.TABLES)
            .and(Sanitizers.LINKS)
            .and(new HtmlPolicyBuilder()
                    .allowElements("pre", "code", "hr", "br", "del", "kbd", "sup", "sub")
                    .allowAttributes("start").onElements("ol")
                    .toFactory());

    /** How many rendered texts are kept; published content is a few hundred, so previews cannot crowd it out for long. */
    static final int KEPT = 2_000;

    // Published texts are rendered again and again (the same lesson for every learner): keep what each Markdown
    // text gave. Keyed by the text itself, so an edited text is simply a new key; when full, start afresh.
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    /** Safe HTML for the given Markdown; an empty string for null. */
    public String toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = rendered.get(markdown);
        if (html == null) {
            html = render(markdown);
            if (rendered.size() >= KEPT) {
                rendered.clear();
            }
            rendered.put(markdown, html);
        }
        return html;
    }

    private static String render(String markdown) {
        return POLICY.sanitize(RENDERER.render(PARSER.parse(markdown)));
    }
}
