package app.soundpath.reporting.boundary;

import app.soundpath.platform.PathPart;
import java.time.Clock;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.NotFound;
import app.soundpath.platform.Texts;
import app.soundpath.reporting.entity.Funnel;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.omnifaces.util.Faces;

/**
 * Backs {@code admin/reports/track.xhtml}: {@code /admin/reports/track/{slug}?from=&to=&questionnaire=}. A GET form,
 * so every filtered view can be bookmarked; a bad date gets a message beside its field and the default range.
 */
@Named
@RequestScoped
public class TrackFunnelPage {

    @Inject
    @PathPart
    String slug;

    @Inject
    ReportingService reports;

    @Inject
    Clock clock;

    private LocalDate from;
    private LocalDate to;
    private Integer questionnaire;
    private String dateError;
    private Funnel funnel;

    @PostConstruct
    void init() {
        to = LocalDate.now(clock);
        from = to.minusDays(365);
        try {
            String f = Faces.getRequestParameter("from");
            String t = Faces.getRequestParameter("to");
            LocalDate start = f == null || f.isBlank() ? from : LocalDate.parse(f);
            LocalDate end = t == null || t.isBlank() ? to : LocalDate.parse(t);
            if (start.isAfter(end)) {
                dateError = Texts.of("reports.dateOrder");
            } else {
                from = start;
                to = end;
            }
        } catch (DateTimeParseException e) {
            dateError = Texts.of("reports.dateFormat");
        }
        String q = Faces.getRequestParameter("questionnaire");
        questionnaire = q != null && q.matches("\\d{1,6}") ? Integer.valueOf(q) : null;
        try {
            funnel = slug == null ? null : reports.trackFunnel(slug, from, to, questionnaire);
        } catch (BusinessException e) {
            funnel = null;
        }
    }

    public void load() throws IOException {
        if (funnel == null) {
            NotFound.send();
        }
    }

    public String getSlug() { return slug; }
    public Funnel getFunnel() { return funnel; }
    public LocalDate getFrom() { return from; }
    public LocalDate getTo() { return to; }
    public Integer getQuestionnaire() { return questionnaire; }
    public String getDateError() { return dateError; }

    /** The query string of the current filters, for the CSV link. */
    public String getQuery() {
        return "from=" + from + "&to=" + to + (questionnaire == null ? "" : "&questionnaire=" + questionnaire);
    }
}
