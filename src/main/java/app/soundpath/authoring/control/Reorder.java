package app.soundpath.authoring.control;

import java.util.ArrayList;
import java.util.List;

/** Move up / move down in an ordered list: the item swaps places with its neighbour; at either end nothing moves. */
public final class Reorder {

    private Reorder() {
    }

    /** The list with the item moved one place up (towards the start) or down; the same order when it cannot move. */
    public static <T> List<T> move(List<T> items, T item, boolean up) {
        List<T> result = new ArrayList<>(items);
        int from = result.indexOf(item);
        int to = up ? from - 1 : from + 1;
        if (from < 0 || to < 0 || to >= result.size()) {
            return List.copyOf(items);
        }
        result.set(from, result.get(to));
        result.set(to, item);
        return List.copyOf(result);
    }
}
