package app.soundpath.catalog.entity;

import java.util.regex.Pattern;

/** What a slug in a URL may look like; anything else is answered with 404 before the database is asked. */
public final class Slugs {

    public static final int MAX_LENGTH = 80;
    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private Slugs() {
    }

    public static boolean isWellFormed(String slug) {
        return slug != null && slug.length() <= MAX_LENGTH && SHAPE.matcher(slug).matches();
    }
}
