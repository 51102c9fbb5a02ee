package app.soundpath.identity;

import static org.assertj.core.api.Assertions.assertThat;

import app.soundpath.identity.control.DisplayNames;
import app.soundpath.identity.control.EmailAddresses;
import app.soundpath.identity.control.LocalTarget;
import app.soundpath.identity.control.PasswordHasher;
import app.soundpath.identity.control.PasswordPolicy;
import app.soundpath.identity.control.ResetTokens;
import app.soundpath.identity.control.ThrottlePolicy;
import app.soundpath.identity.entity.PasswordReset;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IdentityRulesTest {

    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");

    // ---- Password hashing --------------------------------------------------------------------------------------

    @Test
    void hashesAreSaltedSelfDescribingAndVerify() {
        PasswordHasher hasher = new PasswordHasher(1_000);
        String first = hasher.hash("a calm river of sound");
        String second = hasher.hash("a calm river of sound");

        assertThat(first).startsWith("pbkdf2-sha256$1000$").isNotEqualTo(second);
        assertThat(hasher.verify("a calm river of sound", first)).isTrue();
        assertThat(hasher.verify("a calm river of sounds", first)).isFalse();
        assertThat(hasher.verify("", first)).isFalse();
    }

    @Test
    void todaysCostIsAtLeast600000Iterations() {
        assertThat(PasswordHasher.ITERATIONS).isGreaterThanOrEqualTo(600_000);
        assertThat(new PasswordHasher().hash("a calm river of sound")).startsWith("pbkdf2-sha256$600000$");
    }

    @Test
    void unknownHashFormatsAskToBeReplaced() {
        assertThat(new PasswordHasher(1_000).needsUpgrade("md5$abc")).isTrue();
        assertThat(new PasswordHasher(1_000).needsUpgrade(null)).isTrue();
    }

    @Test
    void aCheaperOldHashStillVerifiesAndAsksToBeUpgraded() {
        String old = new PasswordHasher(2_048).hash("a calm river of sound");
        PasswordHasher today = new PasswordHasher(10_000);

        assertThat(today.verify("a calm river of sound", old)).isTrue();
        assertThat(today.needsUpgrade(old)).isTrue();
        assertThat(today.needsUpgrade(today.hash("x"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "plain", "md5$abc", "pbkdf2-sha256$x$y$z", "pbkdf2-sha256$1000$!!!$!!!", "a$b$c$d$e"})
    void garbageInTheHashColumnNeverVerifies(String stored) {
        PasswordHasher hasher = new PasswordHasher(1_000);
        assertThat(hasher.verify("anything at all", stored)).isFalse();
    }

    // ---- Password rules ------------------------------------------------------------------------------------------

    @Test
    void passwordRulesExplainWhatIsWrong() {
        assertThat(PasswordPolicy.problem(null, "a@b.cd")).contains("password.required");
        assertThat(PasswordPolicy.problem("   ", "a@b.cd")).contains("password.required");
        assertThat(PasswordPolicy.problem("elevenchars", "a@b.cd")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem("p".repeat(129), "a@b.cd")).contains("password.tooLong");
        assertThat(PasswordPolicy.problem("qwerty123456", "a@b.cd")).contains("password.common");
        assertThat(PasswordPolicy.problem("QWERTY123456", "a@b.cd")).as("case does not help").contains("password.common");
        assertThat(PasswordPolicy.problem("mail nia@example.com here", "nia@example.com")).contains("password.containsEmail");
        assertThat(PasswordPolicy.problem("a calm river of sound", "nia@example.com")).isEmpty();
        assertThat(PasswordPolicy.problem("ünïcödé pässphrase ♫", "nia@example.com")).isEmpty();
    }

    @Test
    void twelveCharactersCountAsCharactersNotBytes() {
        assertThat(PasswordPolicy.problem("♫♫♫♫♫♫♫♫♫♫♫♫", "a@b.cd")).isEmpty();
        assertThat(PasswordPolicy.problem("♫♫♫♫♫♫♫♫♫♫♫", "a@b.cd")).contains("password.tooShort");
    }

    // ---- Emails and names -----------------------------------------------------------------------------------------

    @Test
    void emailsAreTrimmedLowerCasedAndShapeChecked() {
        assertThat(EmailAddresses.normalise("  Nia@Example.COM ")).isEqualTo("nia@example.com");
        assertThat(EmailAddresses.isValid("nia@example.com")).isTrue();
        assertThat(EmailAddresses.isValid("nia.o+audio@mail.example.co.uk")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "nia", "nia@", "@example.com", "nia@example", "nia example@x.com", "<script>@x.com",
            "a@b@c.com", "x' or '1'='1@x.com"})
    void malformedEmailsAreRefused(String email) {
        assertThat(EmailAddresses.isValid(EmailAddresses.normalise(email))).isFalse();
    }

    @Test
    void tooLongEmailsAreRefused() {
        assertThat(EmailAddresses.isValid("e".repeat(250) + "@x.com")).isFalse();
    }

    @Test
    void displayNamesAreTidiedAndMustBeText() {
        assertThat(DisplayNames.normalise("  Nia   O'Neil ")).isEqualTo("Nia O'Neil");
        assertThat(DisplayNames.problem("Nia O'Neil")).isEmpty();
        assertThat(DisplayNames.problem("Zoë Ångström 声音")).isEmpty();
        assertThat(DisplayNames.problem("")).contains("name.required");
        assertThat(DisplayNames.problem("n".repeat(81))).contains("name.tooLong");
        assertThat(DisplayNames.problem("<b>x</b>")).contains("name.forbiddenCharacters");
        assertThat(DisplayNames.problem("tab\tname")).contains("name.forbiddenCharacters");
    }

    // ---- Throttling -------------------------------------------------------------------------------------------------

    @Test
    void failuresAreSlowedThenRefusedThenForgotten() {
        ThrottlePolicy policy = ThrottlePolicy.PER_ACCOUNT;

        assertThat(policy.retryAt(2, NOON, NOON)).isEmpty();
        assertThat(policy.retryAt(3, NOON, NOON)).contains(NOON.plusSeconds(30));
        assertThat(policy.retryAt(3, NOON, NOON.plusSeconds(31))).isEmpty();
        assertThat(policy.retryAt(5, NOON, NOON.plusSeconds(60))).contains(NOON.plus(Duration.ofMinutes(2)));
        assertThat(policy.retryAt(10, NOON, NOON.plus(Duration.ofMinutes(14)))).contains(NOON.plus(Duration.ofMinutes(15)));
        assertThat(policy.retryAt(50, NOON, NOON.plus(Duration.ofMinutes(16)))).isEmpty();
    }

    @Test
    void anAddressMayFailMoreOftenThanOneAccount() {
        assertThat(ThrottlePolicy.PER_ADDRESS.retryAt(5, NOON, NOON)).isEmpty();
        assertThat(ThrottlePolicy.PER_ADDRESS.retryAt(12, NOON, NOON)).isPresent();
    }

    @Test
    void addressStepsCanBeConfiguredButNotNonsensically() {
        assertThat(ThrottlePolicy.parse("500,1000,2000")).contains(new ThrottlePolicy(500, 1000, 2000));
        assertThat(ThrottlePolicy.parse(null)).isEmpty();
        assertThat(ThrottlePolicy.parse("")).isEmpty();
        assertThat(ThrottlePolicy.parse("3,2,1")).isEmpty();
        assertThat(ThrottlePolicy.parse("0,0,0")).isEmpty();
        assertThat(ThrottlePolicy.parse("a,b,c")).isEmpty();
    }

    // ---- Redirect targets and reset links ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"/learn/", "/courses/live-sound", "/admin/people?q=ada&after=x%40y.z", "/"})
    void localPathsAreSafeTargets(String target) {
        assertThat(LocalTarget.isSafe(target)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "https://evil.example", "//evil.example", "/\\evil.example", "javascript:alert(1)",
            "/%2F%2Fevil.example", "http:/evil.example", " /learn", "/learn/../../x", "learn", "/<script>",
            "/a\r\nSet-Cookie:x=y"})
    void foreignOrOddTargetsAreNot(String target) {
        assertThat(LocalTarget.isSafe(target)).isFalse();
    }

    @Test
    void resetTokensAreLongRandomAndOnlyTheirHashIsKept() {
        String token = ResetTokens.newToken();

        assertThat(ResetTokens.isWellFormed(token)).isTrue();
        assertThat(token).isNotEqualTo(ResetTokens.newToken());
        assertThat(ResetTokens.hash(token)).hasSize(64).doesNotContain(token);
        assertThat(ResetTokens.isWellFormed("short")).isFalse();
        assertThat(ResetTokens.isWellFormed("<script>" + "a".repeat(35))).isFalse();
    }

    @Test
    void aResetLinkIsUsableOnceWithinTwentyFourHours() {
        PasswordReset reset = new PasswordReset(1L, "h", 2L, NOON, Duration.ofHours(24));

        assertThat(reset.isUsable(NOON.plus(Duration.ofHours(23)))).isTrue();
        assertThat(reset.isUsable(NOON.plus(Duration.ofHours(24)))).isFalse();
        reset.use(NOON.plusSeconds(60));
        assertThat(reset.isUsable(NOON.plusSeconds(61))).isFalse();
    }

    /** The signed-in caller travels with a replicated session to another cluster node, roles and all. */
    @Test
    void theSessionCallerSurvivesSerialisation() throws Exception {
        var caller = new app.soundpath.identity.entity.SessionCaller(42L, java.util.Set.of("LEARNER", "ADMIN"), 3);
        var bytes = new java.io.ByteArrayOutputStream();
        try (var out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(caller);
        }
        try (var in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            var back = (app.soundpath.identity.entity.SessionCaller) in.readObject();
            org.assertj.core.api.Assertions.assertThat(back).isEqualTo(caller);
            org.assertj.core.api.Assertions.assertThat(back.hasRole(app.soundpath.identity.entity.Role.ADMIN)).isTrue();
        }
    }
}
