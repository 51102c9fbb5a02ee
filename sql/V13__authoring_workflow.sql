-- Authoring (issue 6): content status (draft / published / archived), optional lessons, draft revisions of
-- published lessons, course owners and the authoring audit log. Portable SQL: runs unchanged on H2 2.2 and
-- PostgreSQL 15. V12 is taken by the assessment work on main.

-- Ids of everything authored in the app. Seed rows use small ids, and the seeded check questions and options
-- use ids up to the hundreds of thousands, so authored rows start well above them. INCREMENT BY equals the
-- entities' allocationSize (50).
CREATE SEQUENCE authoring_seq START WITH 5000000 INCREMENT BY 50;

-- Learners only ever see PUBLISHED courses and lessons (of PUBLISHED courses). Seed content is published.
ALTER TABLE course ADD COLUMN status VARCHAR(10) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE course ADD CONSTRAINT course_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'));
ALTER TABLE course ADD COLUMN updated_at TIMESTAMP;  -- last edit in the app; null for untouched seed content
CREATE INDEX course_status_ix ON course (status);

ALTER TABLE lesson ADD COLUMN status VARCHAR(10) DEFAULT 'PUBLISHED' NOT NULL;
ALTER TABLE lesson ADD CONSTRAINT lesson_status_ck CHECK (status IN ('DRAFT', 'PUBLISHED', 'ARCHIVED'));
-- Optional lessons can be studied but do not count towards completing the course.
ALTER TABLE lesson ADD COLUMN required BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE lesson ADD COLUMN updated_at TIMESTAMP;
-- The working revision of a PUBLISHED lesson (JSON: text, settings, skills and check), null when there is none.
-- "Publish" copies it over the live columns and rows; "Discard draft" clears it. Never shown to learners.
ALTER TABLE lesson ADD COLUMN draft VARCHAR(1000000);

ALTER TABLE skill ADD COLUMN updated_at TIMESTAMP;

-- Who may change a course besides admins: its owner (who created it) and the co-instructors the owner adds.
-- Seed content has no owner: admins look after it.
CREATE TABLE course_owner (
    course_id  BIGINT      NOT NULL REFERENCES course (id),
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(10) NOT NULL,
    added_at   TIMESTAMP   NOT NULL,
    CONSTRAINT course_owner_pk PRIMARY KEY (course_id, account_id),
    CONSTRAINT course_owner_role_ck CHECK (role IN ('OWNER', 'CO_OWNER'))
);
CREATE INDEX course_owner_account_ix ON course_owner (account_id);

-- Every create, edit, publish, archive, reorder ... of content: who, what, when, a before / after summary.
-- Written in the same transaction as the change. No foreign key to the object: a deleted draft keeps its history.
CREATE TABLE audit_entry (
    id          BIGINT        PRIMARY KEY,
    occurred_at TIMESTAMP     NOT NULL,
    actor_id    BIGINT        NOT NULL REFERENCES account (id),
    action      VARCHAR(20)   NOT NULL,
    object_type VARCHAR(10)   NOT NULL,  -- COURSE, LESSON, SKILL, TRACK
    object_id   BIGINT        NOT NULL,
    course_id   BIGINT,                  -- the course concerned, for filtering; null for skills and tracks
    title       VARCHAR(200)  NOT NULL,  -- the object's title at the time
    before_text VARCHAR(2000),
    after_text  VARCHAR(2000)
);
CREATE INDEX audit_entry_time_ix ON audit_entry (occurred_at);
CREATE INDEX audit_entry_object_ix ON audit_entry (object_type, object_id);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor_id, occurred_at);
CREATE INDEX audit_entry_course_ix ON audit_entry (course_id, occurred_at);
