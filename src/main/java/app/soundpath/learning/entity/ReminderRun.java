package app.soundpath.learning.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The weekly reminders of one ISO week were prepared: its key makes that happen once in all, on any node. */
@Entity
@Cacheable(false)
@Table(name = "reminder_run")
public class ReminderRun {

    @Id
    @Column(length = 10)
    private String week;

    @Column(name = "prepared_at", nullable = false)
    private Instant preparedAt;

    @Column(nullable = false)
    private int messages;

    protected ReminderRun() {
    }

    public ReminderRun(String week, Instant preparedAt) {
        this.week = week;
        this.preparedAt = preparedAt;
    }

    public void prepared(int count) {
        this.messages = count;
    }

    public String getWeek() { return week; }
    public int getMessages() { return messages; }
}
