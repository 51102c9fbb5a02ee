package app.soundpath.reporting.entity;

import java.util.List;

/** The headline figures: learners, how many were active lately, assessments, and enrolments per track. */
public record Overview(long learners, long active7, long active30, long assessments, List<TrackFigures> tracks) {

    /** One track: learners enrolled in any of its courses, course enrolments and course completions. */
    public record TrackFigures(String slug, String title, long learners, long enrollments, long completions) {
    }
}
