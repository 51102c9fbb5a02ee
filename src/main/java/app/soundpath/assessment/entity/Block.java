package app.soundpath.assessment.entity;

/** The four blocks of the questionnaire. Only A, B and C decide the track; D only suggests a starting point. */
public enum Block {
    /** Interests: statements about work one would enjoy, 1–5. */
    A,
    /** Self-rating of the six core skills, 1–5 (weighted low: people misjudge themselves). */
    B,
    /** Scenarios from a working day; each reaction points to a side. */
    C,
    /** Knowledge of basics: right or wrong. */
    D,
    /** Tie-breakers: either/or items asked only after a close call; they lean a close call one way, never score. */
    T;

    /** Whether items of this block are tie-breakers rather than scored answers. */
    public boolean tieBreaker() {
        return this == T;
    }
}
