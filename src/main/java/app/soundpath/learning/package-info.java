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
 * <p>
 * <b>Listening exercises (issue 17).</b> {@code ListeningService} issues items (a {@code listening_item} row per item:
 * kind, rung, seed and the answer, V49) and serves their clips, rendered on every fetch by the pure DSP in
 * {@code control} ({@code Biquad}, {@code Dsp}, {@code Phrases}, {@code Fft}, {@code Wav}, {@code ListeningItems}); the
 * ladder and the pass rule are {@code control.ListeningLadder}. Grading is {@code LearningService#answerListening},
 * beside the checks, because passing changes the same lesson row, summary and record under the same lock. The
 * exercise's settings come from the catalog snapshot (authoring's V48 view), never from a query on the lesson page.
 */
package app.soundpath.learning;
