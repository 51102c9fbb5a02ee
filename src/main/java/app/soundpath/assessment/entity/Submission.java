package app.soundpath.assessment.entity;

import java.util.Set;

/**
 * What became of one submission of the questionnaire page: stored (with its result), or shown again, with the
 * questionnaire it was checked against: some items unanswered, or a close call that now asks the tie-breakers.
 */
public record Submission(AttemptResult result, QuestionnaireView questionnaire, Set<Long> unanswered, boolean closeCall) {

    public static Submission stored(AttemptResult result) {
        return new Submission(result, null, Set.of(), false);
    }

    public static Submission unanswered(QuestionnaireView questionnaire, Set<Long> unanswered) {
        return new Submission(null, questionnaire, Set.copyOf(unanswered), false);
    }

    public static Submission closeCall(QuestionnaireView questionnaire) {
        return new Submission(null, questionnaire, Set.of(), true);
    }

    public boolean isStored() {
        return result != null;
    }
}
