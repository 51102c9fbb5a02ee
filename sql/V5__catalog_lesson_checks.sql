-- Lesson checks: a short quiz per lesson (2-5 questions). Content, so it belongs to the catalog; learners'
-- attempts and progress belong to the learning feature and live in its own tables.

-- The share of questions a learner must get right to complete the lesson, in percent.
ALTER TABLE lesson ADD COLUMN pass_mark INTEGER DEFAULT 80 NOT NULL;
ALTER TABLE lesson ADD CONSTRAINT lesson_pass_mark_ck CHECK (pass_mark BETWEEN 1 AND 100);

CREATE TABLE check_question (
    id          BIGINT        PRIMARY KEY,
    lesson_id   BIGINT        NOT NULL REFERENCES lesson (id),
    position    INTEGER       NOT NULL,
    kind        VARCHAR(20)   NOT NULL,  -- SINGLE (one right option), MULTIPLE (one or more), TRUE_FALSE
    prompt      VARCHAR(1000) NOT NULL,
    explanation VARCHAR(2000) NOT NULL,  -- shown after answering, right or wrong
    version     BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT check_question_kind_ck CHECK (kind IN ('SINGLE', 'MULTIPLE', 'TRUE_FALSE')),
    CONSTRAINT check_question_position_uk UNIQUE (lesson_id, position)
);

CREATE TABLE check_option (
    id          BIGINT       PRIMARY KEY,
    question_id BIGINT       NOT NULL REFERENCES check_question (id),
    position    INTEGER      NOT NULL,
    label       VARCHAR(500) NOT NULL,
    correct     BOOLEAN      NOT NULL,
    CONSTRAINT check_option_position_uk UNIQUE (question_id, position)
);
