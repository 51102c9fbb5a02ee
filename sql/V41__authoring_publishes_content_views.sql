-- One owner per table (issue 13). The authoring feature owns the content tables (course, lesson, track_course,
-- skill, skill_track, lesson_skill, course_prerequisite, check_question, check_option, course_owner): it is the
-- only feature that maps and writes them. What learners may see is declared here, by the owner, as read-only
-- views of PUBLISHED content; the catalog feature maps these views, never the tables. A draft or archived course
-- or lesson is simply absent from every view, so no reader can forget the status filter.

CREATE VIEW published_courses AS
    SELECT id, slug, title, summary, foundation FROM course WHERE status = 'PUBLISHED';

-- A prerequisite counts only while both courses are published (an archived prerequisite locks nothing).
CREATE VIEW published_course_prerequisites AS
    SELECT p.course_id, p.required_course_id
    FROM course_prerequisite p
    JOIN course c ON c.id = p.course_id
    JOIN course r ON r.id = p.required_course_id
    WHERE c.status = 'PUBLISHED' AND r.status = 'PUBLISHED';

CREATE VIEW published_track_courses AS
    SELECT tc.track_id, tc.course_id, tc.position
    FROM track_course tc JOIN course c ON c.id = tc.course_id
    WHERE c.status = 'PUBLISHED';

-- Published lessons of published courses. A published lesson with a pending draft shows its live columns; the
-- draft (lesson.draft) is not in the view.
CREATE VIEW published_lessons AS
    SELECT l.id, l.course_id, l.slug, l.title, l.summary, l.body_md, l.minutes, l.position, l.pass_mark, l.required
    FROM lesson l JOIN course c ON c.id = l.course_id
    WHERE l.status = 'PUBLISHED' AND c.status = 'PUBLISHED';

CREATE VIEW published_lesson_skills AS
    SELECT ls.lesson_id, ls.skill_id
    FROM lesson_skill ls JOIN published_lessons l ON l.id = ls.lesson_id;

-- Skills have no draft state: every skill is part of the published skill map.
CREATE VIEW published_skills AS
    SELECT id, slug, name, description FROM skill;

CREATE VIEW published_skill_tracks AS
    SELECT skill_id, track_id FROM skill_track;

CREATE VIEW published_check_questions AS
    SELECT q.id, q.lesson_id, q.position, q.kind, q.prompt, q.explanation
    FROM check_question q JOIN published_lessons l ON l.id = q.lesson_id;

CREATE VIEW published_check_options AS
    SELECT o.id, o.question_id, o.position, o.label, o.correct
    FROM check_option o JOIN published_check_questions q ON q.id = o.question_id;
