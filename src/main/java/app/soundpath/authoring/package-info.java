/**
 * Instructors' side at /author: courses, lessons, check questions and skills; drafts, preview, publishing and
 * archiving; ordering; co-instructors; the audit log (/admin/audit); the authoring REST API and course documents.
 * <p>
 * <b>Owner of the content tables (issue 13):</b> {@code course}, {@code lesson}, {@code track_course}, {@code skill},
 * {@code skill_track}, {@code lesson_skill}, {@code course_prerequisite}, {@code check_question},
 * {@code check_option}, {@code course_owner} and {@code audit_entry} are mapped and written here and nowhere else.
 * Learners' features read published content only, through the views this feature declares in migration V41
 * ({@code published_courses}, {@code published_lessons}, ...), which the catalog maps read-only. Authoring owns them
 * because every write needs its rules (drafts, validation, permissions, versions, audit); see the catalog's
 * package description for the other half of the decision.
 * <p>
 * The boundary has one service per thing an instructor edits, each a few hundred lines at most:
 * {@code AuthoringService} (courses, owners, track order), {@code LessonEditing} (lessons, drafts and checks),
 * {@code SkillEditing} (the skill map) and {@code CourseTransfer} (course documents out and in), sharing
 * {@code Changes} (who may change what, versions, the audit entry). Their rules are pure {@code control} classes
 * tested without a server: {@code ContentRules} (validation), {@code PrerequisiteGraph} (cycle search), {@code CourseExchange} (the
 * course document both ways, with slug de-duplication), {@code AuditText} (what an audit entry shows). The audit
 * log's search is a separate read boundary, {@code AuditLogService}. Lessons created or deleted are announced as
 * {@code LessonAdded} / {@code LessonRemoving} events, so reporting keeps its per-lesson figures itself.
 * <p>
 * A lesson's listening exercise (issue 17) is part of its content ({@code ListeningSettings} in {@code LessonContent}):
 * columns of {@code lesson} (V48), drafted, published, audited, exported and imported with the rest, checked by
 * {@code ContentRules}, and written as a {@code listening:} line in a lesson's Markdown.
 * <p>
 * The course content a fresh database starts with lives in the repository's {@code src/main/content/} folder as Markdown, one
 * file per lesson: {@code ContentSeed} reads it at start-up ({@code CourseMarkdown} turns the files into course
 * documents) and {@code SeedImport} imports it once per database, by the course import's rules, guarded by the
 * {@code content_seed} row so that nodes starting together import it once between them.
 */
package app.soundpath.authoring;
