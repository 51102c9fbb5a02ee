package app.soundpath.learning.entity;

import app.soundpath.platform.BusinessException;

/** The course needs other courses first; the course page says exactly which lessons are left. */
public class CourseLockedException extends BusinessException {
    public CourseLockedException() {
        super("learning.locked");
    }

    @Override
    public int status() {
        return 409;
    }
}
