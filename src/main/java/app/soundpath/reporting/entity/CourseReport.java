package app.soundpath.reporting.entity;

import java.util.List;

/** A course's funnel, and per lesson: how many reached it, finished it, their learners' average best check score and failed checks. */
public record CourseReport(String slug, String title, Funnel funnel, List<LessonFigures> lessons) {

    /** Up to three lessons whose checks were failed most often, most first. */
    public List<LessonFigures> mostFailed() {
        return lessons.stream().filter(l -> l.failedAttempts() > 0)
                .sorted(java.util.Comparator.comparingLong(LessonFigures::failedAttempts).reversed()).limit(3).toList();
    }

    /** One lesson's figures; averageScore is null when nobody has taken its check. */
    public record LessonFigures(int position, String slug, String title, long reached, long done, Integer averageScore,
                                long failedAttempts) {
    }
}
