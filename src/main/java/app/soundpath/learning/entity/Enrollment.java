package app.soundpath.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A learner's enrolment in a course. Leaving keeps the row and the progress; enrolling again resumes it. */
@Entity
@Table(name = "enrollment")
@NamedQuery(name = Enrollment.ONE, query = "SELECT e FROM Enrollment e WHERE e.learnerId = :learner AND e.courseId = :course")
@NamedQuery(name = Enrollment.ACTIVE_PER_COURSE, query = "SELECT e.courseId, COUNT(e) FROM Enrollment e"
        + " WHERE e.courseId IN :courses AND e.leftAt IS NULL GROUP BY e.courseId")
@NamedQuery(name = Enrollment.COUNT_OF_COURSE, query = "SELECT COUNT(e) FROM Enrollment e WHERE e.courseId = :course")
public class Enrollment {

    public static final String ACTIVE_PER_COURSE = "Enrollment.activePerCourse";
    public static final String COUNT_OF_COURSE = "Enrollment.countOfCourse";
    public static final String ONE = "Enrollment.one";

    @Id
    @SequenceGenerator(name = "learning_seq", sequenceName = "learning_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_seq")
    private Long id;

    @Column(name = "learner_id", nullable = false)
    private Long learnerId;

    @Column(name = "course_id", nullable = false)
    private Long courseId;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;

    @Column(name = "left_at")
    private Instant leftAt;

    @Version
    private long version;

    protected Enrollment() {
    }

    public Enrollment(Long learnerId, Long courseId, Instant now) {
        this.learnerId = learnerId;
        this.courseId = courseId;
        this.enrolledAt = now;
    }

    public boolean isActive() {
        return leftAt == null;
    }

    /** Returns true when something changed. */
    public boolean rejoin(Instant now) {
        if (leftAt == null) {
            return false;
        }
        leftAt = null;
        enrolledAt = now;
        return true;
    }

    public boolean leave(Instant now) {
        if (leftAt != null) {
            return false;
        }
        leftAt = now;
        return true;
    }

    public Long getCourseId() { return courseId; }
    public Long getLearnerId() { return learnerId; }
    public Instant getEnrolledAt() { return enrolledAt; }
}
