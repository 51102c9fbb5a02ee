package app.soundpath.identity.entity;

import app.soundpath.platform.BusinessException;

/** An admin tried to remove their own admin role or deactivate themselves, which could lock everyone out. */
public class SelfLockoutException extends BusinessException {
    public SelfLockoutException() {
        super("people.selfLockout");
    }
}
