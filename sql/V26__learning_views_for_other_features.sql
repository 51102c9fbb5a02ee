-- What learning offers other features to read (issue 13): enrolments, course and lesson progress, check attempts
-- and the learning record, as reporting needs them. Simple views: PostgreSQL and H2 read them through the
-- tables' own indexes.
CREATE VIEW learning_enrollments AS
    SELECT id, learner_id, course_id, enrolled_at, left_at FROM enrollment;

CREATE VIEW learning_course_progress AS
    SELECT learner_id, course_id, lessons_total, lessons_done, last_lesson_id, last_activity_at, completed_at
    FROM course_progress;

CREATE VIEW learning_lesson_progress AS
    SELECT learner_id, lesson_id, course_id, state, best_score, attempts, updated_at, completed_at FROM lesson_progress;

CREATE VIEW learning_check_attempts AS
    SELECT id, learner_id, lesson_id, score, passed, attempted_at FROM check_attempt;

CREATE VIEW learning_record AS
    SELECT id, learner_id, verb, object_type, object_id, result, occurred_at FROM learning_event;
