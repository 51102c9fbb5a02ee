/**
 * Admin progress reports at /admin/reports: overview, track and course funnels, assessment outcomes, the learner
 * list with one learner's detail, and CSV exports; the same course report, learner list, learner detail and course
 * CSV scoped to the courses an instructor teaches at /author/reports (issue 16). Reads summary rows and indexes only, never one query per learner.
 * <p>
 * Reporting owns its derived tables and is the only feature that writes them, from events fired inside the
 * writer's transaction: {@code learner_track_summary} ({@code TrackSummaryKeeper}: progress, assessments, course
 * recounts) and {@code lesson_figures} ({@code LessonFiguresKeeper}: learning's {@code LessonActivity}, authoring's
 * {@code LessonAdded} / {@code LessonRemoving}) and {@code course_figures} ({@code CourseFiguresKeeper}: learning's
 * {@code CourseActivity} and {@code CourseRecounted}, authoring's {@code CourseRemoving}), so the course report
 * reads a few counter rows whatever the number of learners. A rollback takes the figures back with the change.
 * The counter tables share their SQL ({@code control.SlotCounters}: a row per learner-id slot, {@code UPDATE … + n},
 * fresh count, drift) and how the keepers run it ({@code boundary.SlotCounterStatements}).
 * <p>
 * The course report also shows each listening exercise (issue 17): answers, the share right, learners who practised
 * and passed, from {@code listening_figures} ({@code ListeningFiguresKeeper}: learning's {@code ListeningAnswered},
 * authoring's lesson events); learning's {@code learning_listening_answers} and {@code learning_listening_passes}
 * views (V49) are read only to count them afresh.
 */
package app.soundpath.reporting;
