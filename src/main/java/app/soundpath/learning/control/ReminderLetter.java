package app.soundpath.learning.control;

import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.learning.entity.Dashboard;
import app.soundpath.platform.Letter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Optional;

/**
 * The weekly reminder: what the learner finished in the last seven days, what comes next, and how many lessons
 * are left in each course they have started. Nothing at all for someone with no course in progress.
 */
public final class ReminderLetter {

    private ReminderLetter() {
    }

    /** The ISO week a moment falls in, e.g. "2026-W49": the key that makes each week's run happen once. */
    public static String week(Instant now) {
        var date = now.atZone(ZoneOffset.UTC).toLocalDate();
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    public static Optional<Letter> of(String email, String name, Dashboard d, Instant now, String base,
                                      String unsubscribeToken) {
        List<CourseStatus> inProgress = d.courses().stream()
                .filter(c -> c.enrolled() && !c.complete() && c.lessonsTotal() > c.lessonsDone()).toList();
        if (inProgress.isEmpty() || unsubscribeToken == null) {
            return Optional.empty();
        }
        Instant weekAgo = now.minus(Duration.ofDays(7));
        long doneThisWeek = d.recent().stream().filter(a -> a.at().isAfter(weekAgo))
                .filter(a -> "COMPLETED".equals(a.verb()) && "LESSON".equals(a.objectType())).count();
        StringBuilder text = new StringBuilder("Hello ").append(name).append(",\n\n");
        text.append(doneThisWeek == 0 ? "No lessons finished this week: a short one is a good way back in.\n\n"
                : doneThisWeek == 1 ? "You finished 1 lesson this week. Well done.\n\n"
                : "You finished " + doneThisWeek + " lessons this week. Well done.\n\n");
        if (d.resume() != null) {
            text.append("Next up: ").append(d.resume().lessonTitle()).append(" (").append(d.resume().courseTitle())
                    .append(")\n").append(base).append("/lessons/").append(d.resume().lessonSlug()).append("\n\n");
        }
        text.append("What is left:\n");
        for (CourseStatus c : inProgress) {
            int left = c.lessonsTotal() - c.lessonsDone();
            text.append("- ").append(c.title()).append(": ").append(left).append(left == 1 ? " lesson left" : " lessons left")
                    .append("\n");
        }
        text.append("\nYour courses: ").append(base).append("/learn/\n\n")
                .append("You get this email once a week because you asked for it. To stop it, open the link below,\n")
                .append("or change your choice on your account page:\n").append(base).append("/account/unsubscribe/")
                .append(unsubscribeToken).append("\n\nSoundpath\n");
        String subject = inProgress.size() == 1
                ? plural(inProgress.get(0).lessonsTotal() - inProgress.get(0).lessonsDone()) + " left in "
                + inProgress.get(0).title()
                : "Your week in Soundpath: " + inProgress.size() + " courses in progress";
        return Optional.of(new Letter("REMINDER", email, subject.length() > 200 ? subject.substring(0, 200) : subject,
                text.toString(), base + "/api/account/unsubscribe/" + unsubscribeToken));
    }

    private static String plural(int lessons) {
        return lessons == 1 ? "1 lesson" : lessons + " lessons";
    }
}
