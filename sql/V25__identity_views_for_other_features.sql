-- What identity offers other features to read (issue 13: one owner per table; others read the owner's views).
-- People and their roles, never credentials. Reporting's learner list and drill-down read these, not the tables.
-- (Reporting's summary keeper still takes its per-learner row lock on account itself: H2 takes no row lock through
-- a view.)
CREATE VIEW identity_people AS
    SELECT id, display_name, email, active, created_at, last_sign_in_at FROM account;

CREATE VIEW identity_roles AS
    SELECT account_id, role FROM account_role;
