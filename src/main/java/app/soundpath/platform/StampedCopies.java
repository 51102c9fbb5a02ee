package app.soundpath.platform;

import java.util.Iterator;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One feature's per-node copies of what it read for learners, each kept with the {@link LearnerStamp} it was read
 * under and used only while that is still the learner's stamp. Bounded: past {@link #MAX} learners, a quarter (in no
 * strict order) is dropped, and a dropped learner's next page reads again. A feature keeps one per kind of data, as an
 * application-scoped subclass.
 */
public class StampedCopies<V> {

    /** Learners kept per node and feature. */
    public static final int MAX = 5_000;

    private record Copy<V>(long stamp, V value) {
    }

    private final ConcurrentHashMap<Long, Copy<V>> copies = new ConcurrentHashMap<>();

    /**
     * The learner's copy read under this stamp; else {@code read} (called after the stamp was read, never before), kept
     * under the stamp. Without a stamp the learner's data is read each time and not kept.
     */
    public V get(Long learner, OptionalLong stamp, Supplier<V> read) {
        if (stamp.isEmpty()) {
            return read.get();
        }
        Copy<V> kept = copies.get(learner);
        if (kept != null && kept.stamp() == stamp.getAsLong()) {
            return kept.value();
        }
        V value = read.get();
        putBounded(copies, learner, new Copy<>(stamp.getAsLong(), value), MAX);
        return value;
    }

    /**
     * Puts a learner's copy into a per-node map of at most {@code max} learners: when it is full, a quarter (in no
     * strict order) goes first. Shared with {@code learning.control.ProgressCopies}.
     */
    public static <C> void putBounded(ConcurrentHashMap<Long, C> copies, Long learner, C copy, int max) {
        if (copies.size() >= max) {
            int drop = max / 4;
            for (Iterator<Long> it = copies.keySet().iterator(); it.hasNext() && drop > 0; drop--) {
                it.next();
                it.remove();
            }
        }
        copies.put(learner, copy);
    }
}
