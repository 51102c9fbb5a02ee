package app.soundpath.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.authoring.control.AuditText;
import app.soundpath.authoring.control.ContentRules;
import app.soundpath.authoring.control.Reorder;
import app.soundpath.authoring.control.SlugMaker;
import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.LessonContent.Option;
import app.soundpath.authoring.entity.LessonContent.Question;
import app.soundpath.authoring.entity.Views.CourseInput;
import app.soundpath.authoring.entity.Views.SkillInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The authoring rules without a server: slugs, content validation, reordering and audit summaries. */
class AuthoringRulesTest {

    // ---- listening exercises (issue 17) ------------------------------------------------------------------------------

    static Map<String, FieldProblem> listening(String kind, int from, int to, int items, int pass, int window) {
        LessonContent c = new LessonContent("A lesson", "", "", "Body", 10, 80, true, List.of(), List.of(),
                new app.soundpath.authoring.entity.ListeningSettings(kind, from, to, items, pass, window));
        return ContentRules.problems(ContentRules.normalized(c));
    }

    @Test
    void aListeningExerciseIsCheckedFieldByFieldAndNoneIsFine() {
        assertThat(listening("eq", 1, 5, 10, 80, 8)).as("any case, the whole EQ ladder").isEmpty();
        assertThat(listening("PANNING", 1, 3, 3, 50, 3)).isEmpty();
        assertThat(ContentRules.problems(new LessonContent("A lesson", "", "", "Body", 10, 80, true, List.of(), List.of(), null)))
                .as("no exercise").isEmpty();
        assertThat(ContentRules.normalized(new LessonContent("A", "", "", "B", 10, 80, true, List.of(), List.of(),
                new app.soundpath.authoring.entity.ListeningSettings(" faults ", 1, 1, 5, 80, 5))).listening().kind())
                .isEqualTo("FAULTS");

        assertThat(listening("", 1, 3, 10, 80, 8)).containsOnlyKeys("listeningKind");
        assertThat(listening("<script>alert(1)</script>", 1, 3, 10, 80, 8)).containsOnlyKeys("listeningKind");
        assertThat(listening("EQ' OR '1'='1", 1, 3, 10, 80, 8)).containsOnlyKeys("listeningKind");
        assertThat(listening("PANNING", 1, 4, 10, 80, 8)).as("panning has 3 levels").containsOnlyKeys("listeningTo");
        assertThat(listening("EQ", 4, 2, 10, 80, 8).get("listeningTo").key()).isEqualTo("author.listeningLadder");
        assertThat(listening("EQ", 0, 0, 0, 0, 0)).containsOnlyKeys("listeningFrom", "listeningTo", "listeningItems",
                "listeningPass", "listeningWindow");
        assertThat(listening("LEVEL", 1, 5, 51, 101, 60)).containsOnlyKeys("listeningItems", "listeningPass",
                "listeningWindow");
        assertThat(listening("LEVEL", 1, 5, 10, 80, 11)).as("a window longer than a round").containsOnlyKeys("listeningWindow");
        assertThat(listening("LEVEL", 1, 5, 10, 49, 2)).containsOnlyKeys("listeningPass", "listeningWindow");
    }

    @Test
    void theAuditShowsTheListeningExerciseAsItsContentLine() {
        LessonContent without = new LessonContent("A", "a", "", "B", 10, 80, true, List.of(), List.of(), null);
        LessonContent with = without.withListening(new app.soundpath.authoring.entity.ListeningSettings("EQ", 1, 3, 10, 80, 8));
        assertThat(AuditText.lessonFields(without)).containsEntry("listening", "none");
        assertThat(AuditText.lessonFields(with)).containsEntry("listening", "eq, levels 1-3, 10 items, pass 80% of the last 8");
    }


    // ---- Slugs -------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Gain & EQ: a first look        | gain-eq-a-first-look",
            "  Mixing   with   Headphones   | mixing-with-headphones",
            "Zoë's Café — Über-Sound        | zoes-cafe-uber-sound",
            "<script>alert(1)</script>      | script-alert-1-script",
            "声音                            | ''",
            "---                            | ''"})
    void aSlugIsMadeFromTheTitle(String title, String slug) {
        assertThat(SlugMaker.fromTitle(title)).isEqualTo(slug);
    }

    @Test
    void aLongTitleGivesASlugOfAtMost80CharactersCutAtAWord() {
        String slug = SlugMaker.fromTitle("word ".repeat(40));
        assertThat(slug).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-").startsWith("word-word");
        assertThat(SlugMaker.isWellFormed(slug)).isTrue();
    }

    @Test
    void aTakenSlugGetsTheNextFreeNumberAndStillFits() {
        assertThat(SlugMaker.unique("mixing", Set.of())).isEqualTo("mixing");
        assertThat(SlugMaker.unique("mixing", Set.of("mixing", "mixing-2"))).isEqualTo("mixing-3");
        String long80 = "a".repeat(80);
        assertThat(SlugMaker.unique(long80, Set.of(long80))).hasSize(80).endsWith("-2");
    }

    @ParameterizedTest
    @CsvSource({"mixing-basics,true", "Mixing,false", "a--b,false", "-a,false", "a b,false", "ä,false", "'',false"})
    void onlyWellFormedSlugsAreAccepted(String slug, boolean ok) {
        assertThat(SlugMaker.isWellFormed(slug)).isEqualTo(ok);
    }

    // ---- Courses and skills ------------------------------------------------------------------------------------

    @Test
    void aCourseNeedsATitleAndASummaryWithinTheirLengths() {
        assertThat(ContentRules.problems(ContentRules.normalized(new CourseInput(null, null, "  ", null, null))))
                .containsOnlyKeys("title", "summary")
                .containsEntry("title", FieldProblem.of("author.required"));
        assertThat(ContentRules.problems(ContentRules.normalized(new CourseInput("t".repeat(121), "Bad Slug", "s".repeat(1001), List.of(), List.of()))))
                .containsEntry("title", FieldProblem.of("author.tooLong", 120))
                .containsEntry("slug", FieldProblem.of("author.slugShape", 80))
                .containsEntry("summary", FieldProblem.of("author.tooLong", 1000));
        assertThat(ContentRules.problems(ContentRules.normalized(new CourseInput("  Mixing  ", " MIXING-101 ", "About mixing.", List.of(), List.of()))))
                .as("trimmed and lower-cased first").isEmpty();
    }

    @Test
    void controlCharactersAreRefusedButLineBreaksAreFine() {
        assertThat(ContentRules.problems(new CourseInput("Bell\u0007", "", "Two\nlines\tand a tab", List.of(), List.of())))
                .containsOnlyKeys("title");
    }

    @Test
    void aSkillNeedsANameAndADescription() {
        assertThat(ContentRules.problems(ContentRules.normalized(new SkillInput("", "", "", List.of())))).containsOnlyKeys("name", "description");
        assertThat(ContentRules.problems(ContentRules.normalized(new SkillInput("EQ", "", "Shaping tone.", List.of("producer"))))).isEmpty();
    }

    // ---- Lessons and checks ------------------------------------------------------------------------------------

    static LessonContent lesson(String body, int minutes, int passMark, List<Question> questions) {
        return new LessonContent("A lesson", "", "", body, minutes, passMark, true, List.of(), questions, null);
    }

    static Question single(String prompt, Option... options) {
        return new Question("SINGLE", prompt, "Because.", List.of(options));
    }

    @Test
    void aLessonNeedsATitleABodyOfAtMost200KbAndSensibleNumbers() {
        assertThat(ContentRules.problems(ContentRules.normalized(lesson("Text.", 10, 80, List.of())))).isEmpty();
        Map<String, FieldProblem> problems = ContentRules.problems(ContentRules.normalized(
                new LessonContent("", "", "", "x".repeat(200_001), 0, 101, true, List.of(), List.of(), null)));
        assertThat(problems).containsOnlyKeys("title", "body", "minutes", "passMark");
        assertThat(problems.get("body")).isEqualTo(FieldProblem.of("author.bodyTooLong", 200, 200_001));
        assertThat(ContentRules.problems(ContentRules.normalized(lesson("x".repeat(200_000), 600, 1, List.of())))).as("limits inclusive").isEmpty();
        assertThat(ContentRules.problems(ContentRules.normalized(lesson("   \n ", 10, 80, List.of())))).containsOnlyKeys("body");
    }

    @Test
    void windowsLineEndingsFromATextareaAreUnified() {
        assertThat(ContentRules.normalized(lesson("one\r\ntwo\rthree", 10, 80, List.of())).body()).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void aCheckQuestionNeedsAPromptAnExplanationAndAtLeastOneCorrectOption() {
        Map<String, FieldProblem> none = ContentRules.questionProblems(List.of(
                single("Which?", new Option("A", false), new Option("B", false))));
        assertThat(none).containsExactly(Map.entry("q1.options", FieldProblem.of("author.noCorrectOption")));

        Map<String, FieldProblem> two = ContentRules.questionProblems(List.of(
                single("Which?", new Option("A", true), new Option("B", true))));
        assertThat(two).containsEntry("q1.options", FieldProblem.of("author.oneCorrectOption"));

        Question multiple = new Question("MULTIPLE", "Which?", "Because.", List.of(new Option("A", true), new Option("B", true), new Option("C", false)));
        assertThat(ContentRules.questionProblems(List.of(multiple))).isEmpty();

        Map<String, FieldProblem> bad = ContentRules.questionProblems(List.of(
                new Question("ESSAY", "", "", List.of(new Option("", true)))));
        assertThat(bad).containsOnlyKeys("q1.kind", "q1.prompt", "q1.explanation", "q1.o1.label", "q1.options");
    }

    @Test
    void aCheckHasAtMostFiveQuestionsOfTwoToFiveOptions() {
        Question ok = single("Q", new Option("A", true), new Option("B", false));
        assertThat(ContentRules.questionProblems(List.of(ok, ok, ok, ok, ok))).isEmpty();
        assertThat(ContentRules.questionProblems(List.of(ok, ok, ok, ok, ok, ok))).containsKey("questions");
        Question six = new Question("SINGLE", "Q", "E", List.of(new Option("1", true), new Option("2", false),
                new Option("3", false), new Option("4", false), new Option("5", false), new Option("6", false)));
        assertThat(ContentRules.questionProblems(List.of(six))).containsEntry("q1.options", FieldProblem.of("author.optionCount", 2, 5));
        assertThat(ContentRules.questionProblems(List.of(single("Q", new Option("A", true))))).containsKey("q1.options");
    }

    @Test
    void trueFalseQuestionsGetTheirFixedLabelsAndExactlyTwoOptions() {
        Question typed = new Question(" true_false ", " Cut first? ", " Usually. ", List.of(new Option("yes", false), new Option("no", true)));
        Question normalized = ContentRules.normalized(lesson("B", 10, 80, List.of(typed))).questions().get(0);
        assertThat(normalized.kind()).isEqualTo("TRUE_FALSE");
        assertThat(normalized.prompt()).isEqualTo("Cut first?");
        assertThat(normalized.options()).containsExactly(new Option("True", false), new Option("False", true));
        Question three = new Question("TRUE_FALSE", "P", "E", List.of(new Option("a", true), new Option("b", false), new Option("c", false)));
        assertThat(ContentRules.questionProblems(List.of(three))).containsKey("q1.options");
    }

    // ---- Reordering --------------------------------------------------------------------------------------------

    @Test
    void moveUpAndDownSwapWithTheNeighbourAndStopAtTheEnds() {
        List<String> order = List.of("a", "b", "c");
        assertThat(Reorder.move(order, "c", true)).containsExactly("a", "c", "b");
        assertThat(Reorder.move(order, "a", false)).containsExactly("b", "a", "c");
        assertThat(Reorder.move(order, "a", true)).isEqualTo(order);
        assertThat(Reorder.move(order, "c", false)).isEqualTo(order);
        assertThat(Reorder.move(order, "x", true)).isEqualTo(order);
        assertThat(order).as("the input is not changed").containsExactly("a", "b", "c");
    }

    // ---- Audit summaries -------------------------------------------------------------------------------------------

    @Test
    void anAuditSummaryListsOnlyWhatChangedAndShortensLongTexts() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("title", "Old");
        before.put("body", "short");
        before.put("minutes", "10");
        Map<String, String> after = new LinkedHashMap<>(before);
        after.put("title", "New");
        after.put("body", "x".repeat(500));
        List<String> diff = AuditText.diff(before, after);
        assertThat(diff.get(0)).isEqualTo("title: Old; body: short");
        assertThat(diff.get(1)).startsWith("title: New; body: xxx").endsWith("… (500 characters)").doesNotContain("minutes");
        assertThat(AuditText.diff(before, before)).containsExactly("", "");
        assertThat(AuditText.of(Map.of("title", "A\n\n  title"))).isEqualTo("title: A title");
        assertThat(AuditText.of(Map.of("summary", " "))).as("an empty value is shown as such").isEqualTo("summary: –");
    }

    // ---- Prerequisites and the exchange format -----------------------------------------------------------------

    @Test
    void aPrerequisiteThatLeadsBackToTheCourseIsACycle() {
        // 2 requires 1, 3 requires 2.
        app.soundpath.authoring.control.PrerequisiteGraph graph = new app.soundpath.authoring.control.PrerequisiteGraph(
                List.of(new Long[] {2L, 1L}, new Long[] {3L, 2L}));

        assertThat(graph.createsCycle(1L, Set.of(3L))).as("1 → 3 → 2 → 1").isTrue();
        assertThat(graph.createsCycle(1L, Set.of(2L))).as("1 → 2 → 1").isTrue();
        assertThat(graph.createsCycle(3L, Set.of(1L))).as("3 → 1 (and 2 → 1)").isFalse();
        assertThat(graph.createsCycle(4L, Set.of(3L))).as("a new course on top").isFalse();
        assertThat(graph.createsCycle(2L, Set.of())).isFalse();
    }

    @Test
    void anImportedDocumentGetsFreeSlugsAndEveryProblemIsNamedByField() {
        app.soundpath.authoring.control.CourseExchange.Known known = new app.soundpath.authoring.control.CourseExchange.Known(
                Map.of("eq", 7L), Map.of("audio-foundations", 1L), Set.of("producer", "engineer"),
                base -> Set.of(base, base + "-2"), base -> base.equals("intro") ? Set.of("intro") : Set.of());
        Question q = new Question("SINGLE", "Which?", "Because.", List.of(new Option("a", true), new Option("b", false)));
        app.soundpath.authoring.entity.CourseDocument doc = new app.soundpath.authoring.entity.CourseDocument(1,
                "Mixing", "mixing", "A course about mixing.", List.of("producer"), List.of("audio-foundations"), List.of(
                new app.soundpath.authoring.entity.CourseDocument.Lesson("Intro", "intro", "First.", "Text.", 10, 70, true,
                        List.of("eq"), List.of(q), null),
                new app.soundpath.authoring.entity.CourseDocument.Lesson("Intro again", "intro", "Second.", "Text.", 10, 70,
                        true, List.of(), List.of(q), null)));

        app.soundpath.authoring.control.CourseExchange.Plan plan = app.soundpath.authoring.control.CourseExchange.plan(doc, known);

        assertThat(plan.course().slug()).isEqualTo("mixing-3");
        assertThat(plan.course().prerequisites()).containsExactly(1L);
        assertThat(plan.lessons()).extracting(LessonContent::slug).containsExactly("intro-2", "intro-3");
        assertThat(plan.lessons().get(0).skillIds()).containsExactly(7L);

        app.soundpath.authoring.entity.CourseDocument bad = new app.soundpath.authoring.entity.CourseDocument(1, "", "mixing",
                "x", List.of("drummer"), List.of("nope"), List.of(new app.soundpath.authoring.entity.CourseDocument.Lesson(
                "T", "t", "s", "b", 10, 70, true, List.of("unknown-skill"), List.of(), null)));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.soundpath.authoring.control.CourseExchange.plan(bad, known))
                .isInstanceOfSatisfying(app.soundpath.authoring.entity.InvalidContentException.class,
                        e -> assertThat(e.problems()).containsKeys("prerequisites", "title", "tracks", "lessons[1].skills"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> app.soundpath.authoring.control.CourseExchange.plan(
                new app.soundpath.authoring.entity.CourseDocument(2, "t", "s", "x", null, null, null), known))
                .isInstanceOfSatisfying(app.soundpath.authoring.entity.InvalidContentException.class,
                        e -> assertThat(e.problems()).containsOnlyKeys("format"));
    }
}
