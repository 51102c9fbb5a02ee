-- The course report's summary line (enrolled, started, completed), kept as counters like lesson_figures (V24)
-- instead of counted from every learner's course summary on each request: at 100,000 learners the foundation
-- course's report read 95,000 index entries a request (42 ms against 7 ms at 1,000 learners; issue 14).
--
-- Per course and slot (the learner id modulo 8, so learners starting the same course at once rarely wait for one
-- row lock): learners with a summary row of the course (enrolled, also after leaving, as the report always counted),
-- those who started it (a lesson done or opened from the course) and those who completed it. Reporting adds to
-- them from learning's CourseActivity events in the learner's transaction and counts a course afresh when learning
-- recounts it (CourseRecounted); the report adds the slots up.
CREATE TABLE course_figures (
    course_id BIGINT  NOT NULL REFERENCES course (id),
    slot      INTEGER NOT NULL,
    enrolled  INTEGER NOT NULL,
    started   INTEGER NOT NULL,
    completed INTEGER NOT NULL,
    CONSTRAINT course_figures_pk PRIMARY KEY (course_id, slot),
    CONSTRAINT course_figures_slot_ck CHECK (slot BETWEEN 0 AND 7)
);

-- Every existing course's figures (the same count as reporting/control/CourseFigures.fresh).
INSERT INTO course_figures (course_id, slot, enrolled, started, completed)
SELECT c.id, s.slot, COALESCE(p.enrolled, 0), COALESCE(p.started, 0), COALESCE(p.completed, 0)
FROM course c
CROSS JOIN (SELECT 0 AS slot UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) s
LEFT JOIN (SELECT x.course_id, MOD(x.learner_id, 8) slot, COUNT(*) enrolled,
                  SUM(CASE WHEN x.lessons_done > 0 OR x.last_lesson_id IS NOT NULL THEN 1 ELSE 0 END) started,
                  COUNT(x.completed_at) completed
           FROM course_progress x GROUP BY x.course_id, MOD(x.learner_id, 8)) p
       ON p.course_id = c.id AND p.slot = s.slot;
