package app.soundpath.authoring.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A whole course as one JSON document, for keeping content under version control outside the app: settings,
 * tracks and prerequisites by slug, lessons in order with their check questions and skills by slug.
 */
public record CourseDocument(int format, String title, String slug, String summary, List<String> tracks,
                             List<String> prerequisites, List<Lesson> lessons) {

    public static final int FORMAT = 1;

    public CourseDocument {
        tracks = tracks == null ? List.of() : List.copyOf(tracks);
        prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
    }

    /** A lesson of the document; skills by slug; its listening exercise, if any (absent or null: none). */
    @Schema(name = "DocumentLesson")
    public record Lesson(String title, String slug, String summary, String body, int minutes, int passMark,
                         boolean required, List<String> skills, List<LessonContent.Question> questions,
                         ListeningSettings listening) {
        public Lesson {
            skills = skills == null ? List.of() : List.copyOf(skills);
            questions = questions == null ? List.of() : List.copyOf(questions);
        }
    }
}
