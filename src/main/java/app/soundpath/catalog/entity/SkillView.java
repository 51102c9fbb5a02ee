package app.soundpath.catalog.entity;

import java.util.List;

/** A skill with the tracks that need it; {@code shared} when both careers do. */
public record SkillView(String slug, String name, String description, List<String> trackSlugs, boolean shared) {
}
