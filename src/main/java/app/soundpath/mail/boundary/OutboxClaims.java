package app.soundpath.mail.boundary;

import app.soundpath.mail.control.Backoff;
import app.soundpath.mail.entity.OutboxMessage.State;
import app.soundpath.mail.entity.OutboxView;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The sender's short steps, each one SQL statement committed on its own (plain JDBC in auto-commit, outside any
 * JTA transaction, on the sender's own thread): which messages are due, taking one (a conditional update, so of
 * two senders, threads or nodes, exactly one takes it), and writing down how the delivery went. Plain JDBC on
 * purpose: JPA in container transactions started from the timer thread, next to many concurrent requests, left
 * Payara 7's connection pool with connections closed twice (PlatformIT caught it as random 500s).
 */
@ApplicationScoped
public class OutboxClaims {

    /** A message taken longer ago than this and never marked sent is tried again (its sender died). */
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private static final String COLUMNS = "id, created_at, kind, recipient, subject, text_body, html_body, unsubscribe_url,"
            + " state, attempts, next_attempt_at, sent_at, last_error";

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource database;

    @Inject
    Clock clock;

    public List<Long> due(int max) {
        Instant now = clock.instant();
        List<Long> ids = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement("SELECT id FROM outbox"
                + " WHERE (state = 'PENDING' AND next_attempt_at <= ?) OR (state = 'SENDING' AND claimed_at < ?)"
                + " ORDER BY next_attempt_at, id LIMIT ?")) {
            s.setObject(1, utc(now));
            s.setObject(2, utc(now.minus(STALE_CLAIM)));
            s.setInt(3, max);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the outbox", e);
        }
    }

    /** Takes the message for sending, if it is still due and no other sender took it first. */
    public Optional<OutboxView> claim(Long id) {
        Instant now = clock.instant();
        try (Connection c = database.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET state = 'SENDING', claimed_at = ?,"
                    + " version = version + 1 WHERE id = ? AND ((state = 'PENDING' AND next_attempt_at <= ?)"
                    + " OR (state = 'SENDING' AND claimed_at < ?))")) {
                s.setObject(1, utc(now));
                s.setLong(2, id);
                s.setObject(3, utc(now));
                s.setObject(4, utc(now.minus(STALE_CLAIM)));
                if (s.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(view(r)) : Optional.empty();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not take outbox message " + id, e);
        }
    }

    public void sent(Long id) {
        update("UPDATE outbox SET state = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = NULL,"
                + " claimed_at = NULL, version = version + 1 WHERE id = ?", utc(clock.instant()), id);
    }

    public void failed(Long id, String error) {
        Instant now = clock.instant();
        String why = error == null ? "unknown error" : error.substring(0, Math.min(error.length(), 500));
        try (Connection c = database.getConnection()) {
            int attempts;
            try (PreparedStatement s = c.prepareStatement("SELECT attempts FROM outbox WHERE id = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    if (!r.next()) {
                        return;
                    }
                    attempts = r.getInt(1) + 1;
                }
            }
            Optional<Instant> retry = Backoff.nextTry(attempts, now);
            try (PreparedStatement s = c.prepareStatement("UPDATE outbox SET state = ?, attempts = ?, last_error = ?,"
                    + " claimed_at = NULL, next_attempt_at = ?, version = version + 1 WHERE id = ?")) {
                s.setString(1, retry.isPresent() ? State.PENDING.name() : State.FAILED.name());
                s.setInt(2, attempts);
                s.setString(3, why);
                s.setObject(4, utc(retry.orElse(now)));
                s.setLong(5, id);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not record the failed delivery of outbox message " + id, e);
        }
    }

    private void update(String sql, Object first, Long id) {
        try (Connection c = database.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, first);
            s.setLong(2, id);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update outbox message " + id, e);
        }
    }

    private static OutboxView view(ResultSet r) throws SQLException {
        return new OutboxView(r.getLong("id"), instant(r, "created_at"), r.getString("kind"), r.getString("recipient"),
                r.getString("subject"), r.getString("text_body"), r.getString("html_body"), r.getString("unsubscribe_url"),
                State.valueOf(r.getString("state")), r.getInt("attempts"), instant(r, "next_attempt_at"),
                instant(r, "sent_at"), r.getString("last_error"));
    }

    private static Instant instant(ResultSet r, String column) throws SQLException {
        LocalDateTime value = r.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
