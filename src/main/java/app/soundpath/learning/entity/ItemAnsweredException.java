package app.soundpath.learning.entity;

import app.soundpath.platform.BusinessException;

/** The listening item was answered already: each item is graded once, so a repeated or replayed answer changes nothing. */
public class ItemAnsweredException extends BusinessException {
    public ItemAnsweredException() {
        super("listening.answered");
    }

    @Override
    public int status() {
        return 409;
    }
}
