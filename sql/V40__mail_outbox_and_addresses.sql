-- Email (issue 19): an outbox written in the same transaction as the change that causes a message, confirmed
-- addresses, self-service reset links, weekly reminders. All times are UTC.

-- Mail: every message waits here until the sender has handed it to the SMTP server (state SENT). A message that
-- keeps failing is marked FAILED and shown to admins at /admin/outbox. Without SMTP configured nothing is sent
-- and admins read the messages there.
CREATE SEQUENCE mail_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE outbox (
    id              BIGINT        PRIMARY KEY,
    created_at      TIMESTAMP     NOT NULL,
    kind            VARCHAR(30)   NOT NULL,  -- RESET, CONFIRM, ADDRESS_CHANGED, REMINDER ...
    recipient       VARCHAR(254)  NOT NULL,
    subject         VARCHAR(200)  NOT NULL,
    text_body       VARCHAR(20000) NOT NULL,
    html_body       VARCHAR(40000) NOT NULL,
    unsubscribe_url VARCHAR(500),            -- sent as List-Unsubscribe when present
    state           VARCHAR(10)   NOT NULL,  -- PENDING, SENDING, SENT, FAILED
    attempts        INTEGER       DEFAULT 0 NOT NULL,
    next_attempt_at TIMESTAMP     NOT NULL,
    claimed_at      TIMESTAMP,               -- when a sender took it (a claim older than 10 minutes is retried)
    sent_at         TIMESTAMP,
    last_error      VARCHAR(500),
    version         BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT outbox_state_ck CHECK (state IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
CREATE INDEX outbox_due_ix ON outbox (state, next_attempt_at);
CREATE INDEX outbox_created_ix ON outbox (created_at);

-- Identity: confirmed addresses, the reminder choice, and a number that ends every session when it goes up.
ALTER TABLE account ADD COLUMN email_confirmed_at TIMESTAMP;
ALTER TABLE account ADD COLUMN session_epoch INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN reminders VARCHAR(10) DEFAULT 'NOT_ASKED' NOT NULL;  -- NOT_ASKED, WEEKLY, NONE
ALTER TABLE account ADD COLUMN unsubscribe_token VARCHAR(43);
-- Accounts made before addresses were confirmed keep working without a banner: they were checked by an admin
-- or used for sign-in already.
UPDATE account SET email_confirmed_at = created_at;

-- Reset links can now be asked for by the person themselves: then nobody "created" them.
ALTER TABLE password_reset ALTER COLUMN created_by DROP NOT NULL;

-- A link sent to an address to confirm it: at sign-up, or before it replaces the account's address.
CREATE TABLE address_confirmation (
    id          BIGINT       PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    email       VARCHAR(254) NOT NULL,
    token_hash  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    expires_at  TIMESTAMP    NOT NULL,
    used_at     TIMESTAMP,
    CONSTRAINT address_confirmation_token_uk UNIQUE (token_hash)
);
CREATE INDEX address_confirmation_account_ix ON address_confirmation (account_id);

-- Requests for reset links and confirmation mails, per address and per client, for throttling.
CREATE TABLE mail_request (
    id           BIGINT       PRIMARY KEY,
    subject      VARCHAR(300) NOT NULL,  -- 'email:<address>' or 'client:<network address>'
    requested_at TIMESTAMP    NOT NULL
);
CREATE INDEX mail_request_subject_ix ON mail_request (subject, requested_at);

-- One row per week the reminders were prepared: the primary key makes it once in all, however many nodes run.
CREATE TABLE reminder_run (
    week        VARCHAR(10) PRIMARY KEY,  -- ISO week, e.g. 2026-W49
    prepared_at TIMESTAMP   NOT NULL,
    messages    INTEGER     NOT NULL
);
CREATE UNIQUE INDEX account_unsubscribe_uk ON account (unsubscribe_token);
