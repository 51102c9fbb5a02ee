package app.soundpath.catalog.entity;

import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A check question with its answer key. Pages and the API show {@code prompt} and {@code options} before an
 * answer; {@code correctOptionIds} and {@code explanation} only in the feedback after one.
 */
public record QuestionView(Long id, QuestionKind kind, String prompt, List<OptionView> options,
                           Set<Long> correctOptionIds, String explanation) {

    /** An answer option: id and label only. */
    @Schema(name = "CheckOptionView")
    public record OptionView(Long id, String label) {
    }

    public boolean multiple() {
        return kind == QuestionKind.MULTIPLE;
    }
}
