package app.soundpath.identity.entity;

import app.soundpath.platform.BusinessException;

/** Changing the password needs the current one, and it did not match. */
public class CurrentPasswordWrongException extends BusinessException {
    public CurrentPasswordWrongException() {
        super("account.currentPasswordWrong");
    }
}
