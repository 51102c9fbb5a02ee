package app.soundpath.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogMap.CourseNode;
import app.soundpath.catalog.entity.CatalogMap.LessonNode;
import app.soundpath.catalog.entity.QuestionKind;
import app.soundpath.catalog.entity.QuestionView;
import app.soundpath.catalog.entity.QuestionView.OptionView;
import app.soundpath.learning.control.CheckGrader;
import app.soundpath.learning.control.ProgressCopies;
import app.soundpath.learning.control.ProgressRules;
import app.soundpath.learning.entity.CheckResult;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.learning.entity.InvalidAnswersException;
import app.soundpath.learning.entity.LearnerProgress;
import app.soundpath.learning.entity.LessonState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LearningRulesTest {

    // A tiny catalog: foundation (lessons 1, 2) required by advanced (lesson 3) in track "t".
    // Skill 10 ("shared") is taught by lessons 1 and 3; skill 20 only by lesson 2.
    static final CatalogMap MAP;

    static {
        Map<Long, CourseNode> courses = new LinkedHashMap<>();
        courses.put(100L, new CourseNode(100L, "foundation", "Foundation", true, List.of(
                lesson(1L, "one", 100L, 1, Set.of(10L)), lesson(2L, "two", 100L, 2, Set.of(20L))), Set.of()));
        courses.put(200L, new CourseNode(200L, "advanced", "Advanced", false, List.of(
                lesson(3L, "three", 200L, 1, Set.of(10L))), Set.of(100L)));
        Map<Long, CatalogMap.SkillNode> skills = new LinkedHashMap<>();
        skills.put(10L, new CatalogMap.SkillNode(10L, "shared", "Shared skill"));
        skills.put(20L, new CatalogMap.SkillNode(20L, "solo", "Solo skill"));
        MAP = new CatalogMap(List.of(new CatalogMap.TrackNode("t", "Track", List.of(100L, 200L))), courses, skills);
    }

    static LessonNode lesson(Long id, String slug, Long course, int position, Set<Long> skills) {
        return new LessonNode(id, slug, slug, course, position, 10, 80, true, skills);
    }

    ProgressRules rules(Map<Long, LessonState> states) {
        return new ProgressRules(MAP, states, Set.of(100L, 200L));
    }

    /**
     * Issue 17: a lesson with a listening exercise counts for its skills only once the exercise is passed. Done by its
     * written check it still completes the lesson and the course, but the skill waits for the learner's ears.
     */
    @Test
    void aSkillTaughtByAListeningLessonIsMasteredOnlyByPassingItsExercise() {
        Map<Long, CourseNode> courses = new LinkedHashMap<>();
        courses.put(100L, new CourseNode(100L, "foundation", "Foundation", true, List.of(
                lesson(1L, "one", 100L, 1, Set.of(10L)),
                new LessonNode(2L, "ears", "ears", 100L, 2, 10, 80, true, Set.of(10L), true, true)), Set.of()));
        Map<Long, CatalogMap.SkillNode> skills = new LinkedHashMap<>();
        skills.put(10L, new CatalogMap.SkillNode(10L, "critical-listening", "Critical listening"));
        CatalogMap map = new CatalogMap(List.of(new CatalogMap.TrackNode("t", "Track", List.of(100L))), courses, skills);
        Map<Long, LessonState> bothDone = Map.of(1L, LessonState.COMPLETED, 2L, LessonState.COMPLETED);

        ProgressRules byText = new ProgressRules(map, bothDone, Set.of(100L), Set.of());
        assertThat(byText.complete(courses.get(100L))).as("the written check completes the course").isTrue();
        assertThat(byText.masteredSkills()).as("but not the listening skill").isEmpty();

        ProgressRules byEar = new ProgressRules(map, bothDone, Set.of(100L), Set.of(2L));
        assertThat(byEar.masteredSkills()).extracting(CatalogMap.SkillNode::slug).containsExactly("critical-listening");

        ProgressRules earOnly = new ProgressRules(map, Map.of(2L, LessonState.COMPLETED), Set.of(100L), Set.of(2L));
        assertThat(earOnly.masteredSkills()).as("the text lesson teaching it is still needed").isEmpty();
    }

    @Test
    void aCourseIsCompleteWhenEveryLessonIsCompletedOrWaived() {
        CourseNode foundation = MAP.courses().get(100L);

        assertThat(rules(Map.of(1L, LessonState.COMPLETED)).complete(foundation)).isFalse();
        assertThat(rules(Map.of(1L, LessonState.COMPLETED, 2L, LessonState.IN_PROGRESS)).complete(foundation)).isFalse();
        assertThat(rules(Map.of(1L, LessonState.COMPLETED, 2L, LessonState.WAIVED)).complete(foundation)).isTrue();
    }

    @Test
    void aLockedCourseNamesTheLessonsLeftInItsPrerequisites() {
        CourseStatus advanced = rules(Map.of(1L, LessonState.COMPLETED)).status(MAP.courses().get(200L));

        assertThat(advanced.locked()).isTrue();
        assertThat(advanced.blockers()).singleElement().satisfies(b -> {
            assertThat(b.courseTitle()).isEqualTo("Foundation");
            assertThat(b.lessonsLeft()).extracting(CourseStatus.Step::slug).containsExactly("two");
        });
        assertThat(rules(Map.of(1L, LessonState.COMPLETED, 2L, LessonState.WAIVED)).locked(MAP.courses().get(200L)))
                .as("waived lessons count for prerequisites").isFalse();
    }

    @Test
    void theNextLessonIsTheFirstNotDoneInCourseOrder() {
        assertThat(rules(Map.of()).next(MAP.courses().get(100L)).slug()).isEqualTo("one");
        assertThat(rules(Map.of(1L, LessonState.COMPLETED)).next(MAP.courses().get(100L)).slug()).isEqualTo("two");
        assertThat(rules(Map.of(1L, LessonState.COMPLETED, 2L, LessonState.COMPLETED)).next(MAP.courses().get(100L))).isNull();
    }

    @Test
    void aSharedSkillIsMasteredOnceEveryLessonTeachingItIsDoneWhereverItSits() {
        assertThat(rules(Map.of(1L, LessonState.COMPLETED)).masteredSkills()).isEmpty();
        assertThat(rules(Map.of(1L, LessonState.COMPLETED, 3L, LessonState.COMPLETED)).masteredSkills())
                .extracting(CatalogMap.SkillNode::slug).containsExactly("shared");
        assertThat(rules(Map.of(1L, LessonState.COMPLETED, 2L, LessonState.WAIVED, 3L, LessonState.COMPLETED)).masteredSkills())
                .hasSize(2);
    }

    // ---- Grading -----------------------------------------------------------------------------------------------

    static final List<QuestionView> CHECK = List.of(
            new QuestionView(1L, QuestionKind.SINGLE, "Single?", List.of(new OptionView(11L, "a"), new OptionView(12L, "b")), Set.of(12L), "Because b."),
            new QuestionView(2L, QuestionKind.MULTIPLE, "Multiple?", List.of(new OptionView(21L, "x"), new OptionView(22L, "y"),
                    new OptionView(23L, "z")), Set.of(21L, 23L), "x and z."),
            new QuestionView(3L, QuestionKind.TRUE_FALSE, "True?", List.of(new OptionView(31L, "True"), new OptionView(32L, "False")), Set.of(31L), "It is."),
            new QuestionView(4L, QuestionKind.SINGLE, "Another?", List.of(new OptionView(41L, "p"), new OptionView(42L, "q")), Set.of(41L), "p."),
            new QuestionView(5L, QuestionKind.SINGLE, "Last?", List.of(new OptionView(51L, "m"), new OptionView(52L, "n")), Set.of(52L), "n."));

    @Test
    void allRightScoresHundredAndPasses() {
        CheckResult result = CheckGrader.grade(CHECK, Map.of(1L, Set.of(12L), 2L, Set.of(21L, 23L), 3L, Set.of(31L),
                4L, Set.of(41L), 5L, Set.of(52L)), 80);

        assertThat(result.score()).isEqualTo(100);
        assertThat(result.passed()).isTrue();
    }

    @Test
    void fourOfFiveIsEightyPercentWhichPassesAtEighty() {
        CheckResult result = CheckGrader.grade(CHECK, Map.of(1L, Set.of(12L), 2L, Set.of(21L, 23L), 3L, Set.of(31L),
                4L, Set.of(41L), 5L, Set.of(51L)), 80);

        assertThat(result.score()).isEqualTo(80);
        assertThat(result.passed()).isTrue();
        assertThat(result.feedback().get(4).correct()).isFalse();
        assertThat(result.feedback().get(4).correctLabels()).containsExactly("n");
        assertThat(result.feedback().get(4).explanation()).isEqualTo("n.");
    }

    @Test
    void aPartlyRightMultipleChoiceIsWrongAndUnansweredIsWrong() {
        CheckResult result = CheckGrader.grade(CHECK, Map.of(2L, Set.of(21L)), 80);

        assertThat(result.feedback().get(1).correct()).isFalse();
        assertThat(result.feedback().get(0).answered()).isFalse();
        assertThat(result.score()).isZero();
        assertThat(result.passed()).isFalse();
    }

    @Test
    void answersThatDoNotBelongToTheCheckAreRefused() {
        assertThatThrownBy(() -> CheckGrader.grade(CHECK, Map.of(99L, Set.of(11L)), 80)).isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> CheckGrader.grade(CHECK, Map.of(1L, Set.of(21L)), 80)).isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> CheckGrader.grade(CHECK, Map.of(1L, Set.of(11L, 12L)), 80))
                .as("two answers to a single-choice question").isInstanceOf(InvalidAnswersException.class);
        assertThatThrownBy(() -> CheckGrader.grade(CHECK, Map.of(3L, Set.of(-1L)), 80)).isInstanceOf(InvalidAnswersException.class);
    }

    @Test
    void anOptionalLessonCanBeDoneButACourseIsCompleteWithoutIt() {
        CourseNode course = new CourseNode(300L, "with-optional", "With an optional lesson", false, List.of(
                lesson(4L, "four", 300L, 1, Set.of()),
                new LessonNode(5L, "five", "five", 300L, 2, 10, 80, false, Set.of(), false)), Set.of());
        CatalogMap map = new CatalogMap(List.of(), Map.of(300L, course), Map.of());
        ProgressRules rules = new ProgressRules(map, Map.of(4L, LessonState.COMPLETED), Set.of(300L));

        assertThat(rules.complete(course)).isTrue();
        CourseStatus status = rules.status(course);
        assertThat(status.lessonsDone()).isEqualTo(1);
        assertThat(status.lessonsTotal()).isEqualTo(1);
        assertThat(status.lessonStates()).as("the optional lesson is still listed").containsKey("five");
    }

    /**
     * Issue 14: a kept copy of a learner's progress is used only under the stamp and the very catalogue snapshot it was
     * read with (another snapshot, even one equal to it, retires it); its recent activity, course statuses and dashboard
     * are worked out once; the copies stay bounded.
     */
    @Test
    void aProgressCopyIsUsedOnlyUnderItsOwnStampAndCatalogue() {
        ProgressCopies copies = new ProgressCopies();
        CatalogMap map = new CatalogMap(List.of(), Map.of(), Map.of());
        CatalogMap same = new CatalogMap(List.of(), Map.of(), Map.of());
        LearnerProgress progress = new LearnerProgress(List.of(), Map.of());
        copies.put(7L, new ProgressCopies.Copy(map, 42, progress));
        assertThat(copies.get(7L, map, 42).progress()).isSameAs(progress);
        assertThat(copies.get(7L, map, 43)).as("a new stamp").isNull();
        assertThat(copies.get(7L, same, 42)).as("a new catalogue snapshot, however alike").isNull();
        assertThat(copies.get(8L, map, 42)).as("another learner").isNull();

        int[] reads = new int[1];
        ProgressCopies.Copy copy = copies.get(7L, map, 42);
        for (int i = 0; i < 3; i++) {
            assertThat(copy.recent(() -> { reads[0]++; return List.of(); })).isEmpty();
        }
        assertThat(reads[0]).as("recent activity read once per copy").isEqualTo(1);

        // What pages work out from a copy is worked out once and agrees with the rules worked out afresh.
        LearnerProgress some = new LearnerProgress(List.of(new LearnerProgress.Course(100L, true, java.time.Instant.EPOCH, null)),
                Map.of(1L, new LearnerProgress.Lesson(1L, LessonState.COMPLETED, 90, 1)));
        ProgressCopies.Copy worked = new ProgressCopies.Copy(MAP, 5, some);
        CourseNode foundation = MAP.courses().get(100L);
        CourseStatus status = worked.status(foundation);
        assertThat(status).isEqualTo(new ProgressRules(MAP, some.states(), Set.of(100L), some.listened()).status(foundation));
        assertThat(status.lessonsDone()).isEqualTo(1);
        assertThat(worked.status(foundation)).as("a course's status worked out once per copy").isSameAs(status);
        assertThat(worked.rules()).isSameAs(worked.rules());
        app.soundpath.learning.entity.Dashboard board = new app.soundpath.learning.entity.Dashboard(List.of(status), null,
                List.of(), List.of(), 2, List.of(), false, null);
        int[] dashboards = new int[1];
        for (int i = 0; i < 3; i++) {
            assertThat(worked.dashboard(c -> { dashboards[0]++; return board; })).isSameAs(board);
        }
        assertThat(dashboards[0]).as("the dashboard worked out once per copy").isEqualTo(1);

        for (long learner = 100; learner < 100 + ProgressCopies.MAX * 2L; learner++) {
            copies.put(learner, new ProgressCopies.Copy(map, 1, progress));
        }
        assertThat(copies.size()).isLessThanOrEqualTo(ProgressCopies.MAX);
    }
}
