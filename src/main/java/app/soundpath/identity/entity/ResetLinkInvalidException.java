package app.soundpath.identity.entity;

import app.soundpath.platform.BusinessException;

/** The reset link is unknown, used already, or expired: all three say the same, on purpose. */
public class ResetLinkInvalidException extends BusinessException {
    public ResetLinkInvalidException() {
        super("reset.invalid");
    }
}
