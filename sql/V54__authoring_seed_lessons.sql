-- Issue 17: lessons added to src/main/content/ after a database imported it (the ear-training lessons, and any later
-- ones) reach that database too. At start-up authoring's SeedImport adds a seed lesson that is missing from its
-- seeded course, once, published, at the end of the course. This table remembers, by slug, every seed lesson this
-- database ever had, so a lesson an instructor deleted (or renamed) is never brought back; its key is also where two
-- nodes starting at the same moment meet: the one that records a lesson first adds it, the other waits on the key,
-- fails, looks again and finds it recorded (as content_seed's key does for the whole import, V47).
--   how: IMPORTED with its course from src/main/content/; ADDED later by the start-up step; FOUND in the database
--        when this migration ran; GONE missing but named in the audit log (deleted or renamed before this table was)
CREATE TABLE content_seed_lesson (
    slug        VARCHAR(80) PRIMARY KEY,
    course_slug VARCHAR(80) NOT NULL,
    lesson_id   BIGINT,               -- no foreign key: the record outlives a deleted lesson
    how         VARCHAR(10) NOT NULL,
    recorded_at TIMESTAMP   NOT NULL,
    CONSTRAINT content_seed_lesson_how_ck CHECK (how IN ('IMPORTED', 'ADDED', 'FOUND', 'GONE'))
);

-- A database with its seed content: the lessons of the seeded courses (those nobody owns) are its seed lessons so far.
INSERT INTO content_seed_lesson (slug, course_slug, lesson_id, how, recorded_at)
SELECT l.slug, c.slug, l.id, 'FOUND', CURRENT_TIMESTAMP
FROM lesson l JOIN course c ON c.id = l.course_id
WHERE NOT EXISTS (SELECT 1 FROM course_owner o WHERE o.course_id = c.id)
  AND EXISTS (SELECT 1 FROM content_seed s WHERE s.source IN ('MIGRATIONS', 'MARKDOWN'));
