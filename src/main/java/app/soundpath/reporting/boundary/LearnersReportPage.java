package app.soundpath.reporting.boundary;

import app.soundpath.catalog.boundary.CatalogService;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.platform.BusinessException;
import app.soundpath.platform.Texts;
import app.soundpath.reporting.entity.LearnerFilter;
import app.soundpath.reporting.entity.LearnerPage;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.omnifaces.util.Faces;

/**
 * Backs {@code admin/reports/learners.xhtml}: the learner list as a GET form (bookmarkable), 50 a page by keyset.
 * A filter that cannot be used gets a message and the list without it.
 */
@Named
@RequestScoped
public class LearnersReportPage {

    @Inject
    ReportingService reports;

    @Inject
    CatalogService catalog;

    private LearnerFilter filter;
    private LearnerPage page;
    private String error;
    private List<TrackSummary> tracks;
    private final Map<String, String> courses = new TreeMap<>();

    @PostConstruct
    void init() {
        tracks = catalog.tracks();
        catalog.map().courses().values().forEach(c -> courses.put(c.slug(), c.title()));
        String q = Faces.getRequestParameter("q");
        filter = new LearnerFilter(q == null ? null : q.substring(0, Math.min(q.length(), LearnerFilter.QUERY_MAX)),
                known(Faces.getRequestParameter("track"), tracks.stream().map(TrackSummary::slug).toList()),
                known(Faces.getRequestParameter("course"), List.copyOf(courses.keySet())),
                enumOf(Faces.getRequestParameter("status"), LearnerFilter.Status.class),
                enumOf(Faces.getRequestParameter("sort"), LearnerFilter.Sort.class));
        if (q != null && q.length() > LearnerFilter.QUERY_MAX) {
            error = Texts.of("reports.queryTooLong");
        }
        try {
            page = reports.learners(filter, Faces.getRequestParameter("after"), ReportingService.PAGE_SIZE);
        } catch (BusinessException e) {
            error = Texts.of(e.key());
            page = reports.learners(filter, null, ReportingService.PAGE_SIZE);
        }
    }

    private String known(String value, List<String> allowed) {
        if (value != null && !value.isBlank() && !allowed.contains(value)) {
            error = Texts.of("reports.unknownFilter");
            return null;
        }
        return value;
    }

    private <E extends Enum<E>> E enumOf(String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElseGet(() -> {
            error = Texts.of("reports.unknownFilter");
            return null;
        });
    }

    public LearnerFilter getFilter() { return filter; }
    public LearnerPage getPage() { return page; }
    public String getError() { return error; }
    public List<TrackSummary> getTracks() { return tracks; }
    public Map<String, String> getCourses() { return courses; }
    public List<LearnerFilter.Status> getStatuses() { return List.of(LearnerFilter.Status.values()); }
    public boolean isFirstPage() { return Faces.getRequestParameter("after") == null; }

    /** The current filters as a query string (for the next-page and CSV links). */
    public String getQuery() {
        StringBuilder query = new StringBuilder();
        add(query, "q", filter.query());
        add(query, "track", filter.track());
        add(query, "course", filter.course());
        add(query, "status", filter.status() == null ? null : filter.status().name());
        add(query, "sort", filter.sort().name());
        return query.toString();
    }

    private static void add(StringBuilder query, String name, String value) {
        if (value != null) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
