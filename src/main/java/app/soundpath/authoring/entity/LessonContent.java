package app.soundpath.authoring.entity;

import java.util.List;

/**
 * Everything an instructor edits about one lesson, as one value: what the editor shows, what a save sends, what a
 * draft revision stores (as JSON) and what "Publish" makes live. Also the lesson part of a course export.
 * {@code listening} is the lesson's listening exercise (issue 17), null when it has none.
 */
public record LessonContent(String title, String slug, String summary, String body, int minutes, int passMark,
                            boolean required, List<Long> skillIds, List<Question> questions,
                            ListeningSettings listening) {

    public LessonContent {
        skillIds = skillIds == null ? List.of() : List.copyOf(skillIds);
        questions = questions == null ? List.of() : List.copyOf(questions);
    }

    // One constructor only: JSON-B makes drafts and request bodies through it (a second one would leave it guessing).

    /** A check question: SINGLE (one right option), MULTIPLE (one or more) or TRUE_FALSE. */
    public record Question(String kind, String prompt, String explanation, List<Option> options) {
        public Question {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    public record Option(String label, boolean correct) {
    }

    public LessonContent withQuestions(List<Question> replaced) {
        return new LessonContent(title, slug, summary, body, minutes, passMark, required, skillIds, replaced, listening);
    }

    public LessonContent withListening(ListeningSettings settings) {
        return new LessonContent(title, slug, summary, body, minutes, passMark, required, skillIds, questions, settings);
    }

    public LessonContent withSlug(String newSlug) {
        return new LessonContent(title, newSlug, summary, body, minutes, passMark, required, skillIds, questions, listening);
    }
}
