package app.soundpath.learning.entity;

import app.soundpath.platform.BusinessException;

/** The learner tried to study a lesson of a course they are not enrolled in. */
public class NotEnrolledException extends BusinessException {
    public NotEnrolledException() {
        super("learning.notEnrolled");
    }

    @Override
    public int status() {
        return 409;
    }
}
