package app.soundpath.catalog.entity;

import java.util.List;

/** A lesson page: the text, where it sits (course, position, neighbours) and the skills it teaches. */
public record LessonDetail(String slug, String title, String summary, String bodyMarkdown, int minutes,
                           int position, int lessonCount, Ref course, List<Ref> tracks, List<Ref> skills,
                           Ref previous, Ref next) {
}
