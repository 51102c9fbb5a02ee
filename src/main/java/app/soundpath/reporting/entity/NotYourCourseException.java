package app.soundpath.reporting.entity;

import app.soundpath.platform.BusinessException;

/** An instructor asked for the report of a course they neither own nor co-teach: 403. */
public class NotYourCourseException extends BusinessException {

    public NotYourCourseException() {
        super("reports.notYourCourse");
    }

    @Override
    public int status() {
        return 403;
    }
}
