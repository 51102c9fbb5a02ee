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
 */
package app.soundpath.authoring;
