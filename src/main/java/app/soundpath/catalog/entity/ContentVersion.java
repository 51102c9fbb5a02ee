package app.soundpath.catalog.entity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.eclipse.persistence.annotations.Cache;
import org.eclipse.persistence.annotations.CacheCoordinationType;
import org.eclipse.persistence.annotations.CacheType;

/**
 * The one row that says "published content changed": raised in the transaction of every change to content. It lives
 * in the shared cache of each node; when it changes on one node, cache coordination invalidates it on the others
 * (rather than sending them the new value), and a node that finds it missing from its cache knows its snapshot of
 * published content is out of date.
 * <p>
 * Its cache holds the row for good ({@link CacheType#FULL}) rather than in EclipseLink's default weak map behind a
 * soft one, which lets the garbage collector drop a row nobody touched lately: for this row that would look the same
 * as a change, and the node would read all published content again.
 */
@Entity
@Cacheable
@Cache(type = CacheType.FULL, coordinationType = CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS)
@Table(name = "content_version")
public class ContentVersion {

    /** The id of the one row. */
    public static final Integer ONE = 1;

    @Id
    private Integer id;

    @Column(nullable = false)
    private long number;

    protected ContentVersion() {
    }

    public long getNumber() { return number; }

    /** Content changed (called in the transaction of the change). */
    public void next() {
        number++;
    }
}
