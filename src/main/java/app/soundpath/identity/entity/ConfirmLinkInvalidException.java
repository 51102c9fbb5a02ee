package app.soundpath.identity.entity;

import app.soundpath.platform.BusinessException;

/** The confirmation link is unknown, used already, expired, or its address was taken meanwhile. */
public class ConfirmLinkInvalidException extends BusinessException {

    public ConfirmLinkInvalidException() {
        super("confirm.invalid");
    }
}
