package app.soundpath.reporting.entity;

import java.util.ArrayList;
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
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            long count = counts.get(i);
            long previous = i == 0 ? count : counts.get(i - 1);
            long first = counts.get(0);
            steps.add(new Step(keys.get(i), labels.get(i), count, percent(count, previous), percent(count, first)));
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
