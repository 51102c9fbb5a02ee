package app.soundpath.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.catalog.control.MoneyFormat;
import app.soundpath.catalog.entity.Slugs;
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
}
