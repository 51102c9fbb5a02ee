package app.soundpath.learning.entity;

import app.soundpath.platform.BusinessException;

/** No listening item with that id was issued to the caller (someone else's id is answered the same way). */
public class UnknownItemException extends BusinessException {
    public UnknownItemException() {
        super("listening.unknownItem");
    }

    @Override
    public int status() {
        return 404;
    }
}
