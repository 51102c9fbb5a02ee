package app.soundpath.assessment.entity;

import app.soundpath.platform.BusinessException;

/** The attempt does not exist or belongs to someone else; both look the same, so ids cannot be probed. */
public class NotYoursException extends BusinessException {
    public NotYoursException() {
        super("assessment.notFound");
    }

    @Override
    public int status() {
        return 404;
    }
}
