package app.soundpath.identity.entity;

import app.soundpath.platform.BusinessException;

/** Too many mail requests from one client in the last hour: the page asks them to wait. Says nothing of accounts. */
public class TooManyRequestsException extends BusinessException {

    public TooManyRequestsException() {
        super("mail.tooMany");
    }

    @Override
    public int status() {
        return 429;
    }
}
