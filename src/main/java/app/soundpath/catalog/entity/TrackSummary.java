package app.soundpath.catalog.entity;

/** A track as listed on the home page and in {@code GET /api/tracks}. */
public record TrackSummary(String slug, String title, String tagline, int courseCount, int lessonCount, int minutes) {
}
