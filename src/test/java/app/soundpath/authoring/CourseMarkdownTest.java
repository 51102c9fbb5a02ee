package app.soundpath.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.soundpath.authoring.boundary.ContentSeed;
import app.soundpath.authoring.control.CourseExchange;
import app.soundpath.authoring.control.CourseMarkdown;
import app.soundpath.authoring.control.CourseMarkdown.SeedCourse;
import app.soundpath.authoring.control.CourseMarkdown.Source;
import app.soundpath.authoring.entity.CourseDocument;
import app.soundpath.authoring.entity.ListeningSettings;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.LessonContent.Option;
import app.soundpath.authoring.entity.LessonContent.Question;
import app.soundpath.authoring.entity.MalformedContentException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The lesson content kept as Markdown in src/main/content/, read without a server: good files, and every way to get one wrong. */
class CourseMarkdownTest {

    static final String COURSE = """
            ---
            title: Mixing: a first look
            foundation: no
            tracks: producer, engineer
            position: 3
            prerequisites: audio-foundations
            ---

            Balance, tone and space:
            what a mix is made of.
            """;

    static final String LESSON = """
            ---
            title: Balance before anything else
            summary: Faders first, plugins later.
            minutes: 12
            pass-mark: 75
            required: no
            skills: daw-recording-mixing, critical-listening
            ---

            Start with the **faders**.

            ```
            ## Check
            this heading is inside a code block, so it is body text
            ```

            ## Try it

            Mix one song with faders only.

            ## Check

            ### What comes first in a mix?

            kind: single

            - [x] The balance of the faders
            - [ ] A mastering limiter

            explanation: Balance first: every later choice depends on it.

            ### Which of these shape tone? Select all that apply.
            kind: multiple
            - [X] EQ
            - [x] Microphone choice
            - [ ] The track's name
            explanation: EQ and the microphone both change tone.
            A second line of the explanation.

            ### A mix is finished when every fader is at 0 dB.
            kind: true-false
            - [ ] True
            - [x] False
            explanation: Faders sit wherever the balance needs them.
            """;

    @Test
    void aLessonFileGivesTheLessonItsSettingsBodyAndCheck() {
        SeedCourse course = CourseMarkdown.course("mixing", new Source("content/mixing/course.md", COURSE),
                List.of(new Source("content/mixing/01-balance-first.md", LESSON)));
        CourseDocument.Lesson lesson = course.document().lessons().get(0);
        assertThat(lesson.slug()).isEqualTo("balance-first");
        assertThat(lesson.title()).isEqualTo("Balance before anything else");
        assertThat(lesson.summary()).isEqualTo("Faders first, plugins later.");
        assertThat(lesson.minutes()).isEqualTo(12);
        assertThat(lesson.passMark()).isEqualTo(75);
        assertThat(lesson.required()).isFalse();
        assertThat(lesson.skills()).containsExactly("daw-recording-mixing", "critical-listening");
        assertThat(lesson.body()).startsWith("Start with the **faders**.").endsWith("Mix one song with faders only.")
                .contains("## Check\nthis heading is inside a code block");
        assertThat(lesson.questions()).containsExactly(
                new Question("SINGLE", "What comes first in a mix?", "Balance first: every later choice depends on it.",
                        List.of(new Option("The balance of the faders", true), new Option("A mastering limiter", false))),
                new Question("MULTIPLE", "Which of these shape tone? Select all that apply.",
                        "EQ and the microphone both change tone.\nA second line of the explanation.",
                        List.of(new Option("EQ", true), new Option("Microphone choice", true), new Option("The track's name", false))),
                new Question("TRUE_FALSE", "A mix is finished when every fader is at 0 dB.",
                        "Faders sit wherever the balance needs them.", List.of(new Option("True", false), new Option("False", true))));
    }

    @Test
    void aCourseFolderGivesTheCourseWithItsLessonsInTheOrderOfTheirNumbers() {
        String second = LESSON.replace("title: Balance before anything else", "title: Second").replace("pass-mark: 75\n", "")
                .replace("required: no\n", "");
        SeedCourse course = CourseMarkdown.course("mixing", new Source("content/mixing/course.md", COURSE), List.of(
                new Source("content/mixing/10-later.md", second), new Source("content/mixing/02-balance-first.md", LESSON)));
        assertThat(course.foundation()).isFalse();
        assertThat(course.position()).isEqualTo(3);
        CourseDocument doc = course.document();
        assertThat(doc.format()).isEqualTo(CourseDocument.FORMAT);
        assertThat(doc.slug()).isEqualTo("mixing");
        assertThat(doc.title()).isEqualTo("Mixing: a first look");
        assertThat(doc.summary()).as("a paragraph's lines join with a space").isEqualTo("Balance, tone and space: what a mix is made of.");
        assertThat(doc.tracks()).containsExactly("producer", "engineer");
        assertThat(doc.prerequisites()).containsExactly("audio-foundations");
        assertThat(doc.lessons()).extracting(CourseDocument.Lesson::slug).containsExactly("balance-first", "later");
        assertThat(doc.lessons().get(1).passMark()).as("default pass mark").isEqualTo(80);
        assertThat(doc.lessons().get(1).required()).as("lessons are required unless they say not").isTrue();
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkReadTheSame() {
        SeedCourse plain = CourseMarkdown.course("mixing", new Source("c", COURSE), List.of(new Source("01-a.md", LESSON)));
        SeedCourse windows = CourseMarkdown.course("mixing", new Source("c", "\uFEFF" + COURSE.replace("\n", "\r\n")),
                List.of(new Source("01-a.md", "\uFEFF" + LESSON.replace("\n", "\r\n"))));
        assertThat(windows).isEqualTo(plain);
    }

    @Test
    void coursesAreImportedByPositionAndAlwaysAfterTheCoursesTheyRequire() {
        List<SeedCourse> order = CourseMarkdown.importOrder(List.of(course("zeta", 2, "alpha"), course("alpha", 2, "base"),
                course("late", 5), course("base", 1)));
        assertThat(order).extracting(c -> c.document().slug()).containsExactly("base", "alpha", "zeta", "late");
        assertThat(CourseMarkdown.importOrder(List.of(course("a", 1, "outside-the-content")))).hasSize(1);
        assertThatThrownBy(() -> CourseMarkdown.importOrder(List.of(course("a", 1, "b"), course("b", 2, "a"))))
                .isInstanceOf(MalformedContentException.class).hasMessageContaining("circle").hasMessageContaining("[a, b]");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "empty file                 | \"\"                                           | 1 | starts with its settings",
            "no front matter            | \"Just text\"                                  | 1 | starts with its settings",
            "front matter not closed    | \"---\\ntitle: T\\nminutes: 5\"                   | 1 | not closed",
            "blank line in settings     | \"---\\ntitle: T\\n\\nminutes: 5\\n---\\nB\"     | 3 | expected a setting",
            "unknown setting            | \"---\\ntitle: T\\nminutes: 5\\nauthor: me\\n---\\nB\" | 4 | unknown setting 'author'",
            "setting twice              | \"---\\ntitle: T\\ntitle: U\\nminutes: 5\\n---\\nB\"   | 3 | 'title' is set twice",
            "not a setting              | \"---\\ntitle: T\\nminutes 5\\n---\\nB\"             | 3 | expected a setting",
            "no title                   | \"---\\nminutes: 5\\n---\\nB\"                      | 1 | no 'title:'",
            "minutes in words           | \"---\\ntitle: T\\nminutes: ten\\n---\\nB\"          | 3 | whole number, not 'ten'",
            "huge number                | \"---\\ntitle: T\\nminutes: 99999999999\\n---\\nB\"  | 3 | whole number",
            "required maybe             | \"---\\ntitle: T\\nminutes: 5\\nrequired: maybe\\n---\\nB\" | 4 | yes or no, not 'maybe'",
            "no body                    | \"---\\ntitle: T\\nminutes: 5\\n---\\n\\n## Check\\n\" | 5 | no body text",
            "check without question     | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\n## Check\\nkind: single\" | 7 | starts with a question",
            "question without text      | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\n## Check\\n###\" | 7 | no text after ###",
            "no kind                    | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\n## Check\\n### Q?\\n- [x] a\\nexplanation: e\" | 7 | no 'kind:",
            "unknown kind               | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\n## Check\\n### Q?\\nkind: essay\" | 8 | 'essay' is not one of",
            "two kinds                  | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\n## Check\\n### Q?\\nkind: single\\nkind: multiple\" | 9 | two kinds",
            "no options                 | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\n## Check\\n### Q?\\nkind: single\\nexplanation: e\" | 7 | no options",
            "no explanation             | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\n## Check\\n### Q?\\nkind: single\\n- [x] a\" | 7 | no 'explanation",
            "option without box         | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\n## Check\\n### Q?\\nkind: single\\n- a\" | 9 | expected 'kind: ...', an option",
            "control character          | \"---\\ntitle: T\\u0000x\\nminutes: 5\\n---\\nB\"     | 2 | control character (U+0000)",
            "escape sequence            | \"---\\ntitle: T\\nminutes: 5\\n---\\nB\\u001b[31m\"  | 5 | control character (U+001B)"})
    void aMalformedLessonFileIsRefusedNamingTheFileAndTheLine(String name, String text, int line, String problem) {
        String unescaped = text.replace("\\n", "\n").replace("\\u0000", "\u0000").replace("\\u001b", "\u001b");
        assertThatThrownBy(() -> CourseMarkdown.course("mixing", new Source("content/mixing/course.md", COURSE),
                List.of(new Source("content/mixing/01-bad.md", unescaped))))
                .isInstanceOfSatisfying(MalformedContentException.class, e -> {
                    assertThat(e.file()).isEqualTo("content/mixing/01-bad.md");
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith("content/mixing/01-bad.md:" + line + ": ").contains(problem);
                });
    }

    @Test
    void aFileTooLongForAnyLessonIsRefusedBeforeItIsRead() {
        String huge = LESSON.replace("Start with the", "x".repeat(CourseMarkdown.MAX_FILE_CHARACTERS));
        assertThatThrownBy(() -> CourseMarkdown.course("mixing", new Source("course.md", COURSE), List.of(new Source("01-a.md", huge))))
                .isInstanceOf(MalformedContentException.class).hasMessageStartingWith("01-a.md: the file has")
                .hasMessageContaining("more than 250000");
    }

    @Test
    void hostileAndStrayFileAndFolderNamesAreRefused() {
        Source course = new Source("content/mixing/course.md", COURSE);
        for (String name : List.of("../../etc/passwd.md", "1-too-short.md", "01-Capitals.md", "01-notes.txt", "01-a--b.md", "01-.md")) {
            assertThatThrownBy(() -> CourseMarkdown.course("mixing", course, List.of(new Source(name, LESSON))))
                    .as(name).isInstanceOf(MalformedContentException.class).hasMessageContaining("NN-<lesson-slug>.md");
        }
        assertThatThrownBy(() -> CourseMarkdown.course("../mixing", course, List.of(new Source("01-a.md", LESSON))))
                .hasMessageContaining("is not a slug");
        assertThatThrownBy(() -> CourseMarkdown.course("mixing", course, List.of(new Source("01-a.md", LESSON),
                new Source("001-b.md", LESSON)))).hasMessageContaining("001-b.md: has the same number as 01-a.md");
        assertThatThrownBy(() -> CourseMarkdown.course("mixing", course, List.of()))
                .hasMessageContaining("content/mixing/course.md: the course has no lesson files");
        assertThatThrownBy(() -> CourseMarkdown.course("mixing", new Source("content/mixing/course.md", "---\ntitle: T\n---\n"),
                List.of(new Source("01-a.md", LESSON)))).hasMessage("content/mixing/course.md:1: the settings have no 'position:'");
    }

    @Test
    void hostileTextIsReadAsTextAndLeftToTheContentRulesAndTheSanitiser() {
        String hostile = LESSON.replace("Balance before anything else", "<script>alert(1)</script>")
                .replace("Start with the **faders**.", "<img src=x onerror=alert(1)>");
        CourseDocument.Lesson lesson = CourseMarkdown.course("mixing", new Source("c", COURSE), List.of(new Source("01-a.md", hostile)))
                .document().lessons().get(0);
        assertThat(lesson.title()).isEqualTo("<script>alert(1)</script>");
        assertThat(lesson.body()).startsWith("<img src=x onerror=alert(1)>");
    }

    @Test
    void aWellFormedFileThatBreaksTheContentRulesIsRefusedByTheImportNamingTheField() {
        String tooLong = LESSON.replace("title: Balance before anything else", "title: " + "T".repeat(121));
        CourseDocument doc = CourseMarkdown.course("mixing", new Source("c", COURSE), List.of(new Source("01-a.md", tooLong)))
                .document();
        assertThatThrownBy(() -> CourseExchange.plan(doc, known(Set.of("daw-recording-mixing", "critical-listening"), Map.of())))
                .isInstanceOfSatisfying(InvalidContentException.class, e -> assertThat(e.problems())
                        .containsOnlyKeys("lessons[1].title", "prerequisites"));
    }

    @Test
    void aLessonsListeningLineBecomesItsExerciseAndAMalformedOneNamesItsLine() {
        CourseDocument.Lesson lesson = CourseMarkdown.course("ears",
                new Source("course.md", "---\ntitle: Ears\ntracks: producer\nposition: 1\n---\n\nS."), List.of(
                new Source("01-eq.md", "---\ntitle: EQ\nminutes: 10\n"
                        + "listening: EQ, levels 2-4, 12 items, pass 75% of the last 9\n---\n\nBody.")))
                .document().lessons().getFirst();
        assertThat(lesson.listening()).isEqualTo(new ListeningSettings("EQ", 2, 4, 12, 75, 9));
        assertThat(CourseMarkdown.listening(lesson.listening())).isEqualTo("eq, levels 2-4, 12 items, pass 75% of the last 9");

        CourseDocument.Lesson single = CourseMarkdown.course("ears",
                new Source("course.md", "---\ntitle: Ears\ntracks: producer\nposition: 1\n---\n\nS."), List.of(
                new Source("01-eq.md", "---\ntitle: EQ\nminutes: 10\n"
                        + "listening: panning, level 3, 5 items, pass 80% of the last 5\n---\n\nBody.")))
                .document().lessons().getFirst();
        assertThat(single.listening()).isEqualTo(new ListeningSettings("PANNING", 3, 3, 5, 80, 5));

        for (String bad : List.of("eq", "eq, levels 1-3", "eq, levels x-3, 10 items, pass 80% of the last 8",
                "eq; levels 1-3; 10 items", "<script>alert(1)</script>", "eq, levels 1-3, 10 items, pass 80%")) {
            assertThatThrownBy(() -> CourseMarkdown.course("ears",
                    new Source("course.md", "---\ntitle: Ears\ntracks: producer\nposition: 1\n---\n\nS."), List.of(
                    new Source("01-eq.md", "---\ntitle: EQ\nminutes: 10\nlisten" + "ing: " + bad
                            + "\n---\n\nBody."))))
                    .as(bad).isInstanceOf(MalformedContentException.class).hasMessageContaining("01-eq.md")
                    .hasMessageContaining("listening:");
        }
    }

    /** The content the app ships: every file reads, and every course passes the import's rules in import order. */
    @Test
    void theShippedContentIsNineCoursesOf48LessonsWith192CheckQuestionsThatTheImportAccepts() {
        List<SeedCourse> courses = ContentSeed.read(Path.of("src/main/content"));
        assertThat(courses).hasSize(9);
        assertThat(courses).filteredOn(SeedCourse::foundation).extracting(c -> c.document().slug()).containsExactly("audio-foundations");
        assertThat(courses.stream().mapToInt(c -> c.document().lessons().size()).sum()).isEqualTo(48);
        assertThat(courses.stream().flatMap(c -> c.document().lessons().stream()).mapToInt(l -> l.questions().size()).sum()).isEqualTo(192);
        // Issue 17: Critical listening gains listening lessons, one in the foundation and one in each track's courses,
        // each with a written check as well (the alternative for a learner who cannot listen).
        Map<String, String> listening = new HashMap<>();
        courses.forEach(c -> c.document().lessons().stream().filter(l -> l.listening() != null).forEach(l -> {
            assertThat(l.skills()).contains("critical-listening");
            assertThat(l.questions()).isNotEmpty();
            listening.put(c.document().slug(), l.listening().kind());
        }));
        assertThat(listening).containsOnly(Map.entry("audio-foundations", "LEVEL"), Map.entry("producing-sessions", "EQ"),
                Map.entry("recording-and-post", "FAULTS"));
        Set<String> skills = new java.util.HashSet<>();
        courses.forEach(c -> c.document().lessons().forEach(l -> skills.addAll(l.skills())));
        Map<String, Long> imported = new HashMap<>();
        for (SeedCourse course : CourseMarkdown.importOrder(courses)) {
            CourseExchange.Plan plan = CourseExchange.plan(course.document(), known(skills, imported));
            assertThat(plan.course().slug()).as("its own slug, not a numbered copy").isEqualTo(course.document().slug());
            assertThat(plan.lessons()).extracting(l -> l.slug()).containsExactlyElementsOf(
                    course.document().lessons().stream().map(CourseDocument.Lesson::slug).toList());
            imported.put(course.document().slug(), (long) imported.size() + 1);
        }
    }

    private static CourseExchange.Known known(Set<String> skills, Map<String, Long> courses) {
        Map<String, Long> skillIds = new HashMap<>();
        skills.forEach(s -> skillIds.put(s, (long) skillIds.size() + 1));
        return new CourseExchange.Known(skillIds, Map.copyOf(courses), Set.of("producer", "engineer"),
                base -> Set.of(), base -> Set.of());
    }

    private static SeedCourse course(String slug, int position, String... prerequisites) {
        return new SeedCourse(new CourseDocument(CourseDocument.FORMAT, slug, slug, "S", List.of("producer"),
                List.of(prerequisites), List.of()), false, position);
    }
}
