-- The track-fit questionnaire as versioned content. A published version is never edited: a change is a new
-- questionnaire version, so every stored result can be explained by the exact questions it answered.
-- (Attempts, results and overrides get their own tables with the assessment pages.)

CREATE TABLE questionnaire (
    id           BIGINT       PRIMARY KEY,
    version      INTEGER      NOT NULL,
    title        VARCHAR(120) NOT NULL,
    published_on DATE         NOT NULL,
    CONSTRAINT questionnaire_version_uk UNIQUE (version)
);

-- block: A interests (1-5, keyed to a side), B self-rating (1-5, keyed to a side), C scenarios (options keyed to
-- sides), D knowledge (one right option; never used to pick the track), T tie-breakers (two options, one per side).
CREATE TABLE assessment_item (
    id               BIGINT        PRIMARY KEY,
    questionnaire_id BIGINT        NOT NULL REFERENCES questionnaire (id),
    block            VARCHAR(1)    NOT NULL,
    position         INTEGER       NOT NULL,
    prompt           VARCHAR(1000) NOT NULL,
    side             VARCHAR(10),              -- A and B only: PRODUCER or ENGINEER
    topic            VARCHAR(120)  NOT NULL,   -- what the item is about, shown in "why" explanations
    CONSTRAINT assessment_item_block_ck CHECK (block IN ('A', 'B', 'C', 'D', 'T')),
    CONSTRAINT assessment_item_side_ck CHECK (side IS NULL OR side IN ('PRODUCER', 'ENGINEER')),
    CONSTRAINT assessment_item_position_uk UNIQUE (questionnaire_id, block, position)
);

CREATE TABLE assessment_option (
    id       BIGINT       PRIMARY KEY,
    item_id  BIGINT       NOT NULL REFERENCES assessment_item (id),
    position INTEGER      NOT NULL,
    label    VARCHAR(500) NOT NULL,
    side     VARCHAR(10),                -- C and T: the side this reaction points to
    correct  BOOLEAN      DEFAULT FALSE NOT NULL, -- D: the right answer
    CONSTRAINT assessment_option_side_ck CHECK (side IS NULL OR side IN ('PRODUCER', 'ENGINEER')),
    CONSTRAINT assessment_option_position_uk UNIQUE (item_id, position)
);
