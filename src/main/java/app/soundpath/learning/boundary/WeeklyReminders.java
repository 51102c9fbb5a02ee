package app.soundpath.learning.boundary;

import app.soundpath.identity.boundary.AccountService;
import app.soundpath.identity.entity.ReminderRecipient;
import app.soundpath.learning.control.ReminderLetter;
import app.soundpath.learning.entity.ReminderRun;
import app.soundpath.platform.Letter;
import app.soundpath.platform.PublicAddress;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;

/**
 * Prepares the weekly reminder emails, Monday 08:00 UTC. The week's {@code reminder_run} row is written in the same
 * transaction as every letter, and its key is the week: with several nodes each runs the job, the first one's
 * row wins, the others' transactions fail on the key and write nothing, so it happens once per week in all.
 * Only people who opted in, confirmed their address, are active, signed in within 60 days and have a course in
 * progress get one.
 */
@Stateless
@PermitAll
public class WeeklyReminders {

    private static final Logger LOG = Logger.getLogger(WeeklyReminders.class.getName());
    static final int PAGE = 200;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    @Inject
    LearningService learning;

    @Inject
    Event<Letter> letters;

    @Inject
    Clock clock;

    @Schedule(dayOfWeek = "Mon", hour = "8", minute = "0", persistent = false, info = "weekly reminders")
    public void mondayMorning() {
        try {
            prepare();
        } catch (RuntimeException e) {
            LOG.info("Weekly reminders not prepared here (another node may have done it): " + e.getMessage());
        }
    }

    /** Prepares this week's reminders unless they were prepared already; answers how many were written. */
    public int prepare() {
        Instant now = clock.instant();
        String week = ReminderLetter.week(now);
        if (em.find(ReminderRun.class, week) != null) {
            return 0;
        }
        ReminderRun run = new ReminderRun(week, now);
        em.persist(run);
        em.flush(); // the week's key: a second run this week fails here, before any letter is written
        String base = PublicAddress.configured();
        int written = 0;
        Long after = null;
        List<ReminderRecipient> page;
        do {
            page = accounts.reminderRecipients(after, PAGE);
            for (ReminderRecipient r : page) {
                var letter = ReminderLetter.of(r.email(), r.displayName(), learning.dashboardOf(r.accountId()), now, base,
                        r.unsubscribeToken());
                if (letter.isPresent()) {
                    letters.fire(letter.get());
                    written++;
                }
                after = r.accountId();
            }
        } while (page.size() == PAGE);
        run.prepared(written);
        LOG.info("Weekly reminders for " + week + ": " + written + " written to the outbox");
        return written;
    }
}
