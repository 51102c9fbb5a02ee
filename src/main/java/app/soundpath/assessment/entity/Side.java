package app.soundpath.assessment.entity;

/** The career an answer points to. */
public enum Side {
    PRODUCER, ENGINEER;

    /** +1 for producer, -1 for engineer: the sign of this side's pull on D. */
    public int sign() {
        return this == PRODUCER ? 1 : -1;
    }

    /** The other career. */
    public Side other() {
        return this == PRODUCER ? ENGINEER : PRODUCER;
    }

    /** The track's slug in the catalogue ("producer", "engineer"). */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
