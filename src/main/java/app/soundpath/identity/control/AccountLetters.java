package app.soundpath.identity.control;

import app.soundpath.platform.Letter;
import java.time.Duration;

/**
 * The emails identity sends, in plain words. Every link is built from the address the app is served from; no
 * message says more about an account than its owner already knows.
 */
public final class AccountLetters {

    private AccountLetters() {
    }

    public static Letter reset(String email, String name, String base, String token, Duration validFor) {
        return new Letter("RESET", email, "Choose a new Soundpath password", """
                Hello %s,

                Someone (we hope you) asked to choose a new password for the Soundpath account of this address.

                Open this link to choose it. It works once, for %s:
                %s/account/reset/%s

                Choosing a new password signs this account out everywhere it is signed in.
                If you did not ask, ignore this email: your password stays as it is.

                Soundpath
                """.formatted(name, words(validFor), base, token));
    }

    public static Letter confirm(String email, String name, String base, String token) {
        return new Letter("CONFIRM", email, "Confirm your email address for Soundpath", """
                Hello %s,

                Please confirm that this address is yours by opening this link (it works once, for 24 hours):
                %s/account/confirm/%s

                Until you do, your account works as usual, but we send it no reminders.
                If you did not sign up for Soundpath, ignore this email and nothing will happen.

                Soundpath
                """.formatted(name, base, token));
    }

    public static Letter confirmNewAddress(String newEmail, String name, String base, String token) {
        return new Letter("CONFIRM", newEmail, "Confirm your new email address for Soundpath", """
                Hello %s,

                You asked to use this address for your Soundpath account. Open this link to confirm it
                (it works once, for 24 hours); your old address stays in use until you do:
                %s/account/confirm/%s

                If you did not ask, ignore this email and nothing will change.

                Soundpath
                """.formatted(name, base, token));
    }

    public static Letter addressChanged(String oldEmail, String name, String base) {
        return new Letter("ADDRESS_CHANGED", oldEmail, "Your Soundpath email address was changed", """
                Hello %s,

                The email address of your Soundpath account was just changed, and this address is no longer
                used for it. If that was you, there is nothing to do.

                If it was not you, choose a new password now (the link goes to the new address, so ask an
                administrator if you cannot reach it): %s/account/forgot

                Soundpath
                """.formatted(name, base));
    }

    static String words(Duration d) {
        long hours = d.toHours();
        return hours == 1 ? "one hour" : hours > 1 ? hours + " hours" : d.toMinutes() + " minutes";
    }
}
