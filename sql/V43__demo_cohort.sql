-- Demo mode (issue 16): the generated cohort a fresh demo database gets on its first start. One row, written in the
-- same transaction as the cohort: its primary key is the guard that makes the cohort happen once, also when two
-- nodes start together (the second node's insert waits for the first's commit, then fails on the key and skips).
CREATE TABLE demo_cohort (
    id             INTEGER   PRIMARY KEY,
    learners       INTEGER   NOT NULL,  -- how many were generated (0: the database held generated learners already)
    seed           BIGINT    NOT NULL,
    reference_time TIMESTAMP NOT NULL,  -- "today" of the plan: nothing in it happens later
    filled_at      TIMESTAMP NOT NULL,
    CONSTRAINT demo_cohort_one_row_ck CHECK (id = 1)
);
