package app.soundpath.catalog.entity;

/**
 * The kinds of listening exercise (issue 17), each with its difficulty ladder of {@link #levels()} rungs: which
 * octave band was boosted or cut (EQ), which of two versions is louder (LEVEL), where a sound sits between the
 * speakers (PANNING), and which fault a version has (FAULTS). A plain enum beside the published view, so the rules of
 * learning (items, grading) and authoring (validation) share one list.
 */
public enum ListeningKind {
    EQ(5), LEVEL(5), PANNING(3), FAULTS(3);

    private final int levels;

    ListeningKind(int levels) {
        this.levels = levels;
    }

    /** The number of rungs on this kind's difficulty ladder (level 1 is the easiest). */
    public int levels() {
        return levels;
    }

    /** The kind named by {@code name} (any case), or null for anything else. */
    public static ListeningKind parse(String name) {
        if (name == null) {
            return null;
        }
        for (ListeningKind kind : values()) {
            if (kind.name().equalsIgnoreCase(name.trim())) {
                return kind;
            }
        }
        return null;
    }
}
