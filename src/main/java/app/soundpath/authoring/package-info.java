/**
 * Instructors' side at /author: courses, lessons, check questions and skills; drafts, preview, publishing and
 * archiving; ordering; co-instructors; the audit log (/admin/audit); the authoring REST API and course documents.
 * Writes the catalog's tables through its own entities (the catalog reads published rows only).
 * <p>
 * {@code AuthoringService} is the editing façade; its rules are pure {@code control} classes tested without a
 * server: {@code ContentRules} (validation), {@code PrerequisiteGraph} (cycle search), {@code CourseExchange} (the
 * course document both ways, with slug de-duplication), {@code AuditText} (what an audit entry shows). The audit
 * log's search is a separate read boundary, {@code AuditLogService}. Lessons created or deleted are announced as
 * {@code LessonAdded} / {@code LessonRemoving} events, so reporting keeps its per-lesson figures itself.
 * <p>
 * The course content a fresh database starts with lives in the repository's {@code content/} folder as Markdown, one
 * file per lesson: {@code ContentSeed} reads it at start-up ({@code CourseMarkdown} turns the files into course
 * documents) and {@code SeedImport} imports it once per database, by the course import's rules, guarded by the
 * {@code content_seed} row so that nodes starting together import it once between them.
 */
package app.soundpath.authoring;
