package app.soundpath.reporting.entity;

import app.soundpath.platform.BusinessException;

/** A report was asked for a track or course that does not exist. */
public class UnknownSubjectException extends BusinessException {
    public UnknownSubjectException(String key) {
        super(key);
    }

    @Override
    public int status() {
        return 404;
    }
}
