-- What the catalogue offers other features to read in SQL (issue 13): tracks, courses, lessons and which course
-- sits in which track, with their status, without the text bodies.
CREATE VIEW catalog_tracks AS
    SELECT id, slug, title, position FROM track;

CREATE VIEW catalog_courses AS
    SELECT id, slug, title, foundation, status FROM course;

CREATE VIEW catalog_lessons AS
    SELECT id, course_id, slug, title, minutes, position, status, required, pass_mark FROM lesson;

CREATE VIEW catalog_track_courses AS
    SELECT track_id, course_id, position FROM track_course;
