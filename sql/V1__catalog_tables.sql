-- The catalog: tracks (careers), courses, lessons and skills, plus the career facts shown on the track and
-- compare pages. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

-- One sequence for all catalog rows. Seed rows use ids below 10000; INCREMENT BY must equal the entities'
-- allocationSize (50) so EclipseLink's preallocation and the database agree.
CREATE SEQUENCE catalog_seq START WITH 10000 INCREMENT BY 50;

CREATE TABLE track (
    id          BIGINT       PRIMARY KEY,
    slug        VARCHAR(80)  NOT NULL,
    title       VARCHAR(120) NOT NULL,   -- "Music producer"
    tagline     VARCHAR(300) NOT NULL,   -- one sentence under the title
    overview_md VARCHAR(20000) NOT NULL, -- what the job is (Markdown)
    week_md     VARCHAR(20000) NOT NULL, -- what a working week looks like (Markdown)
    position    INTEGER      NOT NULL,
    version     BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT track_slug_uk UNIQUE (slug)
);

CREATE TABLE course (
    id         BIGINT        PRIMARY KEY,
    slug       VARCHAR(80)   NOT NULL,
    title      VARCHAR(120)  NOT NULL,
    summary    VARCHAR(1000) NOT NULL,
    foundation BOOLEAN       DEFAULT FALSE NOT NULL, -- shared by both careers
    version    BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT course_slug_uk UNIQUE (slug)
);

-- A course can sit in more than one track (the shared foundation course sits in both); position orders it there.
CREATE TABLE track_course (
    track_id  BIGINT  NOT NULL REFERENCES track (id),
    course_id BIGINT  NOT NULL REFERENCES course (id),
    position  INTEGER NOT NULL,
    CONSTRAINT track_course_pk PRIMARY KEY (track_id, course_id)
);
CREATE INDEX track_course_course_ix ON track_course (course_id);

CREATE TABLE lesson (
    id        BIGINT          PRIMARY KEY,
    course_id BIGINT          NOT NULL REFERENCES course (id),
    slug      VARCHAR(80)     NOT NULL,
    title     VARCHAR(120)    NOT NULL,
    summary   VARCHAR(500)    NOT NULL,
    body_md   VARCHAR(200000) NOT NULL, -- Markdown; rendered and sanitised on the way out
    minutes   INTEGER         NOT NULL,
    position  INTEGER         NOT NULL,
    version   BIGINT          DEFAULT 0 NOT NULL,
    CONSTRAINT lesson_slug_uk UNIQUE (slug),
    CONSTRAINT lesson_minutes_ck CHECK (minutes BETWEEN 1 AND 600)
);
CREATE INDEX lesson_course_ix ON lesson (course_id, position);

-- The shared skill map: one skill row, whichever tracks need it.
CREATE TABLE skill (
    id          BIGINT        PRIMARY KEY,
    slug        VARCHAR(80)   NOT NULL,
    name        VARCHAR(120)  NOT NULL,
    description VARCHAR(1000) NOT NULL,
    version     BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT skill_slug_uk UNIQUE (slug)
);

CREATE TABLE skill_track (
    skill_id BIGINT NOT NULL REFERENCES skill (id),
    track_id BIGINT NOT NULL REFERENCES track (id),
    CONSTRAINT skill_track_pk PRIMARY KEY (skill_id, track_id)
);
CREATE INDEX skill_track_track_ix ON skill_track (track_id);

CREATE TABLE lesson_skill (
    lesson_id BIGINT NOT NULL REFERENCES lesson (id),
    skill_id  BIGINT NOT NULL REFERENCES skill (id),
    CONSTRAINT lesson_skill_pk PRIMARY KEY (lesson_id, skill_id)
);
CREATE INDEX lesson_skill_skill_ix ON lesson_skill (skill_id);

-- Career facts shown on the track and compare pages, kept in order per track and kind.
-- kind: RESPONSIBILITY, WORKPLACE (where they work), CAREER_PATH, FIT (signs this career suits you)
CREATE TABLE track_fact (
    id       BIGINT        PRIMARY KEY,
    track_id BIGINT        NOT NULL REFERENCES track (id),
    kind     VARCHAR(20)   NOT NULL,
    position INTEGER       NOT NULL,
    title    VARCHAR(120)  NOT NULL,
    body     VARCHAR(1000) NOT NULL,
    CONSTRAINT track_fact_kind_ck CHECK (kind IN ('RESPONSIBILITY', 'WORKPLACE', 'CAREER_PATH', 'FIT'))
);
CREATE INDEX track_fact_track_ix ON track_fact (track_id, kind, position);

-- Pay as a source reported it: always shown with the source and the date we recorded it, never as current fact.
CREATE TABLE salary_figure (
    id          BIGINT        PRIMARY KEY,
    track_id    BIGINT        NOT NULL REFERENCES track (id),
    position    INTEGER       NOT NULL,
    measure     VARCHAR(120)  NOT NULL, -- "Median annual salary"
    amount_low  INTEGER       NOT NULL, -- whole US dollars
    amount_high INTEGER,                -- null for a single figure
    currency    VARCHAR(3)    NOT NULL,
    region      VARCHAR(80)   NOT NULL,
    source      VARCHAR(300)  NOT NULL,
    source_note VARCHAR(500)  NOT NULL, -- what the source says about the figure's age or basis
    recorded_on DATE          NOT NULL  -- when Soundpath took the figure from the source
);
CREATE INDEX salary_figure_track_ix ON salary_figure (track_id, position);
