package app.soundpath.reporting.entity;

import java.util.List;

/** One page of the learner list and the cursor of the next page (null on the last page). */
public record LearnerPage(List<LearnerRow> rows, String next) {
}
