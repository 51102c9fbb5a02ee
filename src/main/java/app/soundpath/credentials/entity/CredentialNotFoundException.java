package app.soundpath.credentials.entity;

import app.soundpath.platform.BusinessException;

/** No credential with that id (or not one of the caller's): the same answer either way, so ids cannot be probed. */
public class CredentialNotFoundException extends BusinessException {

    public CredentialNotFoundException() {
        super("credentials.notFound");
    }

    @Override
    public int status() {
        return 404;
    }
}
