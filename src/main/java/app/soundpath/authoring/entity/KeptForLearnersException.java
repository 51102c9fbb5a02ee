package app.soundpath.authoring.entity;

import app.soundpath.platform.BusinessException;

/** A course or lesson that learners have progress in cannot be deleted: archive it, and the history stays. */
public class KeptForLearnersException extends BusinessException {

    public KeptForLearnersException() {
        super("author.keptForLearners");
    }

    @Override
    public int status() {
        return 409;
    }
}
