package app.soundpath.learning.entity;

import app.soundpath.platform.BusinessException;

/** The lesson holds no listening exercise (or no longer does: an instructor removed it and published). */
public class NoExerciseException extends BusinessException {
    public NoExerciseException() {
        super("listening.none");
    }

    @Override
    public int status() {
        return 404;
    }
}
