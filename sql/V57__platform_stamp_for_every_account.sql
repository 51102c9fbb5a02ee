-- Every account has a learner stamp from now on: sign-up and the server's own accounts write one with the account
-- (platform.LearnerStamps.startFor), so a new learner's pages are kept per node from their first visit instead of
-- being read on every page until their first change. Accounts made before get theirs here.
INSERT INTO learner_stamp (learner_id, stamp)
SELECT id, 0 FROM account
WHERE id NOT IN (SELECT learner_id FROM learner_stamp);
