package app.soundpath.credentials.control;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The printable certificate: one A4 landscape page with the learner's name, what they finished, when, the skills, and
 * where and how to verify it (the address and a QR code of it). The DejaVu Serif fonts are embedded (subset), so any
 * name a learner can type prints as typed.
 */
public final class CertificatePdf {

    /** What the certificate shows. {@code kind} is "course" or "track"; {@code recipient} the name as issued. */
    public record Certificate(String recipient, String kind, String title, List<String> skills, Instant issuedAt,
                              String verifyUrl, String credentialId, String keyId, boolean revoked) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    private static final Color INK = new Color(0x1d, 0x22, 0x30);
    private static final Color MUTED = new Color(0x4f, 0x55, 0x66);
    private static final Color ACCENT = new Color(0x2b, 0x4c, 0x7e);
    private static final Color GOLD = new Color(0xb8, 0x8a, 0x2e);
    private static final Color PAPER = new Color(0xfb, 0xfa, 0xf4);

    private CertificatePdf() {
    }

    public static byte[] render(Certificate c) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(size);
            doc.addPage(page);
            PDFont regular = font(doc, "DejaVuSerif.ttf");
            PDFont bold = font(doc, "DejaVuSerif-Bold.ttf");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("Certificate: " + c.title());
            info.setAuthor(OpenBadge.ISSUER_NAME);
            info.setSubject("Certificate of completion for " + c.recipient());
            float w = size.getWidth();
            float h = size.getHeight();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.setNonStrokingColor(PAPER);
                s.addRect(0, 0, w, h);
                s.fill();
                frame(s, w, h);
                float y = h - 92;
                centred(s, bold, 12, ACCENT, "S O U N D P A T H", w, y);
                y -= 52;
                centred(s, bold, 34, INK, "Certificate of completion", w, y);
                y -= 44;
                centred(s, regular, 14, MUTED, "This certifies that", w, y);
                y -= 44;
                centred(s, bold, fit(bold, c.recipient(), 30, w - 200), INK, c.recipient(), w, y);
                rule(s, w / 2 - 170, w / 2 + 170, y - 12);
                y -= 46;
                centred(s, regular, 14, MUTED, "has completed the " + c.kind() + " ", w, y);
                y -= 34;
                centred(s, bold, fit(bold, c.title(), 22, w - 200), ACCENT, c.title(), w, y);
                y -= 30;
                centred(s, regular, 13, MUTED, "on " + DATE.format(c.issuedAt()), w, y);
                if (!c.skills().isEmpty()) {
                    y -= 34;
                    centred(s, bold, 11, INK, "Skills", w, y);
                    for (String line : wrap(regular, 11, String.join("  ·  ", c.skills()), w - 300)) {
                        y -= 16;
                        centred(s, regular, 11, INK, line, w, y);
                    }
                }
                if (c.revoked()) {
                    centred(s, bold, 16, new Color(0xa1, 0x1d, 0x1d), "REVOKED: this credential is no longer valid", w, 150);
                }
                float qr = 92;
                qr(s, c.verifyUrl(), w - 70 - qr, 62, qr);
                text(s, bold, 10, INK, "Check that this certificate is genuine:", 70, 130);
                text(s, regular, 9, ACCENT, c.verifyUrl(), 70, 115);
                text(s, regular, 9, MUTED, "Open the address or scan the code. The signed credential (Open Badges 3.0,"
                        + " VC-JWT) names its key:", 70, 97);
                text(s, regular, 9, MUTED, c.keyId() + ", published at the issuer's address for verification.", 70, 84);
                text(s, regular, 8, MUTED, "Credential " + c.credentialId(), 70, 66);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render a certificate", e);
        }
    }

    private static PDFont font(PDDocument doc, String file) throws IOException {
        try (InputStream in = CertificatePdf.class.getResourceAsStream("/app/soundpath/credentials/" + file)) {
            if (in == null) {
                throw new IOException("Font missing from the application: " + file);
            }
            return PDType0Font.load(doc, in);
        }
    }

    private static void frame(PDPageContentStream s, float w, float h) throws IOException {
        s.setStrokingColor(ACCENT);
        s.setLineWidth(3);
        s.addRect(28, 28, w - 56, h - 56);
        s.stroke();
        s.setStrokingColor(GOLD);
        s.setLineWidth(1);
        s.addRect(38, 38, w - 76, h - 76);
        s.stroke();
    }

    private static void rule(PDPageContentStream s, float from, float to, float y) throws IOException {
        s.setStrokingColor(GOLD);
        s.setLineWidth(0.8f);
        s.moveTo(from, y);
        s.lineTo(to, y);
        s.stroke();
    }

    private static void centred(PDPageContentStream s, PDFont font, float size, Color colour, String text, float pageWidth,
                                float y) throws IOException {
        text(s, font, size, colour, text, (pageWidth - width(font, size, text)) / 2, y);
    }

    private static void text(PDPageContentStream s, PDFont font, float size, Color colour, String text, float x, float y)
            throws IOException {
        s.beginText();
        s.setFont(font, size);
        s.setNonStrokingColor(colour);
        s.newLineAtOffset(x, y);
        s.showText(printable(font, text));
        s.endText();
    }

    /** The largest size up to {@code max} at which the text fits the width (long names and titles shrink). */
    private static float fit(PDFont font, String text, float max, float width) throws IOException {
        float size = max;
        while (size > 10 && width(font, size, text) > width) {
            size -= 1;
        }
        return size;
    }

    static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(font, size, candidate) > width) {
                lines.add(line.toString().strip());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString().strip());
        }
        return lines;
    }

    private static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(printable(font, text)) / 1000 * size;
    }

    /** The text with characters the font has no glyph for (and control characters) replaced by "?". */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = Character.isISOControl(cp) ? "?" : Character.toString(cp);
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IOException("Cannot encode the verification address as a QR code", e);
        }
        float cell = size / matrix.getWidth();
        s.setNonStrokingColor(Color.WHITE);
        s.addRect(x - 6, y - 6, size + 12, size + 12);
        s.fill();
        s.setNonStrokingColor(INK);
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    s.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        s.fill();
    }
}
