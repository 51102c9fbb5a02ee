-- Issue 15: a client that did not hear the answer to a check attempt (its node died, the connection broke) sends it
-- again with the same Idempotency-Key; the attempt is then answered from the stored one instead of counted twice.
-- NULL for attempts sent without a key (the lesson page, older clients): unique only where given.
ALTER TABLE check_attempt ADD COLUMN request_key VARCHAR(64);
CREATE UNIQUE INDEX check_attempt_request_key_ux ON check_attempt (learner_id, request_key);
