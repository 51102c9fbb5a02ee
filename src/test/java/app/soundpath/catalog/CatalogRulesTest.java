package app.soundpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.catalog.control.MoneyFormat;
import app.soundpath.catalog.entity.LessonLine;
import app.soundpath.catalog.entity.Outline;
import app.soundpath.catalog.entity.Slugs;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"producer", "audio-foundations", "a", "lesson-2", "x9"})
    void wellFormedSlugsAreAccepted(String slug) {
        assertThat(Slugs.isWellFormed(slug)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Producer", "two words", "-lead", "trail-", "double--dash", "<script>",
            "x' OR '1'='1", "../etc/passwd", "ünïcode", "semi;colon", "tab\tbed"})
    void malformedSlugsAreRejectedBeforeAnyQuery(String slug) {
        assertThat(Slugs.isWellFormed(slug)).isFalse();
    }

    /**
     * The published-content snapshot is kept while ContentVersion's row is in the node's shared cache, so that row
     * must be held strongly: a weak or soft cache may let the garbage collector drop it, and each time the node would
     * read all published content again as if an instructor had published.
     */
    @Test
    void theContentVersionRowIsHeldInTheCacheUntilAChangeInvalidatesIt() {
        org.eclipse.persistence.annotations.Cache cache = app.soundpath.catalog.entity.ContentVersion.class
                .getAnnotation(org.eclipse.persistence.annotations.Cache.class);
        assertThat(cache.type()).isEqualTo(org.eclipse.persistence.annotations.CacheType.FULL);
        assertThat(cache.coordinationType()).isEqualTo(org.eclipse.persistence.annotations.CacheCoordinationType.INVALIDATE_CHANGED_OBJECTS);
    }

    @Test
    void missingAndTooLongSlugsAreRejected() {
        assertThat(Slugs.isWellFormed(null)).isFalse();
        assertThat(Slugs.isWellFormed("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        assertThat(Slugs.isWellFormed("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void salariesAreWrittenAsTheSourceGaveThem() {
        assertThat(MoneyFormat.amount("USD", 50_500, null)).isEqualTo("$50,500");
        assertThat(MoneyFormat.amount("USD", 55_000, 130_000)).isEqualTo("$55,000 – $130,000");
    }

    @Test
    void aLongCourseIsListedAPageAtATimeStartingWhereTheLearnerIs() {
        List<LessonLine> lessons = IntStream.rangeClosed(1, 250)
                .mapToObj(i -> new LessonLine(i, "l-" + i, "Lesson " + i, "", 5, List.of(), true, false)).toList();
        Outline first = Outline.of(lessons, null, null, 25);
        assertThat(first.lessons()).hasSize(25);
        assertThat(List.of(first.page(), first.pages(), first.first(), first.last(), first.total())).containsExactly(1, 10, 1, 25, 250);
        assertThat(first.paged()).isTrue();
        assertThat(first.firstPage()).isTrue();
        assertThat(Outline.of(lessons, "10", null, 25).lessons()).extracting(LessonLine::position).startsWith(226).endsWith(250);
        assertThat(Outline.of(lessons, "10", null, 25).lastPage()).isTrue();
        // the learner's next lesson decides the page when none is asked for; an asked page wins
        assertThat(Outline.of(lessons, null, "l-60", 25).page()).isEqualTo(3);
        assertThat(Outline.of(lessons, "", "l-60", 25).page()).isEqualTo(3);
        assertThat(Outline.of(lessons, "2", "l-60", 25).page()).isEqualTo(2);
        // what is not a page number in range is ignored
        for (String bad : List.of("0", "11", "-1", "2.5", "abc", "<script>alert(1)</script>", "1' OR '1'='1", "9".repeat(40))) {
            assertThat(Outline.of(lessons, bad, null, 25).page()).as(bad).isEqualTo(1);
        }
        Outline small = Outline.of(lessons.subList(0, 5), "3", null, 25);
        assertThat(small.paged()).isFalse();
        assertThat(small.lessons()).hasSize(5);
        Outline none = Outline.of(List.of(), null, null, 25);
        assertThat(List.of(none.page(), none.pages(), none.first(), none.last(), none.total())).containsExactly(1, 1, 0, 0, 0);
    }
}
