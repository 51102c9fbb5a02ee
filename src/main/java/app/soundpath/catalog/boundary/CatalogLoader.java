package app.soundpath.catalog.boundary;

import app.soundpath.catalog.control.MoneyFormat;
import app.soundpath.catalog.entity.CatalogMap;
import app.soundpath.catalog.entity.CatalogSnapshot;
import app.soundpath.catalog.entity.CheckOption;
import app.soundpath.catalog.entity.CheckQuestion;
import app.soundpath.catalog.entity.Comparison;
import app.soundpath.catalog.entity.Course;
import app.soundpath.catalog.entity.CourseCard;
import app.soundpath.catalog.entity.ContentVersion;
import app.soundpath.catalog.entity.CourseDetail;
import app.soundpath.catalog.entity.FactKind;
import app.soundpath.catalog.entity.FactView;
import app.soundpath.catalog.entity.Lesson;
import app.soundpath.catalog.entity.LessonDetail;
import app.soundpath.catalog.entity.LessonLine;
import app.soundpath.catalog.entity.ListeningExercise;
import app.soundpath.catalog.entity.ListeningExerciseView;
import app.soundpath.catalog.entity.QuestionView;
import app.soundpath.catalog.entity.Ref;
import app.soundpath.catalog.entity.SalaryFigure;
import app.soundpath.catalog.entity.SalaryView;
import app.soundpath.catalog.entity.Skill;
import app.soundpath.catalog.entity.SkillView;
import app.soundpath.catalog.entity.Track;
import app.soundpath.catalog.entity.TrackCourse;
import app.soundpath.catalog.entity.TrackDetail;
import app.soundpath.catalog.entity.TrackFact;
import app.soundpath.catalog.entity.TrackSummary;
import app.soundpath.platform.ContentChanged;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.LockModeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads everything published in ten queries (eleven when the content version is not cached), whatever the size of the catalogue, and assembles the
 * {@link CatalogSnapshot} the catalog serves from. All rows are read in one transaction (one persistence context),
 * so the snapshot is one consistent picture of the published content.
 */
@Stateless
public class CatalogLoader {

    @PersistenceContext
    EntityManager em;

    // In a transaction of its own: read inside a caller's transaction that has already written (the credential
    // backfill, an author's change), EclipseLink keeps what it reads out of the shared cache, so the version row found
    // below never got back there, every later snapshot() took the content as changed and read it all again
    // (3,000 times in a few minutes while a node issued a backlog of credentials).
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public CatalogSnapshot load() {
        // First: the version row back into this node's shared cache. A change committed after this point
        // invalidates it again, and the next request rebuilds (see CatalogService#snapshot).
        em.find(ContentVersion.class, ContentVersion.ONE);
        List<Track> tracks = em.createNamedQuery(Track.ALL, Track.class).getResultList();
        List<TrackCourse> placements = em.createNamedQuery(TrackCourse.ALL, TrackCourse.class).getResultList();
        List<Course> courses = em.createNamedQuery(Course.ALL_WITH_PREREQUISITES, Course.class).getResultStream()
                .distinct().toList();
        // Ordered by course and position; the fetch join repeats a lesson once per skill, distinct() keeps the first.
        List<Lesson> lessons = em.createNamedQuery(Lesson.ALL_WITH_SKILLS, Lesson.class).getResultStream()
                .distinct().toList();
        List<Skill> skills = em.createNamedQuery(Skill.ALL_WITH_TRACKS, Skill.class).getResultStream().distinct().toList();
        List<Long> trackIds = tracks.stream().map(Track::getId).toList();
        List<TrackFact> facts = trackIds.isEmpty() ? List.of() : em.createNamedQuery(TrackFact.OF_TRACKS, TrackFact.class)
                .setParameter("trackIds", trackIds).getResultList();
        List<SalaryFigure> salaries = trackIds.isEmpty() ? List.of()
                : em.createNamedQuery(SalaryFigure.OF_TRACKS, SalaryFigure.class).setParameter("trackIds", trackIds)
                        .getResultList();
        List<CheckQuestion> questions = em.createNamedQuery(CheckQuestion.ALL, CheckQuestion.class).getResultStream()
                .distinct().toList();
        Map<Long, ListeningExerciseView> exercises = em.createNamedQuery(ListeningExercise.ALL, ListeningExercise.class)
                .getResultStream().map(ListeningExercise::view)
                .collect(Collectors.toMap(ListeningExerciseView::lessonId, e -> e));
        return new Assembly(tracks, placements, courses, lessons, skills, facts, salaries, questions, exercises).snapshot();
    }

    /**
     * Raises the content version in the transaction of a change to content: when it commits, cache coordination
     * invalidates the version row on every other node, which then drop their snapshots.
     */
    public void contentChanged(@Observes ContentChanged change) {
        ContentVersion version = em.find(ContentVersion.class, ContentVersion.ONE, LockModeType.PESSIMISTIC_WRITE);
        if (version != null) {
            version.next();
        }
    }

    /** Turns the rows into the snapshot's views, in memory. */
    private record Assembly(List<Track> tracks, List<TrackCourse> placements, List<Course> courses,
                            List<Lesson> lessons, List<Skill> skills, List<TrackFact> facts,
                            List<SalaryFigure> salaries, List<CheckQuestion> questions,
                            Map<Long, ListeningExerciseView> exercises) {

        CatalogSnapshot snapshot() {
            Map<Long, List<Lesson>> lessonsByCourse = lessons.stream().collect(Collectors.groupingBy(
                    l -> l.getCourse().getId(), LinkedHashMap::new, Collectors.toList()));
            lessonsByCourse.values().forEach(list -> list.sort(Comparator.comparingInt(Lesson::getPosition)));
            Map<Long, List<Ref>> tracksOfCourse = new HashMap<>();
            placements.forEach(tc -> tracksOfCourse.computeIfAbsent(tc.getCourse().getId(), id -> new ArrayList<>())
                    .add(new Ref(tc.getTrack().getSlug(), tc.getTrack().getTitle())));
            // Placements come ordered by track position: a course's tracks are listed in that order.

            Map<Long, CourseCard> cards = new HashMap<>();
            courses.forEach(c -> cards.put(c.getId(), card(c, lessonsByCourse.getOrDefault(c.getId(), List.of()))));

            List<TrackDetail> details = details(cards);
            List<TrackSummary> summaries = details.stream().map(t -> new TrackSummary(t.slug(), t.title(), t.tagline(),
                    t.courses().size(), t.lessonCount(), t.minutes())).toList();
            List<SkillView> shared = details.stream().flatMap(t -> t.skills().stream()).filter(SkillView::shared)
                    .distinct().sorted(Comparator.comparing(SkillView::name)).toList();
            List<CourseCard> foundation = placements.stream().map(TrackCourse::getCourse).filter(Course::isFoundation)
                    .distinct().map(c -> cards.get(c.getId())).toList();

            Map<String, CourseDetail> courseDetails = new HashMap<>();
            Map<String, LessonDetail> lessonDetails = new HashMap<>();
            for (Course c : courses) {
                List<Lesson> own = lessonsByCourse.getOrDefault(c.getId(), List.of());
                List<Ref> inTracks = List.copyOf(tracksOfCourse.getOrDefault(c.getId(), List.of()));
                courseDetails.put(c.getSlug(), courseDetail(c, own, inTracks));
                for (int i = 0; i < own.size(); i++) {
                    lessonDetails.put(own.get(i).getSlug(), lessonDetail(c, own, i, inTracks));
                }
            }

            Map<Long, List<QuestionView>> checks = new HashMap<>();
            questions.forEach(q -> checks.computeIfAbsent(q.getLessonId(), id -> new ArrayList<>()).add(questionView(q)));
            checks.replaceAll((id, list) -> List.copyOf(list));
            Map<Long, Map<Long, List<QuestionView>>> checksByCourse = new HashMap<>();
            lessonsByCourse.forEach((courseId, own) -> {
                Map<Long, List<QuestionView>> byLesson = new LinkedHashMap<>();
                // In lesson id order, as a course challenge has always drawn them.
                own.stream().sorted(Comparator.comparing(Lesson::getId)).forEach(l -> {
                    if (checks.containsKey(l.getId())) {
                        byLesson.put(l.getId(), checks.get(l.getId()));
                    }
                });
                checksByCourse.put(courseId, java.util.Collections.unmodifiableMap(byLesson));
            });

            return new CatalogSnapshot(summaries,
                    details.stream().collect(Collectors.toMap(TrackDetail::slug, t -> t)),
                    new Comparison(details, shared), foundation, courseDetails, lessonDetails,
                    map(lessonsByCourse, checks.keySet()), checks, checksByCourse, exercises);
        }

        private List<TrackDetail> details(Map<Long, CourseCard> cards) {
            Map<Long, List<CourseCard>> coursesOfTrack = placements.stream().collect(Collectors.groupingBy(
                    tc -> tc.getTrack().getId(), Collectors.mapping(tc -> cards.get(tc.getCourse().getId()), Collectors.toList())));
            Map<Long, List<TrackFact>> factsOfTrack = facts.stream().collect(Collectors.groupingBy(TrackFact::getTrackId));
            Map<Long, List<SalaryView>> salariesOfTrack = salaries.stream().collect(Collectors.groupingBy(
                    SalaryFigure::getTrackId, Collectors.mapping(Assembly::salaryView, Collectors.toList())));
            return tracks.stream().map(t -> {
                List<TrackFact> own = factsOfTrack.getOrDefault(t.getId(), List.of());
                List<SkillView> ownSkills = skills.stream().filter(s -> s.getTracks().contains(t))
                        .map(Assembly::skillView).toList();
                List<CourseCard> ownCourses = List.copyOf(coursesOfTrack.getOrDefault(t.getId(), List.of()));
                return new TrackDetail(t.getSlug(), t.getTitle(), t.getTagline(), t.getOverviewMarkdown(),
                        t.getWeekMarkdown(), ownCourses, ownCourses.stream().mapToInt(CourseCard::lessonCount).sum(),
                        ownCourses.stream().mapToInt(CourseCard::minutes).sum(), ownSkills,
                        factsOf(own, FactKind.RESPONSIBILITY), factsOf(own, FactKind.WORKPLACE),
                        factsOf(own, FactKind.CAREER_PATH), factsOf(own, FactKind.FIT),
                        List.copyOf(salariesOfTrack.getOrDefault(t.getId(), List.of())));
            }).toList();
        }

        private CatalogMap map(Map<Long, List<Lesson>> lessonsByCourse, Set<Long> withChecks) {
            Map<Track, List<Long>> courseIds = new LinkedHashMap<>();
            tracks.forEach(t -> courseIds.put(t, new ArrayList<>()));
            placements.forEach(tc -> courseIds.get(tc.getTrack()).add(tc.getCourse().getId()));
            List<CatalogMap.TrackNode> trackNodes = new ArrayList<>();
            courseIds.forEach((t, ids) -> trackNodes.add(new CatalogMap.TrackNode(t.getSlug(), t.getTitle(), List.copyOf(ids))));
            Map<Long, CatalogMap.CourseNode> courseNodes = new LinkedHashMap<>();
            courses.stream().sorted(Comparator.comparing(Course::getId)).forEach(c -> courseNodes.put(c.getId(),
                    new CatalogMap.CourseNode(c.getId(), c.getSlug(), c.getTitle(), c.isFoundation(),
                            lessonsByCourse.getOrDefault(c.getId(), List.of()).stream().map(l -> new CatalogMap.LessonNode(
                                    l.getId(), l.getSlug(), l.getTitle(), c.getId(), l.getPosition(), l.getMinutes(),
                                    l.getPassMark(), withChecks.contains(l.getId()),
                                    l.getSkills().stream().map(Skill::getId).collect(Collectors.toUnmodifiableSet()),
                                    l.isRequired(), exercises.containsKey(l.getId()))).toList(),
                            c.getPrerequisites().stream().map(Course::getId).collect(Collectors.toUnmodifiableSet()))));
            Map<Long, CatalogMap.SkillNode> skillNodes = new LinkedHashMap<>();
            skills.forEach(s -> skillNodes.put(s.getId(), new CatalogMap.SkillNode(s.getId(), s.getSlug(), s.getName())));
            return new CatalogMap(List.copyOf(trackNodes), java.util.Collections.unmodifiableMap(courseNodes),
                    java.util.Collections.unmodifiableMap(skillNodes));
        }

        private static CourseCard card(Course c, List<Lesson> own) {
            return new CourseCard(c.getSlug(), c.getTitle(), c.getSummary(), c.isFoundation(), own.size(),
                    own.stream().mapToInt(Lesson::getMinutes).sum());
        }

        private CourseDetail courseDetail(Course course, List<Lesson> own, List<Ref> inTracks) {
            List<LessonLine> lines = own.stream()
                    .map(l -> new LessonLine(l.getPosition(), l.getSlug(), l.getTitle(), l.getSummary(), l.getMinutes(),
                            skillRefs(l), l.isRequired(), exercises.containsKey(l.getId())))
                    .toList();
            List<Ref> skills = lines.stream().flatMap(l -> l.skills().stream()).distinct()
                    .sorted(Comparator.comparing(Ref::title)).toList();
            int minutes = own.stream().mapToInt(Lesson::getMinutes).sum();
            return new CourseDetail(course.getSlug(), course.getTitle(), course.getSummary(), course.isFoundation(),
                    inTracks, lines, skills, minutes);
        }

        private static LessonDetail lessonDetail(Course course, List<Lesson> siblings, int index, List<Ref> inTracks) {
            Lesson lesson = siblings.get(index);
            Ref previous = index > 0 ? lessonRef(siblings.get(index - 1)) : null;
            Ref next = index < siblings.size() - 1 ? lessonRef(siblings.get(index + 1)) : null;
            return new LessonDetail(lesson.getSlug(), lesson.getTitle(), lesson.getSummary(), lesson.getBodyMarkdown(),
                    lesson.getMinutes(), index + 1, siblings.size(), new Ref(course.getSlug(), course.getTitle()),
                    inTracks, skillRefs(lesson), previous, next);
        }

        private static QuestionView questionView(CheckQuestion q) {
            List<QuestionView.OptionView> options = q.getOptions().stream()
                    .sorted(Comparator.comparingInt(CheckOption::getPosition))
                    .map(o -> new QuestionView.OptionView(o.getId(), o.getLabel())).toList();
            Set<Long> correct = q.getOptions().stream().filter(CheckOption::isCorrect).map(CheckOption::getId)
                    .collect(Collectors.toUnmodifiableSet());
            return new QuestionView(q.getId(), q.getKind(), q.getPrompt(), options, correct, q.getExplanation());
        }

        private static List<Ref> skillRefs(Lesson lesson) {
            return lesson.getSkills().stream().map(s -> new Ref(s.getSlug(), s.getName()))
                    .sorted(Comparator.comparing(Ref::title)).toList();
        }

        private static Ref lessonRef(Lesson lesson) {
            return new Ref(lesson.getSlug(), lesson.getTitle());
        }

        private static SkillView skillView(Skill s) {
            List<Track> inTracks = s.getTracks().stream().sorted(Comparator.comparingInt(Track::getPosition)).toList();
            return new SkillView(s.getSlug(), s.getName(), s.getDescription(),
                    inTracks.stream().map(Track::getSlug).toList(), inTracks.size() > 1);
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
}
