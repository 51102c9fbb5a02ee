package app.soundpath.authoring.entity;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The values the authoring service hands to pages and the REST API (no entities leave the service). */
public final class Views {

    private Views() {
    }

    /** A line of "my courses". */
    public record CourseRow(Long id, String slug, String title, ContentStatus status, Instant updatedAt, int lessons,
                            long learners, String role) {
    }

    /** What a course form sends: tracks by slug, prerequisites by course id. */
    public record CourseInput(String title, String slug, String summary, List<String> tracks, List<Long> prerequisites) {
        public CourseInput {
            tracks = tracks == null ? List.of() : List.copyOf(tracks);
            prerequisites = prerequisites == null ? List.of() : List.copyOf(prerequisites);
        }
    }

    /** One course in the editor: its settings, lessons in order, owners, and what can be chosen. */
    public record CourseEdit(Long id, long version, CourseInput values, ContentStatus status, Instant updatedAt,
                             long learners, List<LessonRow> lessons, List<Owner> owners, boolean canManageOwners) {
    }

    /** A lesson line of the course editor. */
    public record LessonRow(Long id, String slug, String title, ContentStatus status, boolean draft, boolean required,
                            int minutes, int position) {
    }

    /** An owner or co-owner of a course. */
    public record Owner(Long accountId, String name, String email, String role) {
    }

    /** A lesson in the editor: the working content (the draft revision when there is one) and the live one. */
    public record LessonEdit(Long id, long version, Long courseId, String courseTitle, String courseSlug,
                             ContentStatus courseStatus, ContentStatus status, boolean hasDraft,
                             LessonContent content, LessonContent live) {
    }

    /** What a skill form sends. */
    public record SkillInput(String name, String slug, String description, List<String> tracks) {
        public SkillInput {
            tracks = tracks == null ? List.of() : List.copyOf(tracks);
        }
    }

    /** A skill as the editor and the API show it. */
    @Schema(name = "AuthorSkill")
    public record SkillView(Long id, long version, String slug, String name, String description, List<String> tracks) {
    }

    /** A choice in a form: the value sent and the label shown. */
    public record Choice(String value, String label) {
    }

    /** A track's courses in order, for reordering. */
    public record TrackOrder(String slug, String title, List<CourseRow> courses) {
    }

    /** An audit log line, with the actor's name. */
    public record AuditView(Long id, Instant occurredAt, Long actorId, String actorName, String action,
                            String objectType, Long objectId, Long courseId, String title, String before,
                            String after) {
    }

    /** What the audit log is filtered by; null means any. */
    public record AuditFilter(AuditEntry.Action action, AuditEntry.ObjectType objectType, Long courseId) {
    }

    /** One page of the audit log, newest first, and the id to continue before (null on the last page). */
    public record AuditPage(List<AuditView> rows, Long next) {
    }
}
