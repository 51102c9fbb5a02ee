package app.soundpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.soundpath.assessment.control.AnswerRules;
import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.QuestionnaireView;
import app.soundpath.assessment.entity.QuestionnaireView.ItemView;
import app.soundpath.assessment.entity.QuestionnaireView.OptionView;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.platform.BusinessException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the questionnaire accepts, and when it asks the tie-breakers: without a server. */
class AnswerRulesTest {

    static final QuestionnaireView Q = new QuestionnaireView(1, "Test", List.of(
            new ItemView(1L, Block.A, 1, "Interest?", List.of()),
            new ItemView(2L, Block.B, 1, "Skill?", List.of()),
            new ItemView(3L, Block.C, 1, "Scenario?", List.of(new OptionView(31L, "p"), new OptionView(32L, "e"))),
            new ItemView(4L, Block.D, 1, "Knowledge?", List.of(new OptionView(41L, "right"), new OptionView(42L, "wrong"))),
            new ItemView(5L, Block.T, 1, "Either?", List.of(new OptionView(51L, "p"), new OptionView(52L, "e")))));

    static final Map<Long, String> ALL = Map.of(1L, "5", 2L, "1", 3L, "31", 4L, "42");

    @Test
    void aFormIsSplitIntoAnswersTieBreakersAndWhatIsLeftUnanswered() {
        AnswerRules.Split split = AnswerRules.split(Q, Map.of(1L, "3", 3L, " ", 5L, "52", 99L, "1"));

        assertThat(split.answers()).containsExactly(Map.entry(1L, "3"));
        assertThat(split.tieBreakers()).containsExactly(Map.entry(5L, "52"));
        assertThat(split.unanswered()).containsExactly(2L, 3L, 4L);
    }

    @Test
    void fittingAnswersAreKeptByItemIdAsText() {
        AnswerRules.Checked checked = AnswerRules.check(Q, ALL, Map.of(5L, "51"));

        assertThat(checked.answers()).containsExactly(Map.entry("1", "5"), Map.entry("2", "1"), Map.entry("3", "31"),
                Map.entry("4", "42"));
        assertThat(checked.tieBreakers()).containsExactly(Map.entry("5", "51"));
    }

    @Test
    void aMissingAnswerIsUnansweredAndAnythingThatDoesNotFitIsInvalid() {
        assertThatThrownBy(() -> AnswerRules.check(Q, Map.of(1L, "5"), Map.of()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("assessment.unanswered"));
        for (Map<Long, String> bad : List.of(with(1L, "6"), with(2L, "0"), with(3L, "41"), with(4L, "x"), with(7L, "1"),
                with(5L, "51"))) {
            assertThatThrownBy(() -> AnswerRules.check(Q, bad, Map.of())).as(bad.toString())
                    .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("assessment.invalid"));
        }
        assertThatThrownBy(() -> AnswerRules.check(Q, ALL, Map.of(5L, "31")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("assessment.invalid"));
        assertThatThrownBy(() -> AnswerRules.check(Q, ALL, Map.of(3L, "31")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.key()).isEqualTo("assessment.invalid"));
    }

    @Test
    void onlyACloseCallWhoseTieBreakersWereNotAskedYetAsksThem() {
        assertThat(AnswerRules.asksTieBreakers(fit(TrackFit.Suggestion.CLOSE_CALL), false)).isTrue();
        assertThat(AnswerRules.asksTieBreakers(fit(TrackFit.Suggestion.CLOSE_CALL), true)).isFalse();
        assertThat(AnswerRules.asksTieBreakers(fit(TrackFit.Suggestion.PRODUCER), false)).isFalse();
    }

    private static Map<Long, String> with(Long id, String value) {
        Map<Long, String> answers = new java.util.HashMap<>(ALL);
        answers.put(id, value);
        return answers;
    }

    private static TrackFit fit(TrackFit.Suggestion suggestion) {
        return new TrackFit(suggestion, TrackFit.Confidence.LOW, 0, Map.of(), List.of(), null, 0, false, false, "v1");
    }
}
