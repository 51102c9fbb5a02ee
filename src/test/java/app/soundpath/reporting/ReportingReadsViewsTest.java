package app.soundpath.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reporting reads other features' data through the views they declare in sql/ (V25–V28), never their tables: the
 * SQL in reporting's sources may name its own tables and those views only. The one exception is the row lock on
 * account that keeps two rebuilds of one learner's summaries in order (H2 takes no row lock through a view).
 */
class ReportingReadsViewsTest {

    static final List<String> OTHER_FEATURES_TABLES = List.of("account", "account_role", "enrollment", "course_progress",
            "lesson_progress", "check_attempt", "learning_event", "assessment_attempt", "track_decision", "questionnaire",
            "track", "course", "lesson", "track_course", "skill", "check_question", "check_option");

    @Test
    void reportingNamesNoTableOfAnotherFeature() throws IOException {
        Pattern read = Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_]+)\\b");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/app/soundpath/reporting"))) {
            List<String> found = files.filter(p -> p.toString().endsWith(".java")).flatMap(p -> {
                try {
                    String text = Files.readString(p).replace("SELECT a.id FROM account a WHERE a.id IN (", "");
                    Matcher m = read.matcher(text);
                    return m.results().map(r -> r.group(1)).filter(OTHER_FEATURES_TABLES::contains)
                            .map(t -> p.getFileName() + ": " + t).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
            assertThat(found).as("tables of other features read by reporting").isEmpty();
        }
    }
}
