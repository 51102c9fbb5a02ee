package app.soundpath.platform;

/**
 * Content that learners may see has changed (a course, lesson, check or skill was created, edited, published,
 * archived, reordered, imported or deleted). Fired by the authoring feature inside the transaction of the change;
 * the catalog observes it after a successful commit and drops its snapshot of published content, so the next
 * request reads the new content, before the publishing request has even returned.
 *
 * @param courseId the course concerned, or null for a change outside one course (a skill)
 */
public record ContentChanged(Long courseId) {
}
