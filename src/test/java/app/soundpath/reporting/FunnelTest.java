package app.soundpath.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.reporting.entity.Funnel;
import app.soundpath.reporting.entity.Funnel.Step;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Conversions between a funnel's steps, with and without optional steps. */
class FunnelTest {

    @Test
    void eachStepIsMeasuredAgainstTheStepBeforeAndTheFirst() {
        Funnel funnel = Funnel.of(List.of("enrolled", "started", "completed"), List.of("", "", ""), List.of(200L, 150L, 50L));

        assertThat(funnel.steps()).extracting(Step::ofPrevious).containsExactly(100, 75, 33);
        assertThat(funnel.steps()).extracting(Step::ofFirst).containsExactly(100, 75, 25);
        assertThat(funnel.max()).isEqualTo(200);
    }

    @Test
    void anOptionalStepThatLearnersSkipDoesNotReadAsEverybodyAfterItDroppingOut() {
        // enrolled, started, lesson 1, optional lesson 2 (nobody took it), lesson 3, completed
        Funnel funnel = Funnel.of(List.of("enrolled", "started", "reached", "reachedOptional", "reached", "completed"),
                List.of("", "", "1. One", "2. Extra", "3. Three", ""), List.of(100L, 90L, 80L, 0L, 60L, 60L),
                List.of(false, false, false, true, false, false));

        assertThat(funnel.steps()).extracting(Step::ofPrevious).containsExactly(100, 90, 89, 0, 75, 100);
        assertThat(funnel.steps()).extracting(Step::ofFirst).containsExactly(100, 90, 80, 0, 60, 60);
    }

    @Test
    void emptyFunnelsAndZeroCountsGiveZeroPercentNotAnError() {
        assertThat(Funnel.of(List.of(), List.of(), List.of()).steps()).isEmpty();
        Funnel none = Funnel.of(List.of("enrolled", "completed"), List.of("", ""), List.of(0L, 0L));
        assertThat(none.steps()).extracting(Step::ofPrevious).containsExactly(0, 0);
        assertThat(none.max()).isZero();
    }
}
