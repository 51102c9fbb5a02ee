package app.soundpath.assessment.entity;

import java.util.List;

/** The questionnaire as a learner sees it: prompts and options, never which side or answer an option counts for. */
public record QuestionnaireView(int version, String title, List<ItemView> items) {

    /** One item: its block (A, B, C, D or T for tie-breakers), prompt and options (none for 1–5 items). */
    public record ItemView(Long id, Block block, int position, String prompt, List<OptionView> options) {
    }

    /** An option. */
    public record OptionView(Long id, String label) {
    }
}
