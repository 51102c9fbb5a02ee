package app.soundpath.learning.entity;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** A graded check: the score, whether it passed, and feedback per question. */
public record CheckResult(int score, int passMark, boolean passed, List<Feedback> feedback) implements Serializable {

    /** One question's feedback: what was chosen, what was right, and why. */
    public record Feedback(Long questionId, String prompt, boolean correct, boolean answered, Set<Long> chosen,
                           Set<Long> correctOptionIds, List<String> correctLabels, String explanation)
            implements Serializable {
    }

    public int correctCount() {
        return (int) feedback.stream().filter(Feedback::correct).count();
    }
}
