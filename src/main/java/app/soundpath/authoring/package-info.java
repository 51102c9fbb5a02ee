/**
 * Instructors' side at /author: courses, lessons, check questions and skills; drafts, preview, publishing and
 * archiving; ordering; co-instructors; the audit log (/admin/audit); the authoring REST API and course documents.
 * Writes the catalog's tables through its own entities (the catalog reads published rows only).
 */
package app.soundpath.authoring;
