package app.soundpath.mail.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A message's plain text cut into pieces of text and web addresses, so a page can show the links clickable. */
public final class MailText {

    /** A piece: plain text, or (link) an http or https address. */
    public record Part(String text, boolean link) {
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"']+[^\\s<>\"'.,;:!?)]");

    private MailText() {
    }

    public static List<Part> parts(String text) {
        List<Part> parts = new ArrayList<>();
        if (text == null) {
            return parts;
        }
        Matcher m = LINK.matcher(text);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                parts.add(new Part(text.substring(last, m.start()), false));
            }
            parts.add(new Part(m.group(), true));
            last = m.end();
        }
        if (last < text.length()) {
            parts.add(new Part(text.substring(last), false));
        }
        return parts;
    }
}
