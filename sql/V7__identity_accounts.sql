-- Identity: accounts and their roles, sign-in throttling, one-time password-reset links and the security log.
-- All times are UTC.

CREATE SEQUENCE identity_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE account (
    id              BIGINT       PRIMARY KEY,
    email           VARCHAR(254) NOT NULL,  -- normalised: trimmed and lower-case
    display_name    VARCHAR(80)  NOT NULL,
    password_hash   VARCHAR(300) NOT NULL,  -- self-describing: pbkdf2-sha256$<iterations>$<salt>$<hash>
    active          BOOLEAN      DEFAULT TRUE NOT NULL,
    created_at      TIMESTAMP    NOT NULL,
    last_sign_in_at TIMESTAMP,
    version         BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT account_email_uk UNIQUE (email)
);
CREATE INDEX account_name_ix ON account (display_name);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL REFERENCES account (id),
    role       VARCHAR(20) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_ck CHECK (role IN ('LEARNER', 'INSTRUCTOR', 'ADMIN'))
);
CREATE INDEX account_role_role_ix ON account_role (role);

-- Failed sign-ins per subject: 'account:<email>' or 'address:<client address>'. Cleared by a good sign-in.
CREATE TABLE sign_in_throttle (
    subject         VARCHAR(300) PRIMARY KEY,
    failures        INTEGER      NOT NULL,
    last_failure_at TIMESTAMP    NOT NULL,
    version         BIGINT       DEFAULT 0 NOT NULL
);

-- A reset link is shown once to the admin who issued it; only the SHA-256 of its token is kept.
CREATE TABLE password_reset (
    id          BIGINT      PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    token_hash  VARCHAR(64) NOT NULL,
    created_by  BIGINT      NOT NULL REFERENCES account (id),
    created_at  TIMESTAMP   NOT NULL,
    expires_at  TIMESTAMP   NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT password_reset_token_uk UNIQUE (token_hash)
);
CREATE INDEX password_reset_account_ix ON password_reset (account_id);

-- Who did what to which account, when and from where. Written in the same transaction as the change.
CREATE TABLE security_event (
    id            BIGINT       PRIMARY KEY,
    occurred_at   TIMESTAMP    NOT NULL,
    kind          VARCHAR(30)  NOT NULL,
    actor_id      BIGINT,                -- the signed-in person who acted; null when nobody was signed in
    subject_id    BIGINT,                -- the account concerned, when there is one
    subject_email VARCHAR(254),          -- the address concerned (as typed, for failed sign-ins)
    address       VARCHAR(64)  NOT NULL, -- the client's network address
    detail        VARCHAR(500)
);
CREATE INDEX security_event_time_ix ON security_event (occurred_at);
CREATE INDEX security_event_subject_ix ON security_event (subject_id, occurred_at);
