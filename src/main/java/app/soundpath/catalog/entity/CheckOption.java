package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer option of a check question. */
// Not in the shared cache: the authoring feature writes these rows through its own entities, and a cached
// copy here would show learners stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "check_option")
public class CheckOption {

    @Id
    private Long id;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 500)
    private String label;

    @Column(nullable = false)
    private boolean correct;

    protected CheckOption() {
    }

    public Long getId() { return id; }
    public int getPosition() { return position; }
    public String getLabel() { return label; }
    public boolean isCorrect() { return correct; }
}
