package app.soundpath.mail.control;


/**
 * The HTML part of a message, made from its plain text: every character escaped, blank lines between
 * paragraphs, web addresses (http and https only) turned into links, no images, no remote resources, no script.
 */
public final class MailBody {

    private MailBody() {
    }

    public static String html(String subject, String text, String unsubscribeUrl) {
        StringBuilder html = new StringBuilder(text.length() * 2 + 600)
                .append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(escape(subject))
                .append("</title></head><body style=\"font-family:Georgia,serif;font-size:16px;line-height:1.5;"
                        + "color:#1d2330;max-width:36em;margin:0 auto;padding:1em\">");
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>").append(linked(paragraph.strip()).replaceAll("\\R", "<br>")).append("</p>");
        }
        if (unsubscribeUrl != null) {
            html.append("<p style=\"font-size:14px;color:#555\">")
                    .append("<a href=\"").append(escape(unsubscribeUrl)).append("\">Unsubscribe from these emails</a></p>");
        }
        return html.append("</body></html>").toString();
    }

    /** Escapes the text and makes its web addresses into links. */
    static String linked(String text) {
        StringBuilder out = new StringBuilder();
        for (MailText.Part part : MailText.parts(text)) {
            String escaped = escape(part.text());
            out.append(part.link() ? "<a href=\"" + escaped + "\">" + escaped + "</a>" : escaped);
        }
        return out.toString();
    }

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
