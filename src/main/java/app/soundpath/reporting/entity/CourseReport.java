package app.soundpath.reporting.entity;

import java.util.List;

/** A course's funnel, and per lesson: how many reached it, finished it, their learners' average best check score and failed checks. */
public record CourseReport(String slug, String title, Funnel funnel, List<LessonFigures> lessons) {

    /** One lesson's figures; averageScore is null when nobody has taken its check. */
    public record LessonFigures(int position, String slug, String title, long reached, long done, Integer averageScore,
                                long failedAttempts) {
    }
}
