package app.soundpath.platform;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Text from the one bundle, for messages built in Java (flash messages, REST problems). */
public final class Texts {

    private static final String BUNDLE = "app.soundpath.messages";

    private Texts() {
    }

    public static String of(String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ENGLISH).format(arguments);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }
}
