package app.soundpath.credentials.entity;

import app.soundpath.platform.BusinessException;

/** Something typed into a credentials form is empty, too long or of the wrong shape; the key says which. */
public class CredentialInputException extends BusinessException {

    public CredentialInputException(String key) {
        super(key);
    }
}
