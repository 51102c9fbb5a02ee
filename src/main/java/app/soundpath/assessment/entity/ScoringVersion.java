package app.soundpath.assessment.entity;

/**
 * The numbers of one scoring method, recorded with every result so an old result can always be explained and is
 * never rewritten: a new version makes new results.
 */
public record ScoringVersion(String id, double weightA, double weightC, double weightB, double closeCallBand,
                             double highConfidence, double tieBreakerStep, int testOutKnowledgePercent) {

    /** Version 1: D = 0.5·ΔA + 0.3·ΔC + 0.2·ΔB; a close call within ±0.10; high confidence from |D| ≥ 0.25. */
    public static final ScoringVersion V1 = new ScoringVersion("1", 0.5, 0.3, 0.2, 0.10, 0.25, 0.05, 75);

    /** Every version ever used, oldest first; a stored result names one of these. */
    public static final java.util.List<ScoringVersion> ALL = java.util.List.of(V1);

    public static java.util.Optional<ScoringVersion> find(String id) {
        return ALL.stream().filter(v -> v.id().equals(id)).findFirst();
    }
}
