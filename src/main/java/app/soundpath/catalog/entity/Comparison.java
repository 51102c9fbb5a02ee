package app.soundpath.catalog.entity;

import java.util.List;

/** The compare page: the careers side by side and the skills they share. */
public record Comparison(List<TrackDetail> tracks, List<SkillView> sharedSkills) {
}
