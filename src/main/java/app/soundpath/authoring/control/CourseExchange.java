package app.soundpath.authoring.control;

import app.soundpath.authoring.entity.CourseDocument;
import app.soundpath.authoring.entity.FieldProblem;
import app.soundpath.authoring.entity.InvalidContentException;
import app.soundpath.authoring.entity.LessonContent;
import app.soundpath.authoring.entity.Views.CourseInput;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The course exchange format both ways: a course and its lessons as one document, and a document checked and turned
 * into a new course and its lessons. Slugs already taken get a number added, so a course can be imported next to the
 * one it was exported from. Pure: what the database knows comes in as maps and functions.
 */
public final class CourseExchange {

    private CourseExchange() {
    }

    /** What to create from a document: the course's settings and its lessons, all checked. */
    public record Plan(CourseInput course, List<LessonContent> lessons) {
    }

    /** What the database knows that an import refers to: skills and courses by slug, tracks, and taken slugs. */
    public record Known(Map<String, Long> skillIds, Map<String, Long> courseIds, Set<String> trackSlugs,
                        Function<String, Set<String>> takenCourseSlugs, Function<String, Set<String>> takenLessonSlugs) {
    }

    /** A lesson as the document carries it: its content with skills by slug. */
    public static CourseDocument.Lesson lesson(LessonContent c, Map<Long, String> skillSlugs) {
        return new CourseDocument.Lesson(c.title(), c.slug(), c.summary(), c.body(), c.minutes(), c.passMark(),
                c.required(), c.skillIds().stream().map(skillSlugs::get).filter(Objects::nonNull).sorted().toList(),
                c.questions(), c.listening());
    }

    /**
     * Checks a document and plans the course it makes.
     *
     * @throws InvalidContentException with every problem found, by field ("lessons[2].title"); nothing is planned
     */
    public static Plan plan(CourseDocument doc, Known known) {
        if (doc == null || doc.format() != CourseDocument.FORMAT) {
            throw new InvalidContentException(Map.of("format", FieldProblem.of("author.format", CourseDocument.FORMAT)));
        }
        Map<String, FieldProblem> problems = new LinkedHashMap<>();
        List<Long> prerequisites = new ArrayList<>();
        for (String slug : doc.prerequisites()) {
            Optional.ofNullable(known.courseIds().get(slug)).ifPresentOrElse(prerequisites::add,
                    () -> problems.put("prerequisites", FieldProblem.of("author.unknownCourse", String.valueOf(slug))));
        }
        String courseSlug = SlugMaker.isWellFormed(doc.slug())
                ? SlugMaker.unique(doc.slug(), known.takenCourseSlugs().apply(doc.slug())) : "";
        CourseInput course = ContentRules.normalized(new CourseInput(doc.title(), courseSlug, doc.summary(), doc.tracks(),
                prerequisites));
        problems.putAll(ContentRules.problems(course));
        if (!known.trackSlugs().containsAll(course.tracks())) {
            problems.put("tracks", FieldProblem.of("author.unknownTrack"));
        }
        List<LessonContent> lessons = new ArrayList<>();
        Set<String> lessonSlugs = new HashSet<>();
        for (int i = 0; i < doc.lessons().size(); i++) {
            CourseDocument.Lesson l = doc.lessons().get(i);
            String prefix = "lessons[" + (i + 1) + "].";
            List<Long> skills = new ArrayList<>();
            for (String slug : l.skills()) {
                Optional.ofNullable(known.skillIds().get(slug)).ifPresentOrElse(skills::add,
                        () -> problems.put(prefix + "skills", FieldProblem.of("author.unknownSkill", String.valueOf(slug))));
            }
            String base = SlugMaker.isWellFormed(l.slug()) ? l.slug() : SlugMaker.fromTitle(l.title());
            base = base.isEmpty() ? "lesson" : base;
            Set<String> taken = new HashSet<>(known.takenLessonSlugs().apply(base));
            taken.addAll(lessonSlugs);
            String slug = SlugMaker.unique(base, taken);
            lessonSlugs.add(slug);
            LessonContent content = ContentRules.normalized(new LessonContent(l.title(), slug, l.summary(), l.body(),
                    l.minutes(), l.passMark(), l.required(), skills, l.questions(), l.listening()));
            ContentRules.problems(content).forEach((field, problem) -> problems.put(prefix + field, problem));
            lessons.add(content);
        }
        if (!problems.isEmpty()) {
            throw new InvalidContentException(problems);
        }
        return new Plan(course, lessons);
    }
}
