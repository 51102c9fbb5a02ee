package app.soundpath.authoring.control;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The before / after summary of an audit entry: only the fields that changed, long texts by length. */
public final class AuditText {

    static final int SHOWN = 80;

    private AuditText() {
    }

    /** Before and after texts ("title: Old; body: 1,200 characters"), listing only the fields that differ. */
    public static List<String> diff(Map<String, String> before, Map<String, String> after) {
        Map<String, String> was = new LinkedHashMap<>();
        Map<String, String> now = new LinkedHashMap<>();
        after.forEach((field, value) -> {
            String old = before.get(field);
            if (!Objects.equals(old, value)) {
                was.put(field, shown(old));
                now.put(field, shown(value));
            }
        });
        return List.of(join(was), join(now));
    }

    /** All fields, for a create or a delete. */
    public static String of(Map<String, String> fields) {
        Map<String, String> shown = new LinkedHashMap<>();
        fields.forEach((k, v) -> shown.put(k, shown(v)));
        return join(shown);
    }

    private static String shown(String value) {
        if (value == null || value.isBlank()) {
            return "–";
        }
        String flat = value.replaceAll("\\s+", " ").strip();
        return flat.length() <= SHOWN ? flat : flat.substring(0, SHOWN) + "… (" + value.length() + " characters)";
    }

    private static String join(Map<String, String> fields) {
        StringBuilder text = new StringBuilder();
        fields.forEach((k, v) -> text.append(text.length() == 0 ? "" : "; ").append(k).append(": ").append(v));
        return text.toString();
    }
}
