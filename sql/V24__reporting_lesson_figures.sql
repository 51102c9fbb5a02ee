-- The course report's figures per lesson, kept as counters instead of counted from every learner's lesson row on
-- each request (issue 7: the foundation course's report read about 430,000 index entries at 100,000 learners).
--
-- Per lesson: learners who reached it (have a lesson row), who finished it (completed or waived), how many have a
-- best check score and their sum (the average is sum / count), and the failed check attempts. The learning
-- service adds to these in the same transaction as the lesson row changes. Each lesson has 8 rows (slot: the
-- learner id modulo 8) so that learners finishing the same lesson at once do not queue for one row lock; the
-- report adds the slots up.
CREATE TABLE lesson_figures (
    lesson_id BIGINT  NOT NULL REFERENCES lesson (id),
    slot      INTEGER NOT NULL,
    reached   INTEGER NOT NULL,
    done      INTEGER NOT NULL,
    scored    INTEGER NOT NULL,
    score_sum BIGINT  NOT NULL,
    failed    INTEGER NOT NULL,
    CONSTRAINT lesson_figures_pk PRIMARY KEY (lesson_id, slot),
    CONSTRAINT lesson_figures_slot_ck CHECK (slot BETWEEN 0 AND 7)
);

-- Every existing lesson's figures (the same statement as learning/control/LessonFigures.fresh, for all lessons).
INSERT INTO lesson_figures (lesson_id, slot, reached, done, scored, score_sum, failed)
SELECT l.id, s.slot, COALESCE(p.reached, 0), COALESCE(p.done, 0), COALESCE(p.scored, 0), COALESCE(p.score_sum, 0),
       COALESCE(f.failed, 0)
FROM lesson l
CROSS JOIN (SELECT 0 AS slot UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) s
LEFT JOIN (SELECT x.lesson_id, MOD(x.learner_id, 8) slot, COUNT(*) reached,
                  SUM(CASE WHEN x.state <> 'IN_PROGRESS' THEN 1 ELSE 0 END) done, COUNT(x.best_score) scored,
                  COALESCE(SUM(x.best_score), 0) score_sum
           FROM lesson_progress x GROUP BY x.lesson_id, MOD(x.learner_id, 8)) p
       ON p.lesson_id = l.id AND p.slot = s.slot
LEFT JOIN (SELECT x.lesson_id, MOD(x.learner_id, 8) slot, COUNT(*) failed
           FROM check_attempt x WHERE x.passed = FALSE GROUP BY x.lesson_id, MOD(x.learner_id, 8)) f
       ON f.lesson_id = l.id AND f.slot = s.slot;

-- The course report's summary line (enrolled, started, completed) from one index alone; it replaces the narrower one.
CREATE INDEX course_progress_course_figures_ix ON course_progress (course_id, completed_at, lessons_done, last_lesson_id);
DROP INDEX course_progress_course_done_ix;
