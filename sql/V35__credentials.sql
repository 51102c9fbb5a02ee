-- Credentials (issue 18): one signed Open Badges 3.0 credential per learner and finished course or track, its
-- revocation and the learner's choice to hide it from the public page; the credentials' own audit trail; how each
-- learner wants to be named on new credentials. The signing keys are NOT here: they live in a file outside the
-- database (see README, "Credentials"), so a database dump never holds a private key. All times are UTC.

CREATE SEQUENCE credential_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE credential (
    id                BIGINT        PRIMARY KEY,
    public_id         VARCHAR(36)   NOT NULL,  -- a random UUID: the id in share links, never guessable from another
    learner_id        BIGINT        NOT NULL REFERENCES account (id),
    achievement_kind  VARCHAR(10)   NOT NULL,  -- COURSE or TRACK
    achievement_id    BIGINT        NOT NULL,  -- course.id or track.id, by kind
    achievement_slug  VARCHAR(80)   NOT NULL,
    achievement_title VARCHAR(120)  NOT NULL,  -- as it was when issued
    recipient_kind    VARCHAR(12)   NOT NULL,  -- NAME (the display name below) or EMAIL_HASH (a salted hash only)
    recipient_name    VARCHAR(80),             -- null for EMAIL_HASH
    issued_at         TIMESTAMP     NOT NULL,
    key_id            VARCHAR(64)   NOT NULL,  -- the kid of the key that signed the JWT
    jwt               VARCHAR(20000) NOT NULL, -- the signed VC-JWT, exactly as issued
    hidden            BOOLEAN       DEFAULT FALSE NOT NULL,
    revoked_at        TIMESTAMP,
    revoked_by        BIGINT        REFERENCES account (id),
    revoked_reason    VARCHAR(500),
    version           BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT credential_public_uk UNIQUE (public_id),
    -- Exactly once: retries, two tabs and re-completions can never issue a second credential for one achievement.
    CONSTRAINT credential_once_uk UNIQUE (learner_id, achievement_kind, achievement_id),
    CONSTRAINT credential_kind_ck CHECK (achievement_kind IN ('COURSE', 'TRACK')),
    CONSTRAINT credential_recipient_ck CHECK (recipient_kind IN ('NAME', 'EMAIL_HASH')),
    CONSTRAINT credential_revoked_ck CHECK ((revoked_at IS NULL AND revoked_reason IS NULL)
        OR (revoked_at IS NOT NULL AND revoked_reason IS NOT NULL))
);
CREATE INDEX credential_learner_ix ON credential (learner_id, issued_at);
CREATE INDEX credential_issued_ix ON credential (issued_at, id);

-- Who did what to a credential (issued, revoked, hidden, shown) or to the signing keys (a new key), and why.
CREATE TABLE credential_event (
    id            BIGINT       PRIMARY KEY,
    credential_id BIGINT       REFERENCES credential (id),  -- null for key events
    actor_id      BIGINT       REFERENCES account (id),     -- null when the app did it (issuing on completion)
    action        VARCHAR(20)  NOT NULL,
    detail        VARCHAR(500),
    occurred_at   TIMESTAMP    NOT NULL
);
CREATE INDEX credential_event_credential_ix ON credential_event (credential_id, occurred_at);
CREATE INDEX credential_event_time_ix ON credential_event (occurred_at, id);

-- How a learner wants to be named on credentials issued from now on. No row: by display name.
CREATE TABLE credential_holder (
    learner_id     BIGINT      PRIMARY KEY REFERENCES account (id),
    recipient_kind VARCHAR(12) NOT NULL,
    version        BIGINT      DEFAULT 0 NOT NULL,
    CONSTRAINT credential_holder_kind_ck CHECK (recipient_kind IN ('NAME', 'EMAIL_HASH'))
);

-- What learning offers this feature: the courses each learner has completed (from learning's own summary rows), so
-- credentials for completions made before this feature existed, or by a set-based recount, can be issued later.
CREATE VIEW completed_course AS
    SELECT learner_id, course_id, completed_at FROM course_progress WHERE completed_at IS NOT NULL;
