package app.soundpath.learning.control;

import app.soundpath.catalog.entity.QuestionView;
import app.soundpath.learning.entity.CheckResult;
import app.soundpath.learning.entity.InvalidAnswersException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Grades a check: a question is right when exactly its right options were chosen. Pure; no state. */
public final class CheckGrader {

    private CheckGrader() {
    }

    /**
     * @param answers chosen option ids per question id; unanswered questions count as wrong
     * @throws InvalidAnswersException for a question or option that is not part of this check, or more than one
     *                                 answer to a one-answer question
     */
    public static CheckResult grade(List<QuestionView> questions, Map<Long, Set<Long>> answers, int passMark) {
        Map<Long, QuestionView> byId = questions.stream().collect(Collectors.toMap(QuestionView::id, q -> q));
        for (Map.Entry<Long, Set<Long>> answer : answers.entrySet()) {
            QuestionView question = byId.get(answer.getKey());
            if (question == null || answer.getValue() == null) {
                throw new InvalidAnswersException();
            }
            Set<Long> valid = question.options().stream().map(QuestionView.OptionView::id).collect(Collectors.toSet());
            if (!valid.containsAll(answer.getValue())
                    || (!question.multiple() && answer.getValue().size() > 1)) {
                throw new InvalidAnswersException();
            }
        }
        List<CheckResult.Feedback> feedback = questions.stream().map(q -> {
            Set<Long> chosen = Set.copyOf(answers.getOrDefault(q.id(), Set.of()));
            List<String> rightLabels = q.options().stream().filter(o -> q.correctOptionIds().contains(o.id()))
                    .map(QuestionView.OptionView::label).toList();
            return new CheckResult.Feedback(q.id(), q.prompt(), chosen.equals(q.correctOptionIds()), !chosen.isEmpty(),
                    chosen, q.correctOptionIds(), rightLabels, q.explanation());
        }).toList();
        int right = (int) feedback.stream().filter(CheckResult.Feedback::correct).count();
        int score = questions.isEmpty() ? 0 : right * 100 / questions.size();
        return new CheckResult(score, passMark, !questions.isEmpty() && score >= passMark, feedback);
    }
}
