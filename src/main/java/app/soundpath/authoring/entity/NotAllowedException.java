package app.soundpath.authoring.entity;

import app.soundpath.platform.BusinessException;

/** The caller is neither an owner or co-owner of the course nor an admin. */
public class NotAllowedException extends BusinessException {

    public NotAllowedException() {
        super("author.notAllowed");
    }

    @Override
    public int status() {
        return 403;
    }
}
