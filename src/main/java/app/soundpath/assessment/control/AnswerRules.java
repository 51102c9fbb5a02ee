package app.soundpath.assessment.control;

import app.soundpath.assessment.entity.QuestionnaireView;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.platform.BusinessException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a questionnaire accepts as answers, and when it asks the tie-breakers. Pure: works on the questionnaire as
 * the learner sees it (items, blocks and option ids), so it is tested without a server.
 */
public final class AnswerRules {

    private AnswerRules() {
    }

    /** What a form sent, split: answers to scored items, answers to tie-breakers, and scored items left unanswered. */
    public record Split(Map<Long, String> answers, Map<Long, String> tieBreakers, Set<Long> unanswered) {
    }

    /** Answers that fit the questionnaire, keyed by item id as text (as they are stored with an attempt). */
    public record Checked(Map<String, String> answers, Map<String, String> tieBreakers) {
    }

    /**
     * Splits the values a form sent per item id (blank values count as not given) into answers and tie-breakers, and
     * lists the scored items that got no answer, in questionnaire order.
     */
    public static Split split(QuestionnaireView questionnaire, Map<Long, String> given) {
        Map<Long, String> answers = new HashMap<>();
        Map<Long, String> tieBreakers = new HashMap<>();
        Set<Long> unanswered = new LinkedHashSet<>();
        for (QuestionnaireView.ItemView item : questionnaire.items()) {
            String value = given.get(item.id());
            if (value != null && !value.isBlank()) {
                (item.block().tieBreaker() ? tieBreakers : answers).put(item.id(), value);
            } else if (!item.block().tieBreaker()) {
                unanswered.add(item.id());
            }
        }
        return new Split(answers, tieBreakers, unanswered);
    }

    /**
     * Checks answers against the questionnaire: every scored item answered ("1".."5" for interests and
     * self-ratings, one of its option ids otherwise), no answer to an item it does not have, and tie-breakers only
     * for tie-breaker items with one of their options.
     *
     * @throws BusinessException {@code assessment.unanswered} or {@code assessment.invalid}
     */
    public static Checked check(QuestionnaireView questionnaire, Map<Long, String> answers, Map<Long, String> tieBreakers) {
        Map<String, String> byId = new TreeMap<>();
        for (QuestionnaireView.ItemView item : questionnaire.items()) {
            if (item.block().tieBreaker()) {
                continue;
            }
            String value = answers.get(item.id());
            if (value == null) {
                throw new BusinessException("assessment.unanswered");
            }
            byId.put(String.valueOf(item.id()), value);
            if (!fits(item, value)) {
                throw new BusinessException("assessment.invalid");
            }
        }
        if (answers.keySet().stream().anyMatch(id -> !byId.containsKey(String.valueOf(id)))) {
            throw new BusinessException("assessment.invalid");
        }
        Map<String, String> chosen = new TreeMap<>();
        for (Map.Entry<Long, String> tieBreaker : tieBreakers.entrySet()) {
            QuestionnaireView.ItemView item = questionnaire.items().stream()
                    .filter(i -> i.id().equals(tieBreaker.getKey()) && i.block().tieBreaker())
                    .findFirst().orElseThrow(() -> new BusinessException("assessment.invalid"));
            if (!hasOption(item, tieBreaker.getValue())) {
                throw new BusinessException("assessment.invalid");
            }
            chosen.put(String.valueOf(item.id()), tieBreaker.getValue());
        }
        return new Checked(byId, chosen);
    }

    /** Whether a submission should stop to ask the tie-breakers: a close call whose tie-breakers were not asked yet. */
    public static boolean asksTieBreakers(TrackFit fit, boolean tieBreakersAsked) {
        return !tieBreakersAsked && fit.suggestion() == TrackFit.Suggestion.CLOSE_CALL;
    }

    private static boolean fits(QuestionnaireView.ItemView item, String value) {
        return switch (item.block()) {
            case A, B -> value.matches("[1-5]");
            default -> hasOption(item, value);
        };
    }

    private static boolean hasOption(QuestionnaireView.ItemView item, String value) {
        return item.options().stream().anyMatch(o -> String.valueOf(o.id()).equals(value));
    }
}
