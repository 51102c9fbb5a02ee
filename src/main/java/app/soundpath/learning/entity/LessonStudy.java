package app.soundpath.learning.entity;

import app.soundpath.catalog.entity.ListeningExerciseView;
import app.soundpath.catalog.entity.QuestionView;
import java.util.List;

/**
 * A lesson page from the learner's side: their state, their course's status, the check to take, and the lesson's
 * listening exercise (null when it has none) with whether they passed it.
 */
public record LessonStudy(CourseStatus course, LessonState state, Integer bestScore, int attempts, int passMark,
                          List<QuestionView> questions, ListeningExerciseView listening, boolean listened) {

    public LessonStudy(CourseStatus course, LessonState state, Integer bestScore, int attempts, int passMark,
                       List<QuestionView> questions) {
        this(course, state, bestScore, attempts, passMark, questions, null, false);
    }

    public boolean hasListening() {
        return listening != null;
    }

    /** Whether the learner may practise the exercise now (enrolled, the course unlocked). */
    public boolean canListen() {
        return listening != null && course.enrolled() && !course.locked();
    }

    public boolean hasCheck() {
        return !questions.isEmpty();
    }

    public boolean done() {
        return state.done();
    }
}
