package app.soundpath.identity.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * How repeated failed sign-ins are slowed, then refused. Per account: after 3 failures the next try must wait
 * 30 seconds, after 5 two minutes, after 10 fifteen minutes. Per client address the steps are four times higher,
 * because many honest people can share one address. Failures are forgotten 15 minutes after the last one.
 */
public record ThrottlePolicy(int slowAfter, int slowerAfter, int refuseAfter) {

    public static final Duration FORGET_AFTER = Duration.ofMinutes(15);
    public static final ThrottlePolicy PER_ACCOUNT = new ThrottlePolicy(3, 5, 10);
    public static final ThrottlePolicy PER_ADDRESS = new ThrottlePolicy(12, 20, 40);

    /** Steps written as "slow,slower,refuse" (e.g. "12,20,40"); empty when the text is missing or not of that form. */
    public static Optional<ThrottlePolicy> parse(String steps) {
        if (steps == null || !steps.strip().matches("\\d{1,6},\\d{1,6},\\d{1,6}")) {
            return Optional.empty();
        }
        String[] parts = steps.strip().split(",");
        int slow = Integer.parseInt(parts[0]);
        int slower = Integer.parseInt(parts[1]);
        int refuse = Integer.parseInt(parts[2]);
        return slow > 0 && slow <= slower && slower <= refuse
                ? Optional.of(new ThrottlePolicy(slow, slower, refuse)) : Optional.empty();
    }

    /** When the next attempt is allowed, if not now. */
    public Optional<Instant> retryAt(int failures, Instant lastFailureAt, Instant now) {
        if (failures <= 0 || lastFailureAt == null || lastFailureAt.plus(FORGET_AFTER).isBefore(now)) {
            return Optional.empty();
        }
        Duration wait = failures >= refuseAfter ? FORGET_AFTER
                : failures >= slowerAfter ? Duration.ofMinutes(2)
                : failures >= slowAfter ? Duration.ofSeconds(30)
                : Duration.ZERO;
        Instant next = lastFailureAt.plus(wait);
        return next.isAfter(now) ? Optional.of(next) : Optional.empty();
    }
}
