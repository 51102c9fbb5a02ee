-- Issue 14: the progress stamp becomes the learner's stamp, owned by the platform. Every change to what a learner's own
-- pages show of them sets a new stamp in the same transaction: enrolments and lesson rows (learning), assessment
-- attempts and decisions (assessment), credentials (credentials). Each feature keeps per-node copies of what it read
-- for the learner under the stamp; the stamp row lives in EclipseLink's shared cache, and a change on another node
-- invalidates it there (cache coordination over Payara's data grid).
ALTER TABLE progress_stamp RENAME TO learner_stamp;

-- Learners with attempts or credentials but no enrolment get a stamp too, so their dashboard is kept as well.
INSERT INTO learner_stamp (learner_id, stamp)
SELECT learner_id, 0 FROM (
    SELECT learner_id FROM assessment_attempt WHERE learner_id IS NOT NULL
    UNION
    SELECT learner_id FROM credential
) owners
WHERE learner_id NOT IN (SELECT learner_id FROM learner_stamp);
