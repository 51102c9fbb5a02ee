package app.soundpath.authoring.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Someone who may change a course besides admins: its OWNER (who created it) or a CO_OWNER the owner added. */
@Entity
@Table(name = "course_owner")
@IdClass(CourseOwner.Key.class)
@NamedQuery(name = CourseOwner.OF_ACCOUNT, query = "SELECT o FROM CourseOwner o WHERE o.accountId = :account")
@NamedQuery(name = CourseOwner.OF_COURSE, query = "SELECT o FROM CourseOwner o WHERE o.courseId = :course ORDER BY o.addedAt")
public class CourseOwner {

    public static final String OF_COURSE = "CourseOwner.ofCourse";
    public static final String OF_ACCOUNT = "CourseOwner.ofAccount";

    @Schema(name = "OwnerRole")
    public enum Role { OWNER, CO_OWNER }

    /** The composite key: course id and account id. */
    public record Key(Long courseId, Long accountId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "course_id")
    private Long courseId;

    @Id
    @Column(name = "account_id")
    private Long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Role role;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CourseOwner() {
    }

    public CourseOwner(Long courseId, Long accountId, Role role, Instant now) {
        this.courseId = courseId;
        this.accountId = accountId;
        this.role = role;
        this.addedAt = now;
    }

    public Long getCourseId() { return courseId; }
    public Long getAccountId() { return accountId; }
    public Role getRole() { return role; }
}
