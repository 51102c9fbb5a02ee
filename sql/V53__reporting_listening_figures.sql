-- Issue 17: the course report's per-exercise figures (learners who answered, answers, right answers, learners who
-- passed) kept as counters, like lesson_figures (V24) and course_figures (V52), instead of counted from every answered
-- listening item on each request: the report then reads eight rows per exercise however many answers there are.
--
-- Per lesson and slot (the learner id modulo 8, so learners answering at the same moment rarely wait for one row lock).
-- Reporting adds to them from learning's ListeningAnswered events in the learner's transaction (the one that grades
-- the item); reporting/control/ListeningFigures counts them afresh (drift checks, the demo cohort, the data generator).
CREATE TABLE listening_figures (
    lesson_id BIGINT  NOT NULL REFERENCES lesson (id),
    slot      INTEGER NOT NULL,
    learners  INTEGER NOT NULL,
    answers   INTEGER NOT NULL,
    correct   INTEGER NOT NULL,
    passed    INTEGER NOT NULL,
    CONSTRAINT listening_figures_pk PRIMARY KEY (lesson_id, slot),
    CONSTRAINT listening_figures_slot_ck CHECK (slot BETWEEN 0 AND 7)
);

-- Every existing lesson's figures (the same count as reporting/control/ListeningFigures.fresh), all eight slots, so
-- that a learner's answer only ever updates a row that is there.
INSERT INTO listening_figures (lesson_id, slot, learners, answers, correct, passed)
SELECT l.id, s.slot, COALESCE(a.learners, 0), COALESCE(a.answers, 0), COALESCE(a.correct, 0), COALESCE(p.passed, 0)
FROM lesson l
CROSS JOIN (SELECT 0 AS slot UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7) s
LEFT JOIN (SELECT i.lesson_id, MOD(i.learner_id, 8) slot, COUNT(DISTINCT i.learner_id) learners, COUNT(*) answers,
                  SUM(CASE WHEN i.correct THEN 1 ELSE 0 END) correct
           FROM listening_item i WHERE i.answered_at IS NOT NULL GROUP BY i.lesson_id, MOD(i.learner_id, 8)) a
       ON a.lesson_id = l.id AND a.slot = s.slot
LEFT JOIN (SELECT x.lesson_id, MOD(x.learner_id, 8) slot, COUNT(*) passed
           FROM lesson_progress x WHERE x.listened_at IS NOT NULL GROUP BY x.lesson_id, MOD(x.learner_id, 8)) p
       ON p.lesson_id = l.id AND p.slot = s.slot;
