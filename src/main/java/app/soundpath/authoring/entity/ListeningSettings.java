package app.soundpath.authoring.entity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A lesson's listening exercise as an instructor sets it (issue 17): the kind (EQ, LEVEL, PANNING or FAULTS), the rungs
 * of its difficulty ladder it uses, the items in a round, and the pass rule: at least {@code passAccuracy} % right over
 * the last {@code window} answers. Part of {@link LessonContent}, so it is drafted, published, exported and imported
 * with the rest of the lesson; null there means the lesson has no exercise.
 */
@Schema(description = "A listening exercise: kind EQ, LEVEL, PANNING or FAULTS; the rungs levelFrom..levelTo of the"
        + " kind's ladder (EQ and LEVEL have 5, PANNING and FAULTS 3); items in a round (3-50); passed at passAccuracy %"
        + " (50-100) right over the last window answers (3 up to items)")
public record ListeningSettings(String kind, int levelFrom, int levelTo, int items, int passAccuracy, int window) {

    /** What a new exercise starts with in the editor. */
    public static ListeningSettings suggested(String kind) {
        return new ListeningSettings(kind, 1, 3, 10, 80, 8);
    }
}
