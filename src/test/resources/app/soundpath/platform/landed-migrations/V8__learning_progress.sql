-- Learning: prerequisites between courses (catalog content), enrolments, per-lesson progress with a per-course
-- summary row kept in the same transaction, check attempts, and the learning record (an append-only event log).

-- A course may require other courses to be complete (or waived) first.
CREATE TABLE course_prerequisite (
    course_id          BIGINT NOT NULL REFERENCES course (id),
    required_course_id BIGINT NOT NULL REFERENCES course (id),
    CONSTRAINT course_prerequisite_pk PRIMARY KEY (course_id, required_course_id),
    CONSTRAINT course_prerequisite_self_ck CHECK (course_id <> required_course_id)
);
CREATE INDEX course_prerequisite_required_ix ON course_prerequisite (required_course_id);

-- Producer: both first courses need the foundation; sessions need pre-production and songwriting; artists need sessions.
-- Engineer: equipment needs the foundation; live sound and recording need equipment; troubleshooting needs both.
INSERT INTO course_prerequisite (course_id, required_course_id) VALUES
    (211, 201), (212, 201), (213, 211), (213, 212), (214, 213),
    (221, 201), (222, 221), (223, 221), (224, 222), (224, 223);

CREATE SEQUENCE learning_seq START WITH 1000 INCREMENT BY 50;

-- One row per learner and course; leaving keeps the row (and all progress) with left_at set.
CREATE TABLE enrollment (
    id          BIGINT    PRIMARY KEY,
    learner_id  BIGINT    NOT NULL REFERENCES account (id),
    course_id   BIGINT    NOT NULL REFERENCES course (id),
    enrolled_at TIMESTAMP NOT NULL,
    left_at     TIMESTAMP,
    version     BIGINT    DEFAULT 0 NOT NULL,
    CONSTRAINT enrollment_learner_course_uk UNIQUE (learner_id, course_id)
);
CREATE INDEX enrollment_course_ix ON enrollment (course_id);

-- The summary every view reads: lessons done (completed or waived) out of the course's lessons. Updated in the same
-- transaction as the lesson rows, under a row lock, so it can never disagree with them.
CREATE TABLE course_progress (
    learner_id       BIGINT    NOT NULL REFERENCES account (id),
    course_id        BIGINT    NOT NULL REFERENCES course (id),
    lessons_total    INTEGER   NOT NULL,
    lessons_done     INTEGER   NOT NULL,
    last_lesson_id   BIGINT    REFERENCES lesson (id),
    last_activity_at TIMESTAMP NOT NULL,
    completed_at     TIMESTAMP,
    version          BIGINT    DEFAULT 0 NOT NULL,
    CONSTRAINT course_progress_pk PRIMARY KEY (learner_id, course_id),
    CONSTRAINT course_progress_counts_ck CHECK (lessons_done BETWEEN 0 AND lessons_total)
);
CREATE INDEX course_progress_course_ix ON course_progress (course_id);

-- state: IN_PROGRESS (opened or attempted), COMPLETED, WAIVED (tested out). No row means not started.
CREATE TABLE lesson_progress (
    learner_id   BIGINT      NOT NULL REFERENCES account (id),
    lesson_id    BIGINT      NOT NULL REFERENCES lesson (id),
    course_id    BIGINT      NOT NULL REFERENCES course (id),
    state        VARCHAR(20) NOT NULL,
    best_score   INTEGER,
    attempts     INTEGER     DEFAULT 0 NOT NULL,
    updated_at   TIMESTAMP   NOT NULL,
    completed_at TIMESTAMP,
    version      BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT lesson_progress_pk PRIMARY KEY (learner_id, lesson_id),
    CONSTRAINT lesson_progress_state_ck CHECK (state IN ('IN_PROGRESS', 'COMPLETED', 'WAIVED'))
);
CREATE INDEX lesson_progress_course_ix ON lesson_progress (learner_id, course_id);
CREATE INDEX lesson_progress_lesson_ix ON lesson_progress (lesson_id, state);

-- Every submitted check, kept: score, pass or fail, and the chosen option ids.
CREATE TABLE check_attempt (
    id           BIGINT       PRIMARY KEY,
    learner_id   BIGINT       NOT NULL REFERENCES account (id),
    lesson_id    BIGINT       NOT NULL REFERENCES lesson (id),
    score        INTEGER      NOT NULL,
    passed       BOOLEAN      NOT NULL,
    answers      VARCHAR(2000) NOT NULL,
    attempted_at TIMESTAMP    NOT NULL
);
CREATE INDEX check_attempt_learner_ix ON check_attempt (learner_id, lesson_id, attempted_at);
CREATE INDEX check_attempt_lesson_ix ON check_attempt (lesson_id, passed);

-- The learning record: who did what to which object, with what result, when. Exported as xAPI-style statements.
CREATE TABLE learning_event (
    id          BIGINT       PRIMARY KEY,
    learner_id  BIGINT       NOT NULL REFERENCES account (id),
    verb        VARCHAR(20)  NOT NULL,  -- ENROLLED, LEFT, COMPLETED, PASSED, FAILED, WAIVED
    object_type VARCHAR(10)  NOT NULL,  -- COURSE, LESSON
    object_id   BIGINT       NOT NULL,
    result      VARCHAR(200),
    occurred_at TIMESTAMP    NOT NULL
);
CREATE INDEX learning_event_learner_ix ON learning_event (learner_id, occurred_at);
