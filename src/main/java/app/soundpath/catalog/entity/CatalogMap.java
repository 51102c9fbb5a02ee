package app.soundpath.catalog.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The whole catalog's structure in one piece (ids, names, order, prerequisites, skills): what progress rules
 * need to compute "done", "left", "next" and "locked" without a query per course or lesson.
 */
public record CatalogMap(List<TrackNode> tracks, Map<Long, CourseNode> courses, Map<Long, SkillNode> skills,
                         Map<String, CourseNode> coursesBySlug, Map<String, LessonNode> lessonsBySlug) {

    /** The map with its slug indexes made from the courses (a page finds its course or lesson in one lookup). */
    public CatalogMap(List<TrackNode> tracks, Map<Long, CourseNode> courses, Map<Long, SkillNode> skills) {
        this(tracks, courses, skills, courses.values().stream().collect(Collectors.toUnmodifiableMap(CourseNode::slug, c -> c,
                        (a, b) -> a)),
                courses.values().stream().flatMap(c -> c.lessons().stream()).collect(Collectors.toUnmodifiableMap(
                        LessonNode::slug, l -> l, (a, b) -> a)));
    }

    /** A track and its course ids in order. */
    public record TrackNode(String slug, String title, List<Long> courseIds) {
    }

    /** A course, its lessons in order and the courses it requires. */
    public record CourseNode(Long id, String slug, String title, boolean foundation, List<LessonNode> lessons,
                             Set<Long> prerequisiteIds) {

        /** The lessons that count towards completing the course (optional ones can be studied but do not count). */
        public List<LessonNode> requiredLessons() {
            return lessons.stream().filter(LessonNode::required).toList();
        }
    }

    /**
     * A lesson: where it sits, whether it has a check and a listening exercise, which skills it teaches.
     *
     * @param listening whether the lesson holds a listening exercise (issue 17): the skills it teaches are then
     *                  mastered only by passing that exercise
     */
    public record LessonNode(Long id, String slug, String title, Long courseId, int position, int minutes,
                             int passMark, boolean hasCheck, Set<Long> skillIds, boolean required, boolean listening) {

        /** A lesson without a listening exercise. */
        public LessonNode(Long id, String slug, String title, Long courseId, int position, int minutes,
                          int passMark, boolean hasCheck, Set<Long> skillIds, boolean required) {
            this(id, slug, title, courseId, position, minutes, passMark, hasCheck, skillIds, required, false);
        }

        /** A required lesson (every seeded lesson is). */
        public LessonNode(Long id, String slug, String title, Long courseId, int position, int minutes,
                          int passMark, boolean hasCheck, Set<Long> skillIds) {
            this(id, slug, title, courseId, position, minutes, passMark, hasCheck, skillIds, true, false);
        }
    }

    /** A skill. */
    public record SkillNode(Long id, String slug, String name) {
    }

    public Optional<CourseNode> course(Long id) {
        return Optional.ofNullable(courses.get(id));
    }

    public Optional<CourseNode> courseBySlug(String slug) {
        return Optional.ofNullable(slug).map(coursesBySlug::get);
    }

    public Optional<LessonNode> lessonBySlug(String slug) {
        return Optional.ofNullable(slug).map(lessonsBySlug::get);
    }

    public Optional<TrackNode> trackBySlug(String slug) {
        return tracks.stream().filter(t -> t.slug().equals(slug)).findFirst();
    }
}
