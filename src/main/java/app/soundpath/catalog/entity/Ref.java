package app.soundpath.catalog.entity;

/** A link to a track, course, lesson or skill: its slug and the name to show. */
public record Ref(String slug, String title) {
}
