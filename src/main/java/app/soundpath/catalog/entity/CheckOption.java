package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer option of a check question. */
// A mapping of a read-only view the authoring feature (the owner of the table) declares in sql/V41. Not in the
// shared cache: authoring writes the rows underneath, and a cached copy would show stale content after a publish.
@Cacheable(false)
@Entity
@Table(name = "published_check_options")
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
