package app.soundpath.assessment.control;

import app.soundpath.assessment.entity.Block;
import app.soundpath.assessment.entity.Item;
import app.soundpath.assessment.entity.ScoringVersion;
import app.soundpath.assessment.entity.Side;
import app.soundpath.assessment.entity.TrackFit;
import app.soundpath.assessment.entity.TrackFit.Confidence;
import app.soundpath.assessment.entity.TrackFit.Contribution;
import app.soundpath.assessment.entity.TrackFit.SubScore;
import app.soundpath.assessment.entity.TrackFit.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores a filled-in questionnaire. Per block each track gets a score from 0 to 1 (A and B: the mean of
 * (answer − 1) / 4 over the items of that track; C: the share of scenarios answered with that track's reaction),
 * Δ = producer − engineer, and D = wA·ΔA + wC·ΔC + wB·ΔB. Outside ±band the sign picks the track; inside it
 * tie-breakers (forced choices) may move D by one step each; still inside, it is an honest close call. Block D
 * (knowledge) never changes the track; it only says whether the learner could test out of the foundation course.
 * Pure: no database, no Faces, the same answers and version always give the same result.
 */
public final class TrackFitScorer {

    private final ScoringVersion version;

    public TrackFitScorer(ScoringVersion version) {
        this.version = version;
    }

    /**
     * @param items       the questionnaire's items (A, B, C, D)
     * @param answers     item id → value: "1".."5" for A and B, a reaction id for C, an option id for D
     * @param tieBreakers the sides chosen in the forced-choice tie-breakers (empty when none were asked)
     */
    public TrackFit score(List<Item> items, Map<String, String> answers, List<Side> tieBreakers) {
        List<Contribution> contributions = new ArrayList<>();
        Map<Block, SubScore> sub = new EnumMap<>(Block.class);
        sub.put(Block.A, likert(items, answers, Block.A, version.weightA(), contributions));
        sub.put(Block.B, likert(items, answers, Block.B, version.weightB(), contributions));
        sub.put(Block.C, scenarios(items, answers, contributions));
        double d = version.weightA() * sub.get(Block.A).delta() + version.weightC() * sub.get(Block.C).delta()
                + version.weightB() * sub.get(Block.B).delta();

        boolean close = Math.abs(d) <= version.closeCallBand();
        boolean tieBreakersUsed = close && !tieBreakers.isEmpty();
        double decided = d;
        if (tieBreakersUsed) {
            for (Side side : tieBreakers.subList(0, Math.min(3, tieBreakers.size()))) {
                decided += side.sign() * version.tieBreakerStep();
            }
        }
        Suggestion suggestion = decided > version.closeCallBand() ? Suggestion.PRODUCER
                : decided < -version.closeCallBand() ? Suggestion.ENGINEER : Suggestion.CLOSE_CALL;

        int knowledge = knowledgePercent(items, answers);
        return new TrackFit(suggestion, confidence(items, answers, d), round(decided), sub,
                toward(contributions, suggestion), against(contributions, suggestion), knowledge,
                knowledge >= version.testOutKnowledgePercent(), tieBreakersUsed, version.id());
    }

    private SubScore likert(List<Item> items, Map<String, String> answers, Block block, double weight,
                            List<Contribution> contributions) {
        double[] score = new double[2];
        for (Side side : Side.values()) {
            List<Item> own = items.stream().filter(i -> i.block() == block && i.side() == side).toList();
            for (Item item : own) {
                double value = (likertValue(answers.get(item.id())) - 1) / 4.0;
                score[side.ordinal()] += value / own.size();
                contributions.add(new Contribution(item.id(), item.label(), weight * side.sign() * value / own.size()));
            }
        }
        return new SubScore(round(score[Side.PRODUCER.ordinal()]), round(score[Side.ENGINEER.ordinal()]));
    }

    private SubScore scenarios(List<Item> items, Map<String, String> answers, List<Contribution> contributions) {
        List<Item> scenarios = items.stream().filter(i -> i.block() == Block.C).toList();
        if (scenarios.isEmpty()) {
            return new SubScore(0, 0);
        }
        int[] chosen = new int[2];
        for (Item item : scenarios) {
            Side side = item.reactions().get(answers.get(item.id()));
            if (side != null) {
                chosen[side.ordinal()]++;
                contributions.add(new Contribution(item.id(), item.label(), version.weightC() * side.sign() / scenarios.size()));
            }
        }
        return new SubScore(round((double) chosen[0] / scenarios.size()), round((double) chosen[1] / scenarios.size()));
    }

    /**
     * LOW when the A and B answers are all the same value (straight-lining) or when the odd- and even-numbered
     * items point to different tracks; HIGH when |D| ≥ the high-confidence mark and both halves agree.
     */
    private Confidence confidence(List<Item> items, Map<String, String> answers, double d) {
        List<Item> scale = items.stream().filter(i -> i.block() == Block.A || i.block() == Block.B).toList();
        Set<String> distinct = scale.stream().map(i -> answers.get(i.id())).collect(Collectors.toSet());
        if (scale.size() > 1 && distinct.size() == 1) {
            return Confidence.LOW;
        }
        double odd = halfPull(items, answers, 1);
        double even = halfPull(items, answers, 0);
        boolean halvesAgree = Math.signum(odd) == Math.signum(even) || odd == 0 || even == 0;
        if (!halvesAgree) {
            return Confidence.LOW;
        }
        return Math.abs(d) >= version.highConfidence() ? Confidence.HIGH : Confidence.MEDIUM;
    }

    /** The pull on D of every other item of A, B and C (numbered from 1 in questionnaire order). */
    private double halfPull(List<Item> items, Map<String, String> answers, int remainder) {
        List<Item> scored = items.stream().filter(i -> i.block() != Block.D).toList();
        double pull = 0;
        for (int n = 0; n < scored.size(); n++) {
            if ((n + 1) % 2 != remainder) {
                continue;
            }
            Item item = scored.get(n);
            if (item.block() == Block.C) {
                Side side = item.reactions().get(answers.get(item.id()));
                pull += side == null ? 0 : side.sign();
            } else {
                pull += item.side().sign() * (likertValue(answers.get(item.id())) - 3);
            }
        }
        return pull;
    }

    private static int knowledgePercent(List<Item> items, Map<String, String> answers) {
        List<Item> knowledge = items.stream().filter(i -> i.block() == Block.D).toList();
        if (knowledge.isEmpty()) {
            return 0;
        }
        long right = knowledge.stream().filter(i -> i.rightOption().equals(answers.get(i.id()))).count();
        return (int) (right * 100 / knowledge.size());
    }

    private static List<Contribution> toward(List<Contribution> all, Suggestion suggestion) {
        int sign = suggestion == Suggestion.ENGINEER ? -1 : 1;
        return all.stream().filter(c -> c.pull() * sign > 0)
                .sorted(Comparator.comparingDouble((Contribution c) -> -c.pull() * sign)).limit(3).toList();
    }

    private static Contribution against(List<Contribution> all, Suggestion suggestion) {
        int sign = suggestion == Suggestion.ENGINEER ? -1 : 1;
        return all.stream().filter(c -> c.pull() * sign < 0)
                .min(Comparator.comparingDouble((Contribution c) -> c.pull() * sign)).orElse(null);
    }

    private static int likertValue(String answer) {
        if (answer == null || !answer.matches("[1-5]")) {
            throw new IllegalArgumentException("A 1-5 answer is required: " + answer);
        }
        return Integer.parseInt(answer);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
