package app.soundpath.authoring.entity;

import app.soundpath.platform.BusinessException;

/** No course, lesson or skill with that id. */
public class UnknownContentException extends BusinessException {

    public UnknownContentException() {
        super("author.unknown");
    }

    @Override
    public int status() {
        return 404;
    }
}
