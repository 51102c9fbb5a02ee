package app.soundpath.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Moments as pages show them: UTC, day month year and time (Faces 4.0's date converter cannot take an Instant). */
@Named
@ApplicationScoped
public class Dates {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /**
     * A TIMESTAMP column read by a native query (every Instant is stored as UTC wall-clock time, see
     * {@link UtcInstantConverter}): the drivers hand back a Timestamp, a LocalDateTime or an OffsetDateTime.
     */
    public static Instant fromColumn(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp t) {
            return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.LocalDateTime t) {
            return t.toInstant(ZoneOffset.UTC);
        }
        if (value instanceof java.time.OffsetDateTime t) {
            return t.toInstant();
        }
        throw new IllegalArgumentException("Not a timestamp: " + value.getClass().getName());
    }

    public String utc(Instant instant) {
        return instant == null ? "" : UTC.format(instant);
    }
}
