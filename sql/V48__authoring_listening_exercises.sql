-- Issue 17: a lesson can hold a listening exercise beside (or instead of) its written check. Its settings are columns of
-- the lesson, owned and written by the authoring feature like the rest of the lesson (a published lesson's pending
-- change lives in its draft, and "Publish" makes it live). No kind: no exercise, and the other columns are empty.
--   listening_kind      EQ, LEVEL, PANNING or FAULTS
--   listening_from/to   the rungs of the kind's difficulty ladder the exercise uses (1 is the easiest)
--   listening_items     items in one round of practice
--   listening_pass      the accuracy (%) needed over the last listening_window answers to pass
ALTER TABLE lesson ADD COLUMN listening_kind VARCHAR(10);
ALTER TABLE lesson ADD COLUMN listening_from INTEGER;
ALTER TABLE lesson ADD COLUMN listening_to INTEGER;
ALTER TABLE lesson ADD COLUMN listening_items INTEGER;
ALTER TABLE lesson ADD COLUMN listening_pass INTEGER;
ALTER TABLE lesson ADD COLUMN listening_window INTEGER;
ALTER TABLE lesson ADD CONSTRAINT lesson_listening_ck CHECK (
    (listening_kind IS NULL AND listening_from IS NULL AND listening_to IS NULL AND listening_items IS NULL
        AND listening_pass IS NULL AND listening_window IS NULL)
    OR (listening_kind IN ('EQ', 'LEVEL', 'PANNING', 'FAULTS')
        AND listening_from BETWEEN 1 AND 5 AND listening_to BETWEEN listening_from AND 5
        AND listening_items BETWEEN 3 AND 50 AND listening_pass BETWEEN 50 AND 100
        AND listening_window BETWEEN 3 AND listening_items));

-- What learners may see of it: the exercises of published lessons (the same rule as every view of V41).
CREATE VIEW published_listening_exercises AS
    SELECT l.id AS lesson_id, l.listening_kind AS kind, l.listening_from AS level_from, l.listening_to AS level_to,
           l.listening_items AS items, l.listening_pass AS pass_accuracy, l.listening_window AS pass_window
    FROM lesson l JOIN published_lessons p ON p.id = l.id
    WHERE l.listening_kind IS NOT NULL;
