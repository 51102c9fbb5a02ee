/**
 * The learner's own side: enrolments, lesson progress, checks and the dashboard at /learn.
 * <p>
 * Learning reads the catalog (its one service), never the other way round: the learner's check attempts and
 * "mark as done" under {@code /api/lessons/{slug}/…} are learning's {@code LessonAttemptsResource}, beside catalog's
 * lesson resource at the same path. Grading ({@code control.CheckGrader}) works on catalog's plain views, not its
 * JPA entities. What a lesson row change adds to report figures leaves as a {@code LessonActivity} event; learning
 * does not know reporting's tables.
 * <p>
 * Other features read learners' progress in SQL through the {@code learning_*} views (migration V26).
 */
package app.soundpath.learning;
