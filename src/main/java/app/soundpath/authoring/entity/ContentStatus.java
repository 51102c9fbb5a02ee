package app.soundpath.authoring.entity;

/** Where a course or lesson stands: learners only ever see PUBLISHED ones (lessons of published courses). */
public enum ContentStatus {
    DRAFT, PUBLISHED, ARCHIVED
}
