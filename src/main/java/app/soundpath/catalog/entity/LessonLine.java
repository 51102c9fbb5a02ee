package app.soundpath.catalog.entity;

import java.util.List;

/** A lesson as a line of a course outline. */
public record LessonLine(int position, String slug, String title, String summary, int minutes, List<Ref> skills) {
}
