package app.soundpath.catalog.boundary;

import app.soundpath.catalog.control.MoneyFormat;
import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CheckOption;
import app.soundpath.catalog.entity.CheckQuestion;
import app.soundpath.catalog.entity.Comparison;
import app.soundpath.catalog.entity.Course;
import app.soundpath.catalog.entity.CourseCard;
import app.soundpath.catalog.entity.CourseDetail;
import app.soundpath.catalog.entity.FactKind;
import app.soundpath.catalog.entity.FactView;
import app.soundpath.catalog.entity.Lesson;
import app.soundpath.catalog.entity.LessonDetail;
import app.soundpath.catalog.entity.LessonLine;
import app.soundpath.catalog.entity.QuestionView;
import app.soundpath.catalog.entity.Ref;
import app.soundpath.catalog.entity.SalaryFigure;
import app.soundpath.catalog.entity.SalaryView;
import app.soundpath.catalog.entity.Skill;
import app.soundpath.catalog.entity.SkillView;
import app.soundpath.catalog.entity.Slugs;
import app.soundpath.catalog.entity.Track;
import app.soundpath.catalog.entity.TrackCourse;
import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.catalog.entity.TrackFact;
import app.soundpath.catalog.entity.TrackSummary;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The catalog's one façade: read-only views of tracks, courses and lessons for pages and the REST API.
 * Every method runs a fixed number of queries, whatever the size of the catalog (no query per row).
 */
@Stateless
public class CatalogService {

    @PersistenceContext
    EntityManager em;

    public List<TrackSummary> tracks() {
        Map<Long, int[]> totals = lessonTotalsByCourse();
        Map<Track, List<TrackCourse>> byTrack = em.createNamedQuery(TrackCourse.ALL, TrackCourse.class)
                .getResultStream()
                .collect(Collectors.groupingBy(TrackCourse::getTrack));
        return em.createNamedQuery(Track.ALL, Track.class).getResultStream()
                .map(t -> {
                    List<TrackCourse> places = byTrack.getOrDefault(t, List.of());
                    int lessons = places.stream().mapToInt(tc -> totalsOf(totals, tc.getCourse())[0]).sum();
                    int minutes = places.stream().mapToInt(tc -> totalsOf(totals, tc.getCourse())[1]).sum();
                    return new TrackSummary(t.getSlug(), t.getTitle(), t.getTagline(), places.size(), lessons, minutes);
                })
                .toList();
    }

    public Optional<TrackDetail> track(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Track.BY_SLUG, Track.class).setParameter("slug", slug)
                .getResultStream().findFirst()
                .map(t -> details(List.of(t)).get(0));
    }

    public Comparison comparison() {
        List<TrackDetail> tracks = details(em.createNamedQuery(Track.ALL, Track.class).getResultList());
        List<SkillView> shared = tracks.stream().flatMap(t -> t.skills().stream())
                .filter(SkillView::shared)
                .distinct()
                .sorted(Comparator.comparing(SkillView::name))
                .toList();
        return new Comparison(tracks, shared);
    }

    /** The courses every track shares, where a newcomer should start. */
    public List<CourseCard> foundationCourses() {
        Map<Long, int[]> totals = lessonTotalsByCourse();
        return em.createNamedQuery(TrackCourse.ALL, TrackCourse.class).getResultStream()
                .map(TrackCourse::getCourse)
                .filter(Course::isFoundation)
                .distinct()
                .map(c -> card(c, totals))
                .toList();
    }

    public Optional<CourseDetail> course(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Course.BY_SLUG, Course.class).setParameter("slug", slug)
                .getResultStream().findFirst()
                .map(this::courseDetail);
    }

    public Optional<LessonDetail> lesson(String slug) {
        if (!Slugs.isWellFormed(slug)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Lesson.BY_SLUG, Lesson.class).setParameter("slug", slug)
                .getResultStream().findFirst()
                .map(this::lessonDetail);
    }

    /** Whether a lesson with this address is shown to learners (the same lessons {@link #lesson} finds). One query. */
    public boolean lessonExists(String slug) {
        return Slugs.isWellFormed(slug) && em.createNamedQuery(Lesson.BY_SLUG, Lesson.class).setParameter("slug", slug)
                .setMaxResults(1).getResultStream().findFirst().isPresent();
    }

    /** The catalog's whole structure, for the progress rules of the learning feature (5 queries, any size). */
    public CatalogMap map() {
        List<CatalogMap.TrackNode> tracks = new ArrayList<>();
        Map<Track, List<Long>> courseIds = new LinkedHashMap<>();
        em.createNamedQuery(Track.ALL, Track.class).getResultList().forEach(t -> courseIds.put(t, new ArrayList<>()));
        em.createNamedQuery(TrackCourse.ALL, TrackCourse.class).getResultList()
                .forEach(tc -> courseIds.get(tc.getTrack()).add(tc.getCourse().getId()));
        courseIds.forEach((t, ids) -> tracks.add(new CatalogMap.TrackNode(t.getSlug(), t.getTitle(), List.copyOf(ids))));
        Set<Long> withChecks = new HashSet<>(em.createNamedQuery(CheckQuestion.LESSONS_WITH_CHECKS, Long.class).getResultList());
        Map<Long, List<CatalogMap.LessonNode>> lessons = new HashMap<>();
        em.createNamedQuery(Lesson.ALL_WITH_SKILLS, Lesson.class).getResultStream().distinct().forEach(l ->
                lessons.computeIfAbsent(l.getCourse().getId(), id -> new ArrayList<>()).add(new CatalogMap.LessonNode(
                        l.getId(), l.getSlug(), l.getTitle(), l.getCourse().getId(), l.getPosition(), l.getMinutes(),
                        l.getPassMark(), withChecks.contains(l.getId()),
                        l.getSkills().stream().map(Skill::getId).collect(Collectors.toSet()), l.isRequired())));
        Map<Long, CatalogMap.CourseNode> courses = new LinkedHashMap<>();
        em.createNamedQuery(Course.ALL_WITH_PREREQUISITES, Course.class).getResultStream().distinct().forEach(c ->
                courses.put(c.getId(), new CatalogMap.CourseNode(c.getId(), c.getSlug(), c.getTitle(), c.isFoundation(),
                        lessons.getOrDefault(c.getId(), List.of()).stream()
                                .sorted(Comparator.comparingInt(CatalogMap.LessonNode::position)).toList(),
                        c.getPrerequisites().stream().map(Course::getId).collect(Collectors.toSet()))));
        Map<Long, CatalogMap.SkillNode> skills = new LinkedHashMap<>();
        em.createNamedQuery(Skill.ALL_WITH_TRACKS, Skill.class).getResultStream().distinct()
                .forEach(s -> skills.put(s.getId(), new CatalogMap.SkillNode(s.getId(), s.getSlug(), s.getName())));
        return new CatalogMap(List.copyOf(tracks), courses, skills);
    }

    /** A lesson's check questions with their answer key, in order; empty when the lesson has no check. */
    public List<QuestionView> check(Long lessonId) {
        return em.createNamedQuery(CheckQuestion.OF_LESSON, CheckQuestion.class).setParameter("lesson", lessonId)
                .getResultStream().distinct().map(CatalogService::questionView).toList();
    }

    /** Every check question of a course's lessons, by lesson id (for a course challenge). */
    public Map<Long, List<QuestionView>> checksOfCourse(Long courseId) {
        Map<Long, List<QuestionView>> byLesson = new LinkedHashMap<>();
        em.createNamedQuery(CheckQuestion.OF_COURSE, CheckQuestion.class).setParameter("course", courseId)
                .getResultStream().distinct()
                .forEach(q -> byLesson.computeIfAbsent(q.getLessonId(), id -> new ArrayList<>()).add(questionView(q)));
        return byLesson;
    }

    private static QuestionView questionView(CheckQuestion q) {
        List<QuestionView.OptionView> options = q.getOptions().stream()
                .sorted(Comparator.comparingInt(CheckOption::getPosition))
                .map(o -> new QuestionView.OptionView(o.getId(), o.getLabel())).toList();
        Set<Long> correct = q.getOptions().stream().filter(CheckOption::isCorrect).map(CheckOption::getId)
                .collect(Collectors.toSet());
        return new QuestionView(q.getId(), q.getKind(), q.getPrompt(), options, correct, q.getExplanation());
    }

    private CourseDetail courseDetail(Course course) {
        List<Lesson> lessons = lessonsOf(course);
        List<LessonLine> lines = lessons.stream()
                .map(l -> new LessonLine(l.getPosition(), l.getSlug(), l.getTitle(), l.getSummary(), l.getMinutes(),
                        skillRefs(l)))
                .toList();
        List<Ref> skills = lines.stream().flatMap(l -> l.skills().stream()).distinct()
                .sorted(Comparator.comparing(Ref::title)).toList();
        int minutes = lessons.stream().mapToInt(Lesson::getMinutes).sum();
        return new CourseDetail(course.getSlug(), course.getTitle(), course.getSummary(), course.isFoundation(),
                tracksOf(course), lines, skills, minutes);
    }

    private LessonDetail lessonDetail(Lesson lesson) {
        List<Lesson> siblings = lessonsOf(lesson.getCourse());
        int index = siblings.indexOf(lesson);
        Ref previous = index > 0 ? lessonRef(siblings.get(index - 1)) : null;
        Ref next = index >= 0 && index < siblings.size() - 1 ? lessonRef(siblings.get(index + 1)) : null;
        Course course = lesson.getCourse();
        return new LessonDetail(lesson.getSlug(), lesson.getTitle(), lesson.getSummary(), lesson.getBodyMarkdown(),
                lesson.getMinutes(), index + 1, siblings.size(), new Ref(course.getSlug(), course.getTitle()),
                tracksOf(course), skillRefs(siblings.get(index)), previous, next);
    }

    private List<TrackDetail> details(List<Track> tracks) {
        List<Long> ids = tracks.stream().map(Track::getId).toList();
        Map<Long, int[]> totals = lessonTotalsByCourse();
        Map<Long, List<CourseCard>> courses = em.createNamedQuery(TrackCourse.ALL, TrackCourse.class)
                .getResultStream()
                .collect(Collectors.groupingBy(tc -> tc.getTrack().getId(),
                        Collectors.mapping(tc -> card(tc.getCourse(), totals), Collectors.toList())));
        List<Skill> skills = em.createNamedQuery(Skill.ALL_WITH_TRACKS, Skill.class).getResultStream().distinct().toList();
        Map<Long, List<TrackFact>> facts = em.createNamedQuery(TrackFact.OF_TRACKS, TrackFact.class)
                .setParameter("trackIds", ids).getResultStream()
                .collect(Collectors.groupingBy(TrackFact::getTrackId));
        Map<Long, List<SalaryView>> salaries = em.createNamedQuery(SalaryFigure.OF_TRACKS, SalaryFigure.class)
                .setParameter("trackIds", ids).getResultStream()
                .collect(Collectors.groupingBy(SalaryFigure::getTrackId,
                        Collectors.mapping(CatalogService::salaryView, Collectors.toList())));
        return tracks.stream().map(t -> {
            List<TrackFact> own = facts.getOrDefault(t.getId(), List.of());
            List<SkillView> ownSkills = skills.stream().filter(s -> s.getTracks().contains(t))
                    .map(CatalogService::skillView).toList();
            List<CourseCard> ownCourses = courses.getOrDefault(t.getId(), List.of());
            return new TrackDetail(t.getSlug(), t.getTitle(), t.getTagline(), t.getOverviewMarkdown(),
                    t.getWeekMarkdown(), ownCourses, ownCourses.stream().mapToInt(CourseCard::lessonCount).sum(),
                    ownCourses.stream().mapToInt(CourseCard::minutes).sum(), ownSkills,
                    factsOf(own, FactKind.RESPONSIBILITY), factsOf(own, FactKind.WORKPLACE),
                    factsOf(own, FactKind.CAREER_PATH), factsOf(own, FactKind.FIT),
                    salaries.getOrDefault(t.getId(), List.of()));
        }).toList();
    }

    private List<Lesson> lessonsOf(Course course) {
        // The fetch join repeats a lesson once per skill; distinct() keeps the first, in position order.
        return em.createNamedQuery(Lesson.OF_COURSE_WITH_SKILLS, Lesson.class)
                .setParameter("course", course).getResultStream().distinct().toList();
    }

    private List<Ref> tracksOf(Course course) {
        return em.createNamedQuery(TrackCourse.OF_COURSE, TrackCourse.class).setParameter("course", course)
                .getResultStream().map(tc -> new Ref(tc.getTrack().getSlug(), tc.getTrack().getTitle())).toList();
    }

    /** Lesson count and minutes per course id, for the whole (small, curated) catalog in one query. */
    private Map<Long, int[]> lessonTotalsByCourse() {
        return em.createNamedQuery(Lesson.TOTALS_BY_COURSE, Object[].class).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0],
                        row -> new int[] {((Number) row[1]).intValue(), ((Number) row[2]).intValue()}));
    }

    private static int[] totalsOf(Map<Long, int[]> totals, Course course) {
        return totals.getOrDefault(course.getId(), new int[2]);
    }

    private static CourseCard card(Course c, Map<Long, int[]> totals) {
        int[] t = totalsOf(totals, c);
        return new CourseCard(c.getSlug(), c.getTitle(), c.getSummary(), c.isFoundation(), t[0], t[1]);
    }

    private static List<Ref> skillRefs(Lesson lesson) {
        return lesson.getSkills().stream().map(s -> new Ref(s.getSlug(), s.getName()))
                .sorted(Comparator.comparing(Ref::title)).toList();
    }

    private static Ref lessonRef(Lesson lesson) {
        return new Ref(lesson.getSlug(), lesson.getTitle());
    }

    private static SkillView skillView(Skill s) {
        List<Track> tracks = s.getTracks().stream().sorted(Comparator.comparingInt(Track::getPosition)).toList();
        return new SkillView(s.getSlug(), s.getName(), s.getDescription(),
                tracks.stream().map(Track::getSlug).toList(), tracks.size() > 1);
    }

    private static List<FactView> factsOf(List<TrackFact> facts, FactKind kind) {
        return facts.stream().filter(f -> f.getKind() == kind)
                .sorted(Comparator.comparingInt(TrackFact::getPosition))
                .map(f -> new FactView(f.getTitle(), f.getBody())).toList();
    }

    private static SalaryView salaryView(SalaryFigure s) {
        return new SalaryView(s.getMeasure(), MoneyFormat.amount(s.getCurrency(), s.getAmountLow(), s.getAmountHigh()),
                s.getRegion(), s.getSource(), s.getSourceNote(), s.getRecordedOn());
    }
}
