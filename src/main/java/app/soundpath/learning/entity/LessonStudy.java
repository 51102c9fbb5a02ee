package app.soundpath.learning.entity;

import app.soundpath.catalog.entity.QuestionView;
import java.util.List;

/** A lesson page from the learner's side: their state, their course's status, and the check to take. */
public record LessonStudy(CourseStatus course, LessonState state, Integer bestScore, int attempts, int passMark,
                          List<QuestionView> questions) {

    public boolean hasCheck() {
        return !questions.isEmpty();
    }

    public boolean done() {
        return state.done();
    }
}
