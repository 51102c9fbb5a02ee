package app.soundpath.catalog.entity;

/** One career fact: a short title and a sentence or two. */
public record FactView(String title, String body) {
}
