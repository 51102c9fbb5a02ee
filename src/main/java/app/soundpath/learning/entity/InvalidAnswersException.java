package app.soundpath.learning.entity;

import app.soundpath.platform.BusinessException;

/** Answers that do not belong to the check (unknown or tampered ids, two answers to a one-answer question). */
public class InvalidAnswersException extends BusinessException {
    public InvalidAnswersException() {
        super("check.invalidAnswers");
    }
}
