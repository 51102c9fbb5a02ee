-- Issue 17: listening items. The server issues each item to one learner for one lesson, seeded: the kind, rung and
-- seed give its audio (rendered again whenever it is fetched) and its answer, kept here and never sent before grading.
-- An item is answered once: the answer columns are set by one conditional UPDATE (WHERE answered_at IS NULL).
CREATE TABLE listening_item (
    id          BIGINT      PRIMARY KEY,
    learner_id  BIGINT      NOT NULL REFERENCES account (id),
    lesson_id   BIGINT      NOT NULL REFERENCES lesson (id),
    kind        VARCHAR(10) NOT NULL,
    rung        INTEGER     NOT NULL,
    seed        BIGINT      NOT NULL,
    answer      VARCHAR(20) NOT NULL,
    issued_at   TIMESTAMP   NOT NULL,
    chosen      VARCHAR(20),
    correct     BOOLEAN,
    answered_at TIMESTAMP,
    CONSTRAINT listening_item_kind_ck CHECK (kind IN ('EQ', 'LEVEL', 'PANNING', 'FAULTS')),
    CONSTRAINT listening_item_answered_ck CHECK ((answered_at IS NULL AND chosen IS NULL AND correct IS NULL)
        OR (answered_at IS NOT NULL AND chosen IS NOT NULL AND correct IS NOT NULL))
);
-- A learner's items of a lesson, newest first (the ladder, the pass rule, the open item).
CREATE INDEX listening_item_learner_ix ON listening_item (learner_id, lesson_id, issued_at);
CREATE INDEX listening_item_lesson_ix ON listening_item (lesson_id, correct);

-- When the learner passed the lesson's listening exercise (null: not by listening). A skill taught by a lesson with an
-- exercise is mastered only when that lesson was passed by listening, not by its written check alone.
ALTER TABLE lesson_progress ADD COLUMN listened_at TIMESTAMP;

-- For reporting (per-exercise accuracy in the course report): answered items only, and who passed which exercise.
CREATE VIEW learning_listening_answers AS
    SELECT id, learner_id, lesson_id, kind, rung, correct, answered_at FROM listening_item WHERE answered_at IS NOT NULL;

CREATE VIEW learning_listening_passes AS
    SELECT learner_id, lesson_id, listened_at FROM lesson_progress WHERE listened_at IS NOT NULL;
