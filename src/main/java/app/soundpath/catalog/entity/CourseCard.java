package app.soundpath.catalog.entity;

/** A course as listed on a track page: enough to choose it. */
public record CourseCard(String slug, String title, String summary, boolean foundation, int lessonCount, int minutes) {
}
