package app.soundpath.learning.control;

import java.util.List;

/**
 * The difficulty ladder and the pass rule of a listening exercise. A learner starts on the exercise's lowest rung, moves
 * up one after two right answers in a row on the current rung, and down one after a wrong answer, never outside the
 * exercise's range. The exercise is passed when, over the last {@code window} answers, the share right is at least
 * the pass accuracy (and there are that many answers).
 */
public final class ListeningLadder {

    private ListeningLadder() {
    }

    /** An answered item: its rung and whether it was right. */
    public record Answer(int level, boolean correct) {
    }

    /** The rung of the next item, from the answers so far (newest first). */
    public static int next(List<Answer> newestFirst, int from, int to) {
        if (newestFirst.isEmpty()) {
            return from;
        }
        Answer last = newestFirst.getFirst();
        int current = Math.max(from, Math.min(to, last.level()));
        if (!last.correct()) {
            return Math.max(from, current - 1);
        }
        boolean twoInARow = newestFirst.size() >= 2 && newestFirst.get(1).correct()
                && newestFirst.get(1).level() == last.level();
        return twoInARow ? Math.min(to, current + 1) : current;
    }

    /** The whole-percent share right of the last {@code window} answers (of fewer while there are fewer). */
    public static int accuracy(List<Answer> newestFirst, int window) {
        List<Answer> last = newestFirst.subList(0, Math.min(window, newestFirst.size()));
        if (last.isEmpty()) {
            return 0;
        }
        long right = last.stream().filter(Answer::correct).count();
        return (int) (right * 100 / last.size());
    }

    public static boolean passed(List<Answer> newestFirst, int window, int passAccuracy) {
        return newestFirst.size() >= window && accuracy(newestFirst, window) >= passAccuracy;
    }
}
