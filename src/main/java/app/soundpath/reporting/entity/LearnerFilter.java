package app.soundpath.reporting.entity;

/**
 * What the learner list is narrowed to: a name or email prefix, a track, a course, a status in those courses, and
 * the order. All optional; unknown values are refused by {@link #validate()}.
 */
public record LearnerFilter(String query, String track, String course, Status status, Sort sort) {

    /** Longest search text accepted. */
    public static final int QUERY_MAX = 100;

    /** Where a learner is in the chosen courses (or any course when none is chosen). */
    public enum Status { NOT_STARTED, IN_PROGRESS, COMPLETED }

    /** List order; each has its own keyset. */
    public enum Sort { NAME, NEWEST }

    public LearnerFilter {
        query = query == null || query.isBlank() ? null : query.strip().toLowerCase(java.util.Locale.ROOT);
        track = track == null || track.isBlank() ? null : track;
        course = course == null || course.isBlank() ? null : course;
        sort = sort == null ? Sort.NAME : sort;
    }

    public static LearnerFilter none() {
        return new LearnerFilter(null, null, null, null, Sort.NAME);
    }

    /** True when the search text fits (length); slugs are checked against the catalogue by the service. */
    public boolean validate() {
        return query == null || query.length() <= QUERY_MAX;
    }
}
