package app.soundpath.reporting.entity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Steps with counts; each step's conversion is measured against the step before it and against the first. */
public record Funnel(List<Step> steps) {

    /** One step: a bundle key for its name, its count, and conversions in whole percent. */
    @Schema(name = "FunnelStep")
    public record Step(String key, String label, long count, int ofPrevious, int ofFirst) {
    }

    /** Builds a funnel from (key, label, count) triples in order, working out the conversions. */
    public static Funnel of(List<String> keys, List<String> labels, List<Long> counts) {
        return of(keys, labels, counts, Collections.nCopies(counts.size(), false));
    }

    /**
     * Builds a funnel whose steps may be optional (a course's optional lesson, which learners may skip on their way
     * to completing it): each step's conversion is measured against the nearest earlier step that is not optional,
     * so skipping an optional lesson never reads as everybody after it dropping out.
     */
    public static Funnel of(List<String> keys, List<String> labels, List<Long> counts, List<Boolean> optional) {
        List<Step> steps = new ArrayList<>();
        long first = counts.isEmpty() ? 0 : counts.get(0);
        long previous = first;
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            steps.add(new Step(keys.get(i), labels.get(i), count, percent(count, previous), percent(count, first)));
            if (!optional.get(i)) {
                previous = count;
            }
        }
        return new Funnel(List.copyOf(steps));
    }

    /** The largest count, for scaling bars. */
    public long max() {
        return steps.stream().mapToLong(Step::count).max().orElse(0);
    }

    static int percent(long part, long whole) {
        return whole == 0 ? 0 : (int) Math.round(part * 100.0 / whole);
    }
}
