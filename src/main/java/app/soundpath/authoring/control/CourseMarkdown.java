package app.soundpath.authoring.control;

import app.soundpath.authoring.entity.CourseDocument;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.ListeningSettings;
import app.soundpath.authoring.entity.MalformedContentException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The course content kept in the repository as Markdown (the folder {@code src/main/content/}), read into the course exchange
 * format instructors import. A course is a folder named by its slug, holding {@code course.md} (settings as front
 * matter, the summary as text) and one {@code NN-<lesson-slug>.md} per lesson, in the order of NN: settings as front
 * matter, the lesson body, and a {@code ## Check} section with the check questions. This class only reads the shape;
 * what content must be (lengths, options, known skills) is checked afterwards by the import, as for any document.
 * Pure: the files come in as text, and every problem names the file and the line.
 *
 * <pre>
 * ---
 * title: Signal flow and gain staging
 * summary: Follow a signal from the microphone to the speakers.
 * minutes: 14
 * pass-mark: 80
 * required: yes
 * skills: daw-recording-mixing, audio-equipment
 * listening: eq, levels 1-3, 10 items, pass 80% of the last 8
 * ---
 *
 * The body, in Markdown.
 *
 * ## Check
 *
 * ### What does the preamp do?
 * kind: single
 * - [x] Lifts a microphone's tiny signal to a working level
 * - [ ] Turns the voltage into numbers
 * explanation: A microphone puts out only a tiny voltage ...
 * </pre>
 */
public final class CourseMarkdown {

    /** The file in a course folder that holds the course's own settings and summary. */
    public static final String COURSE_FILE = "course.md";
    /** The heading that starts a lesson's check questions. */
    public static final String CHECK_HEADING = "## Check";
    /** Far above any lesson (a body may have 200,000 characters) and far below what could hurt the start-up. */
    public static final int MAX_FILE_CHARACTERS = 250_000;

    private static final Pattern LESSON_FILE = Pattern.compile("(\\d{2,3})-([a-z0-9]+(?:-[a-z0-9]+)*)\\.md");
    private static final Pattern SETTING = Pattern.compile("([a-z][a-z-]*):(.*)");
    private static final Pattern OPTION = Pattern.compile("- \\[([ xX])] (.*)");
    private static final Set<String> COURSE_KEYS = Set.of("title", "foundation", "tracks", "position", "prerequisites");
    private static final Set<String> LESSON_KEYS = Set.of("title", "summary", "minutes", "pass-mark", "required", "skills",
            "listening");
    /** A listening exercise (issue 17) in one line: kind, rungs of its ladder, items in a round, the pass rule. */
    private static final Pattern LISTENING = Pattern.compile(
            "([a-z]+), levels? (\\d{1,2})(?:-(\\d{1,2}))?, (\\d{1,3}) items, pass (\\d{1,3})% of the last (\\d{1,3})");
    private static final Map<String, String> KINDS = Map.of("single", "SINGLE", "multiple", "MULTIPLE",
            "true-false", "TRUE_FALSE");

    private CourseMarkdown() {
    }

    /** A file: its name as problems should name it (content/mixing/01-eq.md), and its text. */
    public record Source(String name, String text) {
    }

    /**
     * A course read from its folder: the document to import, whether it is a foundation course (shared by the
     * tracks), and its place in its tracks (courses are imported in this order, so they take these places).
     */
    public record SeedCourse(CourseDocument document, boolean foundation, int position) {
    }

    /** True for the name of a lesson file ({@code NN-<lesson-slug>.md}); other files in a course folder are refused. */
    public static boolean isLessonFile(String fileName) {
        return LESSON_FILE.matcher(fileName).matches();
    }

    /**
     * Reads one course folder.
     *
     * @param slug    the folder's name, which is the course's slug
     * @param course  its course.md
     * @param lessons its lesson files, in any order (the NN of their names orders them)
     * @throws MalformedContentException at the first problem, naming the file and the line
     */
    public static SeedCourse course(String slug, Source course, List<Source> lessons) {
        if (!SlugMaker.isWellFormed(slug)) {
            throw new MalformedContentException(course.name(), 0, "the folder name '" + slug
                    + "' is not a slug (lower-case letters, digits and single hyphens, at most 80 characters)");
        }
        Lines lines = Lines.of(course);
        Map<String, Setting> settings = frontMatter(lines, COURSE_KEYS, Set.of("title", "tracks", "position"));
        String summary = paragraphs(lines.rest());
        Map<Integer, Source> numbered = new TreeMap<>();
        for (Source lesson : lessons) {
            Matcher name = LESSON_FILE.matcher(fileName(lesson.name()));
            if (!name.matches()) {
                throw new MalformedContentException(lesson.name(), 0,
                        "a lesson file is named NN-<lesson-slug>.md (two or three digits, then the lesson's slug)");
            }
            Source before = numbered.put(Integer.parseInt(name.group(1)), lesson);
            if (before != null) {
                throw new MalformedContentException(lesson.name(), 0, "has the same number as " + before.name());
            }
        }
        List<CourseDocument.Lesson> read = new ArrayList<>();
        for (Source lesson : numbered.values()) {
            Matcher name = LESSON_FILE.matcher(fileName(lesson.name()));
            name.matches();
            read.add(lesson(name.group(2), lesson));
        }
        if (read.isEmpty()) {
            throw new MalformedContentException(course.name(), 0, "the course has no lesson files (NN-<lesson-slug>.md)");
        }
        CourseDocument document = new CourseDocument(CourseDocument.FORMAT, settings.get("title").value(), slug, summary,
                list(settings.get("tracks")), list(settings.get("prerequisites")), read);
        return new SeedCourse(document, yesNo(settings.get("foundation"), false),
                number(settings.get("position"), 0));
    }

    /**
     * The order to import courses in: by position, then slug, each course after the courses it requires (when they
     * are among these), so every prerequisite exists by the time a course names it.
     *
     * @throws MalformedContentException when prerequisites lead round in a circle
     */
    public static List<SeedCourse> importOrder(Collection<SeedCourse> courses) {
        List<SeedCourse> waiting = new ArrayList<>(courses);
        waiting.sort(Comparator.comparingInt(SeedCourse::position).thenComparing(c -> c.document().slug()));
        Set<String> all = new HashSet<>();
        waiting.forEach(c -> all.add(c.document().slug()));
        Set<String> done = new HashSet<>();
        List<SeedCourse> order = new ArrayList<>();
        while (!waiting.isEmpty()) {
            SeedCourse next = waiting.stream().filter(c -> c.document().prerequisites().stream()
                    .allMatch(p -> done.contains(p) || !all.contains(p))).findFirst()
                    .orElseThrow(() -> new MalformedContentException(waiting.get(0).document().slug() + "/" + COURSE_FILE,
                            0, "the prerequisites of these courses lead round in a circle: "
                            + waiting.stream().map(c -> c.document().slug()).toList()));
            waiting.remove(next);
            done.add(next.document().slug());
            order.add(next);
        }
        return order;
    }

    // ---- one lesson ---------------------------------------------------------------------------------------------

    private static CourseDocument.Lesson lesson(String slug, Source source) {
        Lines lines = Lines.of(source);
        Map<String, Setting> settings = frontMatter(lines, LESSON_KEYS, Set.of("title", "minutes"));
        List<Line> rest = lines.rest();
        int check = rest.size();
        boolean fenced = false;
        for (int i = 0; i < rest.size(); i++) {
            String text = rest.get(i).text();
            if (text.startsWith("```") || text.startsWith("~~~")) {
                fenced = !fenced;
            } else if (!fenced && text.stripTrailing().equals(CHECK_HEADING)) {
                check = i;
                break;
            }
        }
        String body = String.join("\n", withoutBlankEnds(rest.subList(0, check)).stream().map(Line::text).toList());
        if (body.isBlank()) {
            throw new MalformedContentException(source.name(), lines.bodyStart(), "the lesson has no body text");
        }
        List<LessonContent.Question> questions = check == rest.size() ? List.of()
                : questions(source.name(), rest.subList(check + 1, rest.size()));
        return new CourseDocument.Lesson(settings.get("title").value(), slug,
                settings.containsKey("summary") ? settings.get("summary").value() : "", body,
                number(settings.get("minutes"), 0), number(settings.get("pass-mark"), 80),
                yesNo(settings.get("required"), true), list(settings.get("skills")), questions,
                listening(settings.get("listening")));
    }

    /** The "listening:" line of a lesson's settings; absent: no exercise. Its numbers are checked by the import. */
    private static ListeningSettings listening(Setting setting) {
        if (setting == null) {
            return null;
        }
        Matcher m = LISTENING.matcher(setting.value().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new MalformedContentException(setting.file(), setting.line(), "expected 'listening: <eq, level,"
                    + " panning or faults>, levels 1-3, 10 items, pass 80% of the last 8'");
        }
        int from = Integer.parseInt(m.group(2));
        return new ListeningSettings(m.group(1).toUpperCase(Locale.ROOT), from,
                m.group(3) == null ? from : Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)),
                Integer.parseInt(m.group(5)), Integer.parseInt(m.group(6)));
    }

    /** A listening exercise as its "listening:" line says it (also what the audit log shows). */
    public static String listening(ListeningSettings l) {
        return l.kind().toLowerCase(Locale.ROOT) + ", levels " + l.levelFrom() + "-" + l.levelTo() + ", " + l.items()
                + " items, pass " + l.passAccuracy() + "% of the last " + l.window();
    }

    /** The check: a "### prompt" heading per question, then its kind, options and explanation. */
    private static List<LessonContent.Question> questions(String file, List<Line> lines) {
        List<LessonContent.Question> questions = new ArrayList<>();
        QuestionDraft q = null;
        for (Line line : lines) {
            String text = line.text().stripTrailing();
            Matcher option = OPTION.matcher(text);
            if (text.startsWith("### ") || text.equals("###")) {
                if (q != null) {
                    questions.add(q.done(file));
                }
                q = new QuestionDraft(line.number(), text.substring(3).strip());
                if (q.prompt.isEmpty()) {
                    throw new MalformedContentException(file, line.number(), "the question has no text after ###");
                }
            } else if (q == null) {
                if (!text.isBlank()) {
                    throw new MalformedContentException(file, line.number(),
                            "the check starts with a question: a line '### <the question>'");
                }
            } else if (q.explanation != null) {
                q.explanation.add(text); // an explanation runs to the next question
            } else if (text.isBlank()) {
                continue;
            } else if (text.startsWith("kind:")) {
                if (q.kind != null) {
                    throw new MalformedContentException(file, line.number(), "the question has two kinds");
                }
                String kind = text.substring(5).strip();
                q.kind = KINDS.get(kind);
                if (q.kind == null) {
                    throw new MalformedContentException(file, line.number(), "the kind '" + kind
                            + "' is not one of single, multiple, true-false");
                }
            } else if (option.matches()) {
                q.options.add(new LessonContent.Option(option.group(2).strip(), !option.group(1).isBlank()));
            } else if (text.startsWith("explanation:")) {
                q.explanation = new ArrayList<>(List.of(text.substring(12).strip()));
            } else {
                throw new MalformedContentException(file, line.number(), "expected 'kind: ...', an option"
                        + " ('- [x] right answer' or '- [ ] wrong answer'), 'explanation: ...' or the next '### question'");
            }
        }
        if (q != null) {
            questions.add(q.done(file));
        }
        return questions;
    }

    private static final class QuestionDraft {
        final int line;
        final String prompt;
        final List<LessonContent.Option> options = new ArrayList<>();
        String kind;
        List<String> explanation;

        QuestionDraft(int line, String prompt) {
            this.line = line;
            this.prompt = prompt;
        }

        LessonContent.Question done(String file) {
            if (kind == null) {
                throw new MalformedContentException(file, line, "the question has no 'kind: single|multiple|true-false'");
            }
            if (options.isEmpty()) {
                throw new MalformedContentException(file, line, "the question has no options ('- [x] ...', '- [ ] ...')");
            }
            if (explanation == null) {
                throw new MalformedContentException(file, line, "the question has no 'explanation: ...'");
            }
            List<String> kept = new ArrayList<>(explanation);
            while (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
                kept.remove(kept.size() - 1);
            }
            return new LessonContent.Question(kind, prompt, String.join("\n", kept), options);
        }
    }

    // ---- front matter and text ----------------------------------------------------------------------------------

    private record Line(int number, String text) {
    }

    private record Setting(String file, int line, String value) {
    }

    /** A file's lines (numbered from 1) and how far the front matter reached. */
    private static final class Lines {
        final String file;
        final List<Line> all;
        int next;

        private Lines(String file, List<Line> all) {
            this.file = file;
            this.all = all;
        }

        static Lines of(Source source) {
            String text = source.text() == null ? "" : source.text();
            if (text.length() > MAX_FILE_CHARACTERS) {
                throw new MalformedContentException(source.name(), 0, "the file has " + text.length()
                        + " characters, more than " + MAX_FILE_CHARACTERS);
            }
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < raw.length; i++) {
                int bad = raw[i].chars().filter(ch -> (ch < 0x20 && ch != '\t') || ch == 0x7f).findFirst().orElse(-1);
                if (bad >= 0) {
                    throw new MalformedContentException(source.name(), i + 1,
                            String.format("the line holds a control character (U+%04X)", bad));
                }
                lines.add(new Line(i + 1, raw[i]));
            }
            return new Lines(source.name(), lines);
        }

        List<Line> rest() {
            return all.subList(next, all.size());
        }

        int bodyStart() {
            return Math.min(next + 1, all.size());
        }
    }

    /** The settings between the first two "---" lines: one "key: value" per line, each key once. */
    private static Map<String, Setting> frontMatter(Lines lines, Set<String> keys, Set<String> required) {
        if (lines.all.isEmpty() || !lines.all.get(0).text().strip().equals("---")) {
            throw new MalformedContentException(lines.file, 1, "the file starts with its settings between two '---' lines");
        }
        Map<String, Setting> settings = new LinkedHashMap<>();
        for (int i = 1; i < lines.all.size(); i++) {
            Line line = lines.all.get(i);
            if (line.text().strip().equals("---")) {
                lines.next = i + 1;
                for (String key : required.stream().sorted().toList()) {
                    if (!settings.containsKey(key)) {
                        throw new MalformedContentException(lines.file, 1, "the settings have no '" + key + ":'");
                    }
                }
                return settings;
            }
            Matcher setting = SETTING.matcher(line.text().strip());
            if (!setting.matches()) {
                throw new MalformedContentException(lines.file, line.number(),
                        "expected a setting 'name: value' or the closing '---'");
            }
            String key = setting.group(1);
            if (!keys.contains(key)) {
                throw new MalformedContentException(lines.file, line.number(), "unknown setting '" + key
                        + "'; known are " + keys.stream().sorted().toList());
            }
            if (settings.put(key, new Setting(lines.file, line.number(), setting.group(2).strip())) != null) {
                throw new MalformedContentException(lines.file, line.number(), "'" + key + "' is set twice");
            }
        }
        throw new MalformedContentException(lines.file, 1, "the settings are not closed by a '---' line");
    }

    private static int number(Setting setting, int fallback) {
        if (setting == null) {
            return fallback;
        }
        if (!setting.value().matches("\\d{1,6}")) {
            throw new MalformedContentException(setting.file(), setting.line(), "expected a whole number, not '" + setting.value() + "'");
        }
        return Integer.parseInt(setting.value());
    }

    private static boolean yesNo(Setting setting, boolean fallback) {
        if (setting == null) {
            return fallback;
        }
        return switch (setting.value().toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> true;
            case "no", "false" -> false;
            default -> throw new MalformedContentException(setting.file(), setting.line(), "expected yes or no, not '" + setting.value() + "'");
        };
    }

    private static List<String> list(Setting setting) {
        if (setting == null || setting.value().isEmpty()) {
            return List.of();
        }
        return Arrays.stream(setting.value().split(",")).map(String::strip).toList();
    }

    /** Plain text from Markdown paragraphs: a paragraph's lines joined by a space, paragraphs by a blank line. */
    private static String paragraphs(List<Line> lines) {
        List<String> paragraphs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (Line line : lines) {
            String text = line.text().strip();
            if (text.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(current.toString());
                    current.setLength(0);
                }
            } else {
                current.append(current.isEmpty() ? "" : " ").append(text);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(current.toString());
        }
        return String.join("\n\n", paragraphs);
    }

    private static List<Line> withoutBlankEnds(List<Line> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).text().isBlank()) {
            from++;
        }
        while (to > from && lines.get(to - 1).text().isBlank()) {
            to--;
        }
        return lines.subList(from, to);
    }

    private static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
