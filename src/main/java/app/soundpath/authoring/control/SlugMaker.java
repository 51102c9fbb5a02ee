package app.soundpath.authoring.control;

import app.soundpath.authoring.entity.Limits;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Slugs for new content: made from the title ("Gain & EQ: a first look" → "gain-eq-a-first-look"), kept unique. */
public final class SlugMaker {

    private static final Pattern SHAPE = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

    private SlugMaker() {
    }

    /** Lower-case ASCII letters and digits joined by single hyphens, at most 80 characters; "" if nothing is left. */
    public static String fromTitle(String title) {
        if (title == null) {
            return "";
        }
        // Apostrophes join words ("Zoë's" → "zoes"), accents are dropped ("é" → "e"), anything else separates.
        String ascii = MARKS.matcher(Normalizer.normalize(title.strip(), Normalizer.Form.NFKD)).replaceAll("")
                .replaceAll("['\u2019]", "");
        String slug = NOT_ALNUM.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("-").replaceAll("^-+|-+$", "");
        return cut(slug, Limits.SLUG);
    }

    public static boolean isWellFormed(String slug) {
        return slug != null && slug.length() <= Limits.SLUG && SHAPE.matcher(slug).matches();
    }

    /** The base itself when free, otherwise base-2, base-3 … (shortened so the suffix fits). */
    public static String unique(String base, Set<String> taken) {
        if (!taken.contains(base)) {
            return base;
        }
        for (int n = 2; ; n++) {
            String suffix = "-" + n;
            String candidate = cut(base, Limits.SLUG - suffix.length()) + suffix;
            if (!taken.contains(candidate)) {
                return candidate;
            }
        }
    }

    private static String cut(String slug, int max) {
        if (slug.length() <= max) {
            return slug;
        }
        String cut = slug.substring(0, max);
        int hyphen = cut.lastIndexOf('-');
        return (hyphen > max / 2 ? cut.substring(0, hyphen) : cut).replaceAll("-+$", "");
    }
}
