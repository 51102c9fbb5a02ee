package app.soundpath.identity.control;

import java.util.regex.Pattern;

/** Where to send someone after signing in: only a path of this site, never another site (no open redirect). */
public final class LocalTarget {

    private static final int MAX_LENGTH = 500;
    // A single leading slash, then path and query characters only: no "//host", no "\", no scheme, no control chars.
    private static final Pattern SAFE = Pattern.compile("/(?![/\\\\])[A-Za-z0-9\\-._~/?=&%+]*");

    private LocalTarget() {
    }

    public static boolean isSafe(String target) {
        return target != null && target.length() <= MAX_LENGTH && SAFE.matcher(target).matches()
                && !target.contains("/..") && !target.toLowerCase().contains("%2f%2f")
                && !target.toLowerCase().startsWith("/%2f") && !target.toLowerCase().startsWith("/%5c");
    }
}
