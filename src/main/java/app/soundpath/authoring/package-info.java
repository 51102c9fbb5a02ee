/**
 * Instructors' side at /author: the courses they look after (editing, drafts and publishing come with it).
 */
package app.soundpath.authoring;
