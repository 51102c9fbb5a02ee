package app.soundpath.catalog.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything published, as learners see it, in one immutable piece: what the catalog's pages, its REST API and the
 * other features' progress rules read. Built in a fixed number of queries whatever the size of the catalogue, kept
 * until content changes (see {@code CatalogService}), so a warm catalogue page reads no database at all.
 */
public record CatalogSnapshot(List<TrackSummary> tracks, Map<String, TrackDetail> trackDetails, Comparison comparison,
                              List<CourseCard> foundationCourses, Map<String, CourseDetail> courses,
                              Map<String, LessonDetail> lessons, CatalogMap map, Map<Long, List<QuestionView>> checks,
                              Map<Long, Map<Long, List<QuestionView>>> checksByCourse,
                              Map<Long, ListeningExerciseView> exercises) {

    public CatalogSnapshot {
        tracks = List.copyOf(tracks);
        trackDetails = Map.copyOf(trackDetails);
        foundationCourses = List.copyOf(foundationCourses);
        courses = Map.copyOf(courses);
        lessons = Map.copyOf(lessons);
        checks = Map.copyOf(checks);
        checksByCourse = Map.copyOf(checksByCourse);
        exercises = Map.copyOf(exercises);
    }

    public Optional<TrackDetail> track(String slug) {
        return Optional.ofNullable(slug == null ? null : trackDetails.get(slug));
    }

    public Optional<CourseDetail> course(String slug) {
        return Optional.ofNullable(slug == null ? null : courses.get(slug));
    }

    public Optional<LessonDetail> lesson(String slug) {
        return Optional.ofNullable(slug == null ? null : lessons.get(slug));
    }
}
