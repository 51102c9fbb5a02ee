package app.soundpath.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.soundpath.assessment.control.TrackFitScorer;
import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.Item;
import app.soundpath.assessment.entity.ScoringVersion;
import app.soundpath.assessment.entity.Side;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.assessment.entity.TrackFit.Confidence;
import app.soundpath.assessment.entity.TrackFit.Suggestion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The scoring method on personas: clear producer, clear engineer, close calls, a straight-liner, knowledge. */
class TrackFitScorerTest {

    private final TrackFitScorer scorer = new TrackFitScorer(ScoringVersion.V1);

    /** 12 interests and 6 self-ratings alternating producer/engineer, 6 scenarios, 8 knowledge questions. */
    static final List<Item> QUESTIONNAIRE = new ArrayList<>();

    static {
        for (int i = 1; i <= 12; i++) {
            QUESTIONNAIRE.add(Item.interest("a" + i, i % 2 == 1 ? Side.PRODUCER : Side.ENGINEER, "interest " + i));
        }
        for (int i = 1; i <= 6; i++) {
            QUESTIONNAIRE.add(Item.selfRating("b" + i, i % 2 == 1 ? Side.PRODUCER : Side.ENGINEER, "skill " + i));
        }
        for (int i = 1; i <= 6; i++) {
            QUESTIONNAIRE.add(Item.scenario("c" + i, Map.of("p", Side.PRODUCER, "e", Side.ENGINEER), "scenario " + i));
        }
        for (int i = 1; i <= 8; i++) {
            QUESTIONNAIRE.add(Item.knowledge("d" + i, "right", "knowledge " + i));
        }
    }

    /** Answers: producer items get {@code p}, engineer items {@code e}, scenarios the given reactions, knowledge n right. */
    static Map<String, String> answers(int p, int e, String reactions, int knowledgeRight) {
        Map<String, String> answers = new HashMap<>();
        for (Item item : QUESTIONNAIRE) {
            switch (item.block()) {
                case A, B -> answers.put(item.id(), String.valueOf(item.side() == Side.PRODUCER ? p : e));
                case C -> answers.put(item.id(), String.valueOf(reactions.charAt(Integer.parseInt(item.id().substring(1)) - 1)));
                case D -> answers.put(item.id(), Integer.parseInt(item.id().substring(1)) <= knowledgeRight ? "right" : "wrong");
            }
        }
        return answers;
    }

    @Test
    void aClearProducerGetsProducerWithHighConfidenceAndReasons() {
        TrackFit fit = scorer.score(QUESTIONNAIRE, answers(5, 1, "pppppp", 2), List.of());

        assertThat(fit.suggestion()).isEqualTo(Suggestion.PRODUCER);
        assertThat(fit.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(fit.d()).isEqualTo(1.0);
        assertThat(fit.subScores().get(Block.A).producer()).isEqualTo(1.0);
        assertThat(fit.subScores().get(Block.A).engineer()).isEqualTo(0.0);
        assertThat(fit.toward()).hasSize(3).allSatisfy(c -> assertThat(c.pull()).isPositive());
        assertThat(fit.scoringVersion()).isEqualTo("1");
    }

    @Test
    void aClearEngineerGetsEngineer() {
        TrackFit fit = scorer.score(QUESTIONNAIRE, answers(1, 5, "eeeeee", 8), List.of());

        assertThat(fit.suggestion()).isEqualTo(Suggestion.ENGINEER);
        assertThat(fit.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(fit.d()).isEqualTo(-1.0);
        assertThat(fit.toward()).allSatisfy(c -> assertThat(c.pull()).isNegative());
    }

    @Test
    void theStrongestAnswerAgainstTheSuggestionIsNamed() {
        Map<String, String> answers = answers(5, 2, "pppppe", 0);
        TrackFit fit = scorer.score(QUESTIONNAIRE, answers, List.of());

        assertThat(fit.suggestion()).isEqualTo(Suggestion.PRODUCER);
        assertThat(fit.against()).isNotNull();
        assertThat(fit.against().itemId()).isEqualTo("c6");
    }

    @Test
    void aTrueCloseCallIsResolvedByTieBreakers() {
        Map<String, String> answers = answers(4, 4, "pepepe", 0);
        answers.put("b1", "3");
        TrackFit undecided = scorer.score(QUESTIONNAIRE, answers, List.of());
        TrackFit decided = scorer.score(QUESTIONNAIRE, answers, List.of(Side.PRODUCER, Side.PRODUCER, Side.PRODUCER));

        assertThat(undecided.suggestion()).isEqualTo(Suggestion.CLOSE_CALL);
        assertThat(decided.suggestion()).isEqualTo(Suggestion.PRODUCER);
        assertThat(decided.tieBreakersUsed()).isTrue();
    }

    @Test
    void aCloseCallThatTieBreakersCannotSettleStaysAnHonestCloseCall() {
        Map<String, String> answers = answers(4, 4, "pepepe", 0);
        answers.put("b1", "3");
        TrackFit fit = scorer.score(QUESTIONNAIRE, answers, List.of(Side.PRODUCER, Side.ENGINEER, Side.PRODUCER));

        assertThat(fit.suggestion()).isEqualTo(Suggestion.CLOSE_CALL);
    }

    @Test
    void tieBreakersAreIgnoredWhenTheAnswerIsAlreadyClear() {
        TrackFit fit = scorer.score(QUESTIONNAIRE, answers(5, 1, "pppppp", 0), List.of(Side.ENGINEER, Side.ENGINEER, Side.ENGINEER));

        assertThat(fit.suggestion()).isEqualTo(Suggestion.PRODUCER);
        assertThat(fit.tieBreakersUsed()).isFalse();
    }

    @Test
    void straightLinedAnswersGiveLowConfidence() {
        TrackFit fit = scorer.score(QUESTIONNAIRE, answers(3, 3, "pppppp", 0), List.of());

        assertThat(fit.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void halvesThatPointDifferentWaysGiveLowConfidence() {
        Map<String, String> answers = answers(3, 3, "pepepe", 0);
        // Odd-numbered items (producer interests a1, a3 …) pull hard to producer; even ones (engineer a2, a4 …) to engineer.
        for (int i = 1; i <= 12; i++) {
            answers.put("a" + i, "5");
        }
        answers.put("b1", "1");
        TrackFit fit = scorer.score(QUESTIONNAIRE, answers, List.of());

        assertThat(fit.confidence()).isEqualTo(Confidence.LOW);
    }

    @Test
    void knowledgeSuggestsAStartingPointButNeverChangesTheTrack() {
        TrackFit novice = scorer.score(QUESTIONNAIRE, answers(2, 4, "eepeee", 1), List.of());
        TrackFit expert = scorer.score(QUESTIONNAIRE, answers(2, 4, "eepeee", 8), List.of());

        assertThat(expert.suggestion()).isEqualTo(novice.suggestion());
        assertThat(expert.d()).isEqualTo(novice.d());
        assertThat(novice.knowledgePercent()).isEqualTo(12);
        assertThat(expert.knowledgePercent()).isEqualTo(100);
        assertThat(novice.suggestTestingOutOfFoundation()).isFalse();
        assertThat(expert.suggestTestingOutOfFoundation()).isTrue();
    }

    @Test
    void dExactlyOnTheBandIsACloseCallAndJustBeyondItIsNot() {
        List<Item> interestsOnly = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            interestsOnly.add(Item.interest("p" + i, Side.PRODUCER, "p" + i));
            interestsOnly.add(Item.interest("e" + i, Side.ENGINEER, "e" + i));
        }
        Map<String, String> onTheBand = new HashMap<>();
        for (int i = 1; i <= 5; i++) {
            onTheBand.put("p" + i, "4");
            onTheBand.put("e" + i, i == 5 ? "4" : "3");
        }
        Map<String, String> beyond = new HashMap<>(onTheBand);
        beyond.put("e5", "3");

        TrackFit on = scorer.score(interestsOnly, onTheBand, List.of());
        TrackFit off = scorer.score(interestsOnly, beyond, List.of());

        assertThat(on.d()).isEqualTo(0.1);
        assertThat(on.suggestion()).isEqualTo(Suggestion.CLOSE_CALL);
        assertThat(off.d()).isEqualTo(0.125);
        assertThat(off.suggestion()).isEqualTo(Suggestion.PRODUCER);
    }

    @Test
    void theSameAnswersAlwaysGiveTheSameResultUnderOneVersionAndANewVersionIsNamed() {
        Map<String, String> answers = answers(4, 2, "ppeppe", 3);
        ScoringVersion heavierScenarios = new ScoringVersion("2", 0.3, 0.5, 0.2, 0.10, 0.25, 0.05, 75);

        assertThat(scorer.score(QUESTIONNAIRE, answers, List.of())).isEqualTo(scorer.score(QUESTIONNAIRE, answers, List.of()));
        TrackFit v2 = new TrackFitScorer(heavierScenarios).score(QUESTIONNAIRE, answers, List.of());
        assertThat(v2.scoringVersion()).isEqualTo("2");
        assertThat(v2.d()).isNotEqualTo(scorer.score(QUESTIONNAIRE, answers, List.of()).d());
    }

    @Test
    void aMissingOrOutOfRangeAnswerIsRefused() {
        Map<String, String> missing = answers(4, 2, "pppppp", 0);
        missing.remove("a3");
        Map<String, String> outOfRange = answers(4, 2, "pppppp", 0);
        outOfRange.put("b2", "9");

        assertThatThrownBy(() -> scorer.score(QUESTIONNAIRE, missing, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scorer.score(QUESTIONNAIRE, outOfRange, List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
