package app.soundpath.catalog.entity;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A skill with the tracks that need it; {@code shared} when both careers do. */
@Schema(name = "SkillSummary")
public record SkillView(String slug, String name, String description, List<String> trackSlugs, boolean shared) {
}
