-- The course report reads, per lesson, how many learners reached and finished it and their average best check
-- score from this index alone (an index-only scan), instead of visiting every lesson row.
CREATE INDEX lesson_progress_figures_ix ON lesson_progress (lesson_id, state, best_score);
-- The track funnel sums each learner's course summaries of a track: in learner order straight from this index.
CREATE INDEX course_progress_learner_figures_ix ON course_progress (learner_id, course_id, lessons_done, completed_at);
