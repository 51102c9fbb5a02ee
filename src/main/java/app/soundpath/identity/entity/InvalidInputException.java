package app.soundpath.identity.entity;

import app.soundpath.platform.BusinessException;

/** A field is empty, too long or of the wrong shape; the key says which and how. */
public class InvalidInputException extends BusinessException {

    private final String field;

    public InvalidInputException(String field, String key) {
        super(key);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
