package app.soundpath.learning.control;

import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogMap.CourseNode;
import app.soundpath.catalog.entity.CatalogMap.LessonNode;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.learning.entity.LessonState;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The progress rules, on the catalog's structure and one learner's lesson states: a course is complete when all
 * its required lessons are done (completed or waived); a course is locked until its prerequisites are complete; a skill
 * is mastered when every lesson teaching it is done, wherever that lesson sits (so a shared skill counts once), and a
 * lesson that holds a listening exercise counts for its skills only once that exercise is passed: an ear is trained
 * by listening, not by a written check alone (issue 17).
 */
public final class ProgressRules {

    private final CatalogMap catalog;
    private final Map<Long, LessonState> states;
    private final Set<Long> enrolled;
    private final Set<Long> listened;

    public ProgressRules(CatalogMap catalog, Map<Long, LessonState> states, Set<Long> enrolledCourseIds) {
        this(catalog, states, enrolledCourseIds, Set.of());
    }

    /** With the lessons whose listening exercise the learner passed. */
    public ProgressRules(CatalogMap catalog, Map<Long, LessonState> states, Set<Long> enrolledCourseIds,
                         Set<Long> listenedLessonIds) {
        this.catalog = catalog;
        this.states = states;
        this.enrolled = enrolledCourseIds;
        this.listened = listenedLessonIds;
    }

    public LessonState state(Long lessonId) {
        return states.getOrDefault(lessonId, LessonState.NOT_STARTED);
    }

    public int done(CourseNode course) {
        return (int) course.requiredLessons().stream().filter(l -> state(l.id()).done()).count();
    }

    public boolean complete(CourseNode course) {
        return !course.requiredLessons().isEmpty() && done(course) == course.requiredLessons().size();
    }

    public boolean locked(CourseNode course) {
        return !blockers(course).isEmpty();
    }

    /** The prerequisite courses not complete yet, each with the lessons still to do, in catalog order. */
    public List<CourseStatus.Blocker> blockers(CourseNode course) {
        return course.prerequisiteIds().stream()
                .map(catalog.courses()::get)
                .filter(required -> required != null && !complete(required))
                .sorted(Comparator.comparing(CourseNode::id))
                .map(required -> new CourseStatus.Blocker(required.slug(), required.title(),
                        required.requiredLessons().stream().filter(l -> !state(l.id()).done()).map(ProgressRules::step).toList()))
                .toList();
    }

    /** The first lesson of the course that is not done yet, in course order. */
    public CourseStatus.Step next(CourseNode course) {
        return course.lessons().stream().filter(l -> !state(l.id()).done()).findFirst().map(ProgressRules::step)
                .orElse(null);
    }

    public CourseStatus status(CourseNode course) {
        boolean isLocked = locked(course);
        return new CourseStatus(course.id(), course.slug(), course.title(), enrolled.contains(course.id()),
                done(course), course.requiredLessons().size(), complete(course), isLocked,
                isLocked ? blockers(course) : List.of(), next(course),
                course.lessons().stream().collect(Collectors.toMap(LessonNode::slug, l -> state(l.id()))));
    }

    /** Skills every one of whose lessons is done (a listening lesson: its exercise passed). */
    public List<CatalogMap.SkillNode> masteredSkills() {
        List<LessonNode> lessons = catalog.courses().values().stream().flatMap(c -> c.lessons().stream()).toList();
        return catalog.skills().values().stream()
                .filter(skill -> {
                    List<LessonNode> teaching = lessons.stream().filter(l -> l.skillIds().contains(skill.id())).toList();
                    return !teaching.isEmpty() && teaching.stream().allMatch(l -> l.listening()
                            ? listened.contains(l.id()) : state(l.id()).done());
                })
                .toList();
    }

    private static CourseStatus.Step step(LessonNode lesson) {
        return new CourseStatus.Step(lesson.slug(), lesson.title());
    }
}
