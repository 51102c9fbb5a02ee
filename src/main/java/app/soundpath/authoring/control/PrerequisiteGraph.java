package app.soundpath.authoring.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which courses require which: refuses a prerequisite that would make a course (indirectly) require itself. Pure. */
public final class PrerequisiteGraph {

    private final Map<Long, Set<Long>> requires = new HashMap<>();

    /** @param pairs every (course id, required course id) pair there is now */
    public PrerequisiteGraph(Iterable<Long[]> pairs) {
        for (Long[] pair : pairs) {
            requires.computeIfAbsent(pair[0], k -> new HashSet<>()).add(pair[1]);
        }
    }

    /** Whether giving the course exactly these prerequisites would make it require itself, directly or not. */
    public boolean createsCycle(Long courseId, Set<Long> required) {
        Map<Long, Set<Long>> edges = new HashMap<>(requires);
        edges.put(courseId, Set.copyOf(required));
        List<Long> todo = new ArrayList<>(required);
        Set<Long> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Long next = todo.remove(todo.size() - 1);
            if (next.equals(courseId)) {
                return true;
            }
            if (seen.add(next)) {
                todo.addAll(edges.getOrDefault(next, Set.of()));
            }
        }
        return false;
    }
}
