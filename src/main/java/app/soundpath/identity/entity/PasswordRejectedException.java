package app.soundpath.identity.entity;

import app.soundpath.platform.BusinessException;

/** The new password breaks a rule; the key says which (too short, too common …). */
public class PasswordRejectedException extends BusinessException {
    public PasswordRejectedException(String key) {
        super(key);
    }
}
