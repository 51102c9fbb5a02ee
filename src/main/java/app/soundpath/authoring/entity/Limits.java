package app.soundpath.authoring.entity;

/** The one place for field lengths: the columns in sql/ and the validation rules both use these. */
public final class Limits {

    public static final int SLUG = 80;
    public static final int TITLE = 120;
    public static final int COURSE_SUMMARY = 1000;
    public static final int LESSON_SUMMARY = 500;
    public static final int BODY = 200_000;
    public static final int SKILL_DESCRIPTION = 1000;
    public static final int PROMPT = 1000;
    public static final int EXPLANATION = 2000;
    public static final int OPTION = 500;
    public static final int MIN_MINUTES = 1;
    public static final int MAX_MINUTES = 600;
    public static final int MAX_QUESTIONS = 5;
    public static final int MIN_OPTIONS = 2;
    public static final int MAX_OPTIONS = 5;
    public static final int AUDIT_TEXT = 2000;
    public static final int AUDIT_TITLE = 200;
    public static final int EMAIL = 254;
    /** Items in a round of a listening exercise, and the smallest window of its pass rule (the CHECK of sql/V48). */
    public static final int MIN_LISTENING_ITEMS = 3;
    public static final int MAX_LISTENING_ITEMS = 50;

    private Limits() {
    }
}
