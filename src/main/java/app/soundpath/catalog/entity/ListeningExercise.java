package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The listening exercise of a published lesson (issue 17): its kind, the rungs of its ladder, the pass rule. */
// A mapping of a read-only view the authoring feature (the owner of the lesson table) declares in sql/V48. Not in the
// shared cache, for the same reason as the other published views: authoring writes the rows underneath.
@Cacheable(false)
@Entity
@Table(name = "published_listening_exercises")
@NamedQuery(name = ListeningExercise.ALL, query = "SELECT e FROM ListeningExercise e")
public class ListeningExercise {

    public static final String ALL = "ListeningExercise.all";

    @Id
    @Column(name = "lesson_id")
    private Long lessonId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private ListeningKind kind;

    @Column(name = "level_from", nullable = false)
    private int levelFrom;

    @Column(name = "level_to", nullable = false)
    private int levelTo;

    @Column(nullable = false)
    private int items;

    @Column(name = "pass_accuracy", nullable = false)
    private int passAccuracy;

    @Column(name = "pass_window", nullable = false)
    private int passWindow;

    protected ListeningExercise() {
    }

    public ListeningExerciseView view() {
        return new ListeningExerciseView(lessonId, kind, levelFrom, levelTo, items, passAccuracy, passWindow);
    }
}
