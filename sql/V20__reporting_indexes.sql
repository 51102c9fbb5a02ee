-- Indexes for the admin reports (issue 7). Every report reads summary rows (course_progress, enrollment) and
-- these indexes; none loops over learners or lessons.
-- "Active in the last 7 / 30 days": learners by their latest activity.
CREATE INDEX course_progress_activity_ix ON course_progress (last_activity_at, learner_id);
-- Course funnel and completions per course.
CREATE INDEX course_progress_course_done_ix ON course_progress (course_id, completed_at);
-- Track and course funnels by enrolment date.
CREATE INDEX enrollment_course_date_ix ON enrollment (course_id, enrolled_at, learner_id);
CREATE INDEX enrollment_learner_ix ON enrollment (learner_id, course_id);
-- Learner list: keyset pagination in each sort order (name, newest).
CREATE INDEX account_name_id_ix ON account (display_name, id);
CREATE INDEX account_created_id_ix ON account (created_at, id);
-- Average check score and most-failed lessons per course.
CREATE INDEX check_attempt_lesson_score_ix ON check_attempt (lesson_id, passed, score);
-- Assessment outcomes and the track funnel's "assessed" and "suggested" steps by date.
CREATE INDEX assessment_attempt_taken_ix ON assessment_attempt (taken_at, learner_id);
