package app.soundpath.authoring.control;

import app.soundpath.authoring.entity.LessonContent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

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

    /** The fields of a course an audit entry shows. */
    public static Map<String, String> courseFields(String title, String slug, String summary, List<String> tracks,
                                                   List<String> prerequisiteSlugs) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", title);
        fields.put("slug", slug);
        fields.put("summary", summary);
        fields.put("tracks", String.join(", ", sorted(tracks)));
        fields.put("prerequisites", String.join(", ", sorted(prerequisiteSlugs)));
        return fields;
    }

    /** The fields of a lesson an audit entry shows; the check as its prompts with the right options starred. */
    public static Map<String, String> lessonFields(LessonContent c) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("title", c.title());
        fields.put("slug", c.slug());
        fields.put("summary", c.summary());
        fields.put("body", c.body());
        fields.put("minutes", String.valueOf(c.minutes()));
        fields.put("pass mark", c.passMark() + "%");
        fields.put("required", c.required() ? "yes" : "no");
        fields.put("skills", c.skillIds().stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")));
        fields.put("check", c.questions().size() + " questions: " + c.questions().stream()
                .map(q -> q.prompt() + " [" + q.options().stream().map(o -> (o.correct() ? "*" : "") + o.label())
                        .collect(Collectors.joining(" / ")) + "]").collect(Collectors.joining(" | ")));
        fields.put("listening", c.listening() == null ? "none" : CourseMarkdown.listening(c.listening()));
        return fields;
    }

    /** The fields of a skill an audit entry shows. */
    public static Map<String, String> skillFields(String slug, String name, String description, List<String> tracks) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("slug", slug);
        fields.put("description", description);
        fields.put("tracks", String.join(", ", sorted(tracks)));
        return fields;
    }

    private static List<String> sorted(List<String> values) {
        return values.stream().sorted().toList();
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
