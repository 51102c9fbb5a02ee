package app.soundpath.reporting.entity;

import java.util.List;

/**
 * A course's funnel, and per lesson: how many reached it, finished it, their learners' average best check score and
 * failed checks; and per listening exercise (issue 17): answers, the share right, learners practising and passing.
 */
public record CourseReport(String slug, String title, Funnel funnel, List<LessonFigures> lessons,
                           List<ListeningFigures> listening) {

    /** Up to three lessons whose checks were failed most often, most first. */
    public List<LessonFigures> mostFailed() {
        return lessons.stream().filter(l -> l.failedAttempts() > 0)
                .sorted(java.util.Comparator.comparingLong(LessonFigures::failedAttempts).reversed()).limit(3).toList();
    }

    /** One lesson's figures; averageScore is null when nobody has taken its check. */
    public record LessonFigures(int position, String slug, String title, long reached, long done, Integer averageScore,
                                long failedAttempts) {
    }

    /**
     * One lesson's listening exercise.
     *
     * @param accuracy whole-percent of all answers that were right; null before any answer
     */
    public record ListeningFigures(int position, String slug, String title, String kind, long learners, long answers,
                                   long correct, Integer accuracy, long passed) {
    }
}
