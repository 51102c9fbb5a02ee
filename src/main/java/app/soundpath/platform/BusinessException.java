package app.soundpath.platform;

import jakarta.ejb.ApplicationException;

/**
 * A rule said no. Carries a message key of the bundle (app/soundpath/messages.properties) so pages and the
 * REST API can explain it; rolls the transaction back so nothing half-done is kept.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;

    public BusinessException(String key) {
        super(key);
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The HTTP status the REST API answers with: 400 unless a subclass knows better. */
    public int status() {
        return 400;
    }
}
