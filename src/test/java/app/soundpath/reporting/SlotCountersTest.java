package app.soundpath.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.soundpath.reporting.control.CourseFigures;
import app.soundpath.reporting.control.LessonFigures;
import app.soundpath.reporting.control.SlotCounters;
import org.junit.jupiter.api.Test;

/** The counter tables' shared SQL: slots by learner id, and one add statement whose parameters the insert reuses. */
class SlotCountersTest {

    @Test
    void aLearnerAlwaysAddsToTheSameOneOfEightSlots() {
        assertThat(SlotCounters.slot(13)).isEqualTo(5);
        assertThat(SlotCounters.slot(21)).isEqualTo(5);
        assertThat(SlotCounters.slot(-3)).as("never negative").isEqualTo(5);
        assertThat(SlotCounters.slotOf("x")).isEqualTo("MOD(x.learner_id, 8)");
    }

    @Test
    void addAndInsertOneTakeTheAmountsThenTheKeyAndTheSlot() {
        SlotCounters course = CourseFigures.TABLE;
        assertThat(course.add()).isEqualTo("UPDATE course_figures SET enrolled = enrolled + ?1, started = started + ?2,"
                + " completed = completed + ?3 WHERE course_id = ?4 AND slot = ?5");
        assertThat(course.insertOne()).isEqualTo("INSERT INTO course_figures (course_id, slot, enrolled, started, completed)"
                + " VALUES (?4, ?5, ?1, ?2, ?3)");
        assertThat(course.parameters(42L, 13L, 1, 0, 1)).containsExactly(1, 0, 1, 42L, 5);
    }

    @Test
    void amountsKeepTheirTypeAndMustMatchTheCounters() {
        assertThat(LessonFigures.TABLE.parameters(7L, 8L, 1, 1, 1, 90L, 0)).containsExactly(1, 1, 1, 90L, 0, 7L, 0);
        assertThatThrownBy(() -> LessonFigures.TABLE.parameters(7L, 8L, 1, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
