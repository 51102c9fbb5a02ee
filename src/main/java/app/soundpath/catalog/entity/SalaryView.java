package app.soundpath.catalog.entity;

import java.time.LocalDate;

/** A pay figure ready to show, always with its source, its caveats and the day it was recorded. */
public record SalaryView(String measure, String amount, String region, String source, String sourceNote,
                         LocalDate recordedOn) {
}
