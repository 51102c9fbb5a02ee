package app.soundpath.mail.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a message again after a failed delivery: 30 seconds after the first failure, then doubling (1, 2,
 * 4 … minutes) up to one hour between tries; after {@link #GIVE_UP_AFTER} failures (about a day and a half in
 * all) the message is marked failed and waits for an admin.
 */
public final class Backoff {

    public static final int GIVE_UP_AFTER = 40;
    static final Duration FIRST = Duration.ofSeconds(30);
    static final Duration LONGEST = Duration.ofHours(1);

    private Backoff() {
    }

    /** The next try after the {@code failures}-th failure (1 for the first), or empty when it is time to give up. */
    public static Optional<Instant> nextTry(int failures, Instant now) {
        if (failures >= GIVE_UP_AFTER) {
            return Optional.empty();
        }
        int doublings = Math.max(0, Math.min(failures - 1, 20));
        Duration wait = FIRST.multipliedBy(1L << doublings);
        return Optional.of(now.plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait));
    }
}
