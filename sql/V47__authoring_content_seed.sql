-- Issue 13: courses, lessons and checks live in content/ as Markdown, and a fresh database is filled from there once,
-- at start-up, through the course import (authoring's ContentSeed). This row says that has happened. The node that
-- inserts it imports in the same transaction; a node starting at the same moment waits on the key, then finds the row
-- and imports nothing. Databases whose content came from the seed migrations as they landed (V2-V8) get it now.
CREATE TABLE content_seed (
    id        INTEGER     PRIMARY KEY,
    source    VARCHAR(20) NOT NULL, -- MIGRATIONS: the landed V2-V8; MARKDOWN: content/; EXISTING: courses were there
    seeded_at TIMESTAMP   NOT NULL,
    CONSTRAINT content_seed_one_ck CHECK (id = 1),
    CONSTRAINT content_seed_source_ck CHECK (source IN ('MIGRATIONS', 'MARKDOWN', 'EXISTING'))
);

INSERT INTO content_seed (id, source, seeded_at)
SELECT 1, 'MIGRATIONS', CURRENT_TIMESTAMP FROM course HAVING COUNT(*) > 0;
