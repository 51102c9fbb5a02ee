package app.soundpath.assessment.entity;

/** The career an answer points to. */
public enum Side {
    PRODUCER, ENGINEER;

    /** +1 for producer, -1 for engineer: the sign of this side's pull on D. */
    public int sign() {
        return this == PRODUCER ? 1 : -1;
    }
}
