package app.soundpath.catalog.entity;

import java.util.List;

/**
 * A lesson as a line of a course outline.
 *
 * @param required  whether it counts towards completing the course (optional lessons are extra practice)
 * @param listening whether it holds a listening exercise (issue 17)
 */
public record LessonLine(int position, String slug, String title, String summary, int minutes, List<Ref> skills,
                         boolean required, boolean listening) {
}
