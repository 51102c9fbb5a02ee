package app.soundpath.learning.entity;

import app.soundpath.catalog.entity.LessonLine;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of a course page's outline as one learner sees it, worked out once in Java instead of in several
 * expressions per line (the outline was an eighth of the signed-in course page's time, issue 14).
 *
 * @param lesson the lesson
 * @param state  the learner's {@link LessonState} name, or null for a visitor who is not signed in
 * @param marker what the round marker shows: the lesson's number, a tick when done, a dash when waived
 */
public record OutlineRow(LessonLine lesson, String state, String marker) {

    /** The rows for {@code lessons}; {@code mine} is the learner's status in the course, null for a visitor. */
    public static List<OutlineRow> of(List<LessonLine> lessons, CourseStatus mine) {
        List<OutlineRow> rows = new ArrayList<>(lessons.size());
        for (LessonLine lesson : lessons) {
            LessonState state = mine == null ? null : mine.lessonStates().getOrDefault(lesson.slug(), LessonState.NOT_STARTED);
            String marker = state == LessonState.COMPLETED ? "✓" : state == LessonState.WAIVED ? "–" : Integer.toString(lesson.position());
            rows.add(new OutlineRow(lesson, state == null ? null : state.name(), marker));
        }
        return List.copyOf(rows);
    }
}
