package app.soundpath.identity.entity;

/**
 * A learner's choice about the weekly reminder email: not asked yet (they are asked after their first completed
 * lesson), yes, or no. Only WEEKLY gets reminders, and only with a confirmed address.
 */
public enum Reminders {
    NOT_ASKED, WEEKLY, NONE
}
