package app.soundpath.assessment.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A published questionnaire version. Never edited: a change is a new version. */
@Entity
@Table(name = "questionnaire")
@NamedQuery(name = Questionnaire.LATEST, query = "SELECT q FROM Questionnaire q ORDER BY q.version DESC")
public class Questionnaire {

    public static final String LATEST = "Questionnaire.latest";

    @Id
    private Long id;

    @Column(nullable = false, unique = true)
    private int version;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(name = "published_on", nullable = false)
    private LocalDate publishedOn;

    protected Questionnaire() {
    }

    public Long getId() { return id; }
    public int getVersion() { return version; }
    public String getTitle() { return title; }
    public LocalDate getPublishedOn() { return publishedOn; }
}
