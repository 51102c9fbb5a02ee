-- Issue 14: a learner's progress stamp. Every change to a learner's enrolments or lesson rows sets a new stamp in the
-- same transaction. Each node keeps the learner's progress in memory with the stamp it was read under; the stamp row
-- lives in EclipseLink's shared cache, and a change on another node invalidates it there (cache coordination over
-- Payara's data grid), so a page checks its copy without SQL and reads again only after a change.
-- Owned by the learning feature. A learner with any enrolment has a row; one without has none.
CREATE TABLE progress_stamp (
    learner_id BIGINT PRIMARY KEY REFERENCES account (id),
    stamp      BIGINT NOT NULL
);

INSERT INTO progress_stamp (learner_id, stamp) SELECT DISTINCT learner_id, 0 FROM enrollment;
