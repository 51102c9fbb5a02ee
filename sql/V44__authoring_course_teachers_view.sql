-- Issue 16 (instructors see their learners): who teaches which course (its owner and co-instructors), as authoring
-- offers it to reporting, which scopes the instructors' reports by it and reads no table of authoring's own.
CREATE VIEW authoring_course_teachers AS
SELECT course_id, account_id, role FROM course_owner;
