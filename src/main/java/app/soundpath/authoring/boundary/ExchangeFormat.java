package app.soundpath.authoring.boundary;

import app.soundpath.authoring.entity.CourseDocument;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** A course document as JSON text, the format of export and import (pages and REST alike). */
final class ExchangeFormat {

    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private ExchangeFormat() {
    }

    static String write(CourseDocument document) {
        return JSON.toJson(document);
    }

    /** The document in the text; IllegalArgumentException when the text is empty. */
    static CourseDocument read(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty");
        }
        return JSON.fromJson(text, CourseDocument.class);
    }
}
