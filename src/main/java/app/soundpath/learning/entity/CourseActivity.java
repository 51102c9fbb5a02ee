package app.soundpath.learning.entity;

/**
 * Fired in the transaction that made or changed a learner's summary row of a course, with what it adds to the
 * course's figures: learners with a summary (enrolled), who started the course, who completed it (each +1, 0 or -1).
 * Reporting keeps its {@code course_figures} from these, as {@link LessonActivity} for lessons; learning does not
 * know that table.
 */
public record CourseActivity(Long courseId, Long learnerId, int enrolled, int started, int completed) {

    /** What the summary's change from one state to the other adds ({@code before} null: the row is new). */
    public static CourseActivity between(Long courseId, Long learnerId, Shape before, Shape after) {
        Shape was = before == null ? new Shape(false, false) : before;
        return new CourseActivity(courseId, learnerId, before == null ? 1 : 0, delta(was.started(), after.started()),
                delta(was.completed(), after.completed()));
    }

    /** Whether this changes any figure at all. */
    public boolean changesAnything() {
        return enrolled != 0 || started != 0 || completed != 0;
    }

    private static int delta(boolean was, boolean is) {
        return was == is ? 0 : is ? 1 : -1;
    }

    /** What of a summary row the figures count. */
    public record Shape(boolean started, boolean completed) {
    }
}
