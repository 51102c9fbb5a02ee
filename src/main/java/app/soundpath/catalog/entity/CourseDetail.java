package app.soundpath.catalog.entity;

import java.util.List;

/** A course page: what it is, which tracks it belongs to, and its lessons in order. */
public record CourseDetail(String slug, String title, String summary, boolean foundation, List<Ref> tracks,
                           List<LessonLine> lessons, List<Ref> skills, int minutes) {
}
