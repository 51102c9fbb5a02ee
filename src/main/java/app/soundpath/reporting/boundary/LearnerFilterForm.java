package app.soundpath.reporting.boundary;

import app.soundpath.platform.Texts;
import app.soundpath.reporting.entity.LearnerFilter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The learner list's GET form (bookmarkable), read the same way on the admins' and the instructors' pages: a value
 * that cannot be used (an unknown track, course, status or order, a search too long) is left out with a message.
 */
final class LearnerFilterForm {

    private final LearnerFilter filter;
    private String error;

    /** Reads q, track, course, status and sort; only the tracks and courses given are accepted. */
    LearnerFilterForm(List<String> tracks, List<String> courses) {
        String q = Faces.getRequestParameter("q");
        filter = new LearnerFilter(q == null ? null : q.substring(0, Math.min(q.length(), LearnerFilter.QUERY_MAX)),
                known(Faces.getRequestParameter("track"), tracks),
                known(Faces.getRequestParameter("course"), courses),
                enumOf(Faces.getRequestParameter("status"), LearnerFilter.Status.class),
                enumOf(Faces.getRequestParameter("sort"), LearnerFilter.Sort.class));
        if (q != null && q.length() > LearnerFilter.QUERY_MAX) {
            error = Texts.of("reports.queryTooLong");
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

    LearnerFilter filter() {
        return filter;
    }

    String error() {
        return error;
    }

    void refuse(String key) {
        error = Texts.of(key);
    }

    /** The cursor of the page asked for; null on the first page. */
    static String after() {
        return Faces.getRequestParameter("after");
    }

    /** The current filters as a query string (for the next-page and CSV links). */
    String query() {
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
