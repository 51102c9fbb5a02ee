package app.soundpath.mail;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.identity.control.AccountLetters;
import app.soundpath.learning.control.ReminderLetter;
import app.soundpath.learning.entity.CourseStatus;
import app.soundpath.learning.entity.Dashboard;
import app.soundpath.mail.control.Backoff;
import app.soundpath.mail.control.MailBody;
import app.soundpath.mail.control.MailText;
import app.soundpath.mail.control.SmtpSettings;
import app.soundpath.platform.Letter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The email rules without a server: back-off, the HTML part, SMTP settings, and what each letter says. */
class MailRulesTest {

    static final Instant NOW = Instant.parse("2026-12-07T08:00:00Z");

    @Test
    void retriesBackOffFromThirtySecondsToAnHourAndThenGiveUp() {
        assertThat(Backoff.nextTry(1, NOW)).contains(NOW.plusSeconds(30));
        assertThat(Backoff.nextTry(2, NOW)).contains(NOW.plusSeconds(60));
        assertThat(Backoff.nextTry(3, NOW)).contains(NOW.plusSeconds(120));
        assertThat(Backoff.nextTry(10, NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(Backoff.nextTry(Backoff.GIVE_UP_AFTER - 1, NOW)).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(Backoff.nextTry(Backoff.GIVE_UP_AFTER, NOW)).isEmpty();
    }

    @Test
    void theHtmlPartEscapesEverythingAndLinksOnlyWebAddresses() {
        String html = MailBody.html("Hi <b>", "Hello <script>alert(1)</script> & \"you\",\n\nOpen https://soundpath.test/a?b=1&c=2.\n"
                + "Not this: javascript:alert(1) nor <img src=x onerror=alert(1)>", "https://soundpath.test/u/T");
        assertThat(html).doesNotContain("<script>", "<img", "<b>").contains("&lt;script&gt;", "&amp;", "&quot;you&quot;")
                .contains("<a href=\"https://soundpath.test/a?b=1&amp;c=2\">https://soundpath.test/a?b=1&amp;c=2</a>.")
                .doesNotContain("href=\"javascript").contains("<title>Hi &lt;b&gt;</title>")
                .contains("<a href=\"https://soundpath.test/u/T\">Unsubscribe");
        assertThat(html.split("<p>")).as("two paragraphs").hasSize(3);
    }

    @Test
    void textIsCutIntoTextAndLinksWithoutTrailingPunctuation() {
        assertThat(MailText.parts("See http://x.test/a/b. Then (https://y.test/c)"))
                .containsExactly(new MailText.Part("See ", false), new MailText.Part("http://x.test/a/b", true),
                        new MailText.Part(". Then (", false), new MailText.Part("https://y.test/c", true),
                        new MailText.Part(")", false));
        assertThat(MailText.parts(null)).isEmpty();
        assertThat(MailText.parts("ftp://x.test and mailto:a@b")).containsExactly(new MailText.Part("ftp://x.test and mailto:a@b", false));
    }

    @Test
    void smtpSettingsComeFromTheEnvironmentWithSafeDefaults() {
        assertThat(SmtpSettings.from(name -> Optional.empty())).isEmpty();
        Map<String, String> env = Map.of("SMTP_HOST", "mail.test", "SMTP_USER", "u", "SMTP_PASSWORD", "p");
        SmtpSettings s = SmtpSettings.from(name -> Optional.ofNullable(env.get(name))).orElseThrow();
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.startTls()).isTrue();
        assertThat(s.from()).isEqualTo(SmtpSettings.DEFAULT_FROM);
        assertThat(s.properties()).containsEntry("mail.smtp.auth", "true").containsEntry("mail.smtp.starttls.enable", "true")
                .containsEntry("mail.smtp.host", "mail.test");
        assertThat(s.toString()).doesNotContain("p)").doesNotContain(":p@");
        Map<String, String> plain = Map.of("SMTP_HOST", "h", "SMTP_PORT", "99999", "SMTP_STARTTLS", "false");
        SmtpSettings t = SmtpSettings.from(name -> Optional.ofNullable(plain.get(name))).orElseThrow();
        assertThat(t.port()).as("an impossible port falls back to 587").isEqualTo(587);
        assertThat(t.startTls()).isFalse();
        assertThat(t.properties()).containsEntry("mail.smtp.auth", "false");
    }

    @Test
    void accountLettersCarryTheirLinkAndSayHowLongItWorks() {
        Letter reset = AccountLetters.reset("a@b.test", "Ana", "https://sp.test", "T0KEN", Duration.ofHours(1));
        assertThat(reset.text()).contains("https://sp.test/account/reset/T0KEN", "one hour", "signs this account out everywhere");
        assertThat(reset.unsubscribeUrl()).isNull();
        assertThat(AccountLetters.confirm("a@b.test", "Ana", "https://sp.test", "T").text()).contains("/account/confirm/T", "24 hours");
        assertThat(AccountLetters.addressChanged("old@b.test", "Ana", "https://sp.test").recipient()).isEqualTo("old@b.test");
    }

    @Test
    void theReminderSaysWhatIsLeftAndIsNotWrittenWhenNothingIs() {
        CourseStatus started = new CourseStatus(1L, "mixing", "Mixing in a DAW", true, 2, 5, false, false, List.of(),
                new CourseStatus.Step("eq", "EQ basics"), Map.of());
        CourseStatus done = new CourseStatus(2L, "found", "Foundations", true, 4, 4, true, false, List.of(), null, Map.of());
        Dashboard.Activity thisWeek = new Dashboard.Activity(NOW.minus(Duration.ofDays(2)), "COMPLETED", "LESSON", "x", "X", null);
        Dashboard.Activity longAgo = new Dashboard.Activity(NOW.minus(Duration.ofDays(20)), "COMPLETED", "LESSON", "y", "Y", null);
        Dashboard d = new Dashboard(List.of(started, done), new Dashboard.Resume("mixing", "Mixing in a DAW", "eq", "EQ basics"),
                List.of(), List.of(), 0, List.of(thisWeek, longAgo), false, null);

        Letter letter = ReminderLetter.of("l@b.test", "Lee", d, NOW, "https://sp.test", "U").orElseThrow();
        assertThat(letter.subject()).isEqualTo("3 lessons left in Mixing in a DAW");
        assertThat(letter.text()).contains("You finished 1 lesson this week", "Next up: EQ basics", "https://sp.test/lessons/eq",
                "- Mixing in a DAW: 3 lessons left").doesNotContain("Foundations");
        assertThat(letter.unsubscribeUrl()).isEqualTo("https://sp.test/api/account/unsubscribe/U");

        Dashboard finished = new Dashboard(List.of(done), null, List.of(), List.of(), 0, List.of(), false, null);
        assertThat(ReminderLetter.of("l@b.test", "Lee", finished, NOW, "https://sp.test", "U")).isEmpty();
        assertThat(ReminderLetter.of("l@b.test", "Lee", d, NOW, "https://sp.test", null)).as("no unsubscribe link, no mail").isEmpty();
    }

    @Test
    void theWeekKeyFollowsIsoWeeksAcrossTheYearEnd() {
        assertThat(ReminderLetter.week(NOW)).isEqualTo("2026-W50");
        assertThat(ReminderLetter.week(Instant.parse("2027-01-01T10:00:00Z"))).isEqualTo("2026-W53");
        assertThat(ReminderLetter.week(Instant.parse("2027-01-04T10:00:00Z"))).isEqualTo("2027-W01");
    }
}
