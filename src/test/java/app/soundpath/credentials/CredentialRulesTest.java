package app.soundpath.credentials;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.soundpath.credentials.control.CertificatePdf;
import app.soundpath.credentials.control.CredentialRules;
import app.soundpath.credentials.control.KeyRing;
import app.soundpath.credentials.control.OpenBadge;
import app.soundpath.credentials.entity.Achievement;
import app.soundpath.credentials.entity.AchievementKind;
import app.soundpath.credentials.entity.CredentialInputException;
import app.soundpath.credentials.entity.RecipientKind;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The credentials' rules without a server: input checks, keys and signatures, the badge's shape, the certificate. */
class CredentialRulesTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");
    static final Achievement COURSE = new Achievement(AchievementKind.COURSE, 201L, "audio-foundations",
            "Audio foundations", "Sound, signal flow and the DAW.", List.of("Gain staging", "Critical listening"));

    @Test
    void aRevocationReasonIsRequiredTrimmedAndAtMost500Characters() {
        assertThat(CredentialRules.reason("  copied answers \n")).isEqualTo("copied answers");
        assertThat(CredentialRules.reason("é".repeat(500))).hasSize(500);
        assertThatThrownBy(() -> CredentialRules.reason(null)).isInstanceOf(CredentialInputException.class)
                .hasMessage("credentials.reasonRequired");
        assertThatThrownBy(() -> CredentialRules.reason(" \t ")).hasMessage("credentials.reasonRequired");
        assertThatThrownBy(() -> CredentialRules.reason("x".repeat(501))).hasMessage("credentials.reasonTooLong");
    }

    @Test
    void aPastedJwtLosesItsLineBreaksAndAnythingElseIsRefused() {
        assertThat(CredentialRules.jwt(" eyJ.abc\n-_d.\r\nsig ")).isEqualTo("eyJ.abc-_d.sig");
        assertThatThrownBy(() -> CredentialRules.jwt("")).hasMessage("verify.empty");
        assertThatThrownBy(() -> CredentialRules.jwt("a.b")).hasMessage("verify.malformed");
        assertThatThrownBy(() -> CredentialRules.jwt("<script>.b.c")).hasMessage("verify.malformed");
        assertThatThrownBy(() -> CredentialRules.jwt("a.b.c'--")).hasMessage("verify.malformed");
        assertThatThrownBy(() -> CredentialRules.jwt("a".repeat(20_001))).hasMessage("verify.tooLong");
        assertThat(CredentialRules.isPublicId("0b7a3c1e-5f3a-4c2e-9a55-1d2e3f4a5b6c")).isTrue();
        assertThat(CredentialRules.isPublicId("../../etc/passwd")).isFalse();
        assertThat(CredentialRules.isPublicId(null)).isFalse();
    }

    @Test
    void anEmailHashIsSaltedSha256InTheOpenBadgesForm() {
        assertThat(CredentialRules.emailHash(" Zoe@Example.com ", "salt"))
                .isEqualTo(CredentialRules.emailHash("zoe@example.com", "salt"))
                .startsWith("sha256$").hasSize(7 + 64)
                .isNotEqualTo(CredentialRules.emailHash("zoe@example.com", "pepper"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void whatOneKeySignedStillVerifiesAfterANewKeyAndAChangeBreaksIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys.jwks");
        KeyRing first = KeyRing.loadOrCreate(file, NOW);
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(KeyRing.loadOrCreate(file, NOW).signingKeyId()).as("kept, not re-created").isEqualTo(first.signingKeyId());
        String jwt = first.sign(OpenBadge.claims("https://soundpath.example", "0b7a3c1e-5f3a-4c2e-9a55-1d2e3f4a5b6c", COURSE,
                new OpenBadge.Recipient(RecipientKind.NAME, "Zoë", null, null), NOW));

        KeyRing rotated = first.withNewKey(NOW.plusSeconds(60));
        rotated.save(file);
        KeyRing reloaded = KeyRing.loadOrCreate(file, NOW);
        assertThat(reloaded.signingKeyId()).isNotEqualTo(first.signingKeyId());
        assertThat(reloaded.keyIds()).containsExactly(rotated.signingKeyId(), first.signingKeyId());
        KeyRing.Checked old = reloaded.verify(jwt);
        assertThat(old.ok()).isTrue();
        assertThat(old.keyId()).isEqualTo(first.signingKeyId());
        assertThat(OpenBadge.read(old.claims()).recipient()).isEqualTo("Zoë");

        String[] parts = jwt.split("\\.");
        String other = KeyRing.fresh(NOW).sign(com.nimbusds.jwt.JWTClaimsSet.parse(
                new String(java.util.Base64.getUrlDecoder().decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(reloaded.verify(other).problem()).as("someone else's key").isEqualTo("verify.unknownKey");
        assertThat(reloaded.verify(parts[0] + "." + parts[1] + "." + parts[2].replace(parts[2].charAt(5), parts[2].charAt(5) == 'A' ? 'B' : 'A')).problem())
                .isEqualTo("verify.badSignature");
        assertThat(reloaded.verify("a.b.c").problem()).isEqualTo("verify.malformed");
        Map<String, Object> published = reloaded.publicJwks();
        assertThat((List<?>) published.get("keys")).hasSize(2)
                .allSatisfy(k -> assertThat((Map<String, Object>) k).as("no private part").containsKeys("x", "y", "kid").doesNotContainKey("d"));
    }

    @Test
    void aHashedEmailCredentialNamesNobodyInPlainText() {
        var claims = OpenBadge.claims("https://soundpath.example", "0b7a3c1e-5f3a-4c2e-9a55-1d2e3f4a5b6c", COURSE,
                new OpenBadge.Recipient(RecipientKind.EMAIL_HASH, null, CredentialRules.emailHash("zoe@example.com", "ab"), "ab"), NOW);
        assertThat(claims.toString()).doesNotContain("zoe@example.com").contains("emailAddress").contains("sha256$");
        OpenBadge.Statement said = OpenBadge.read(claims);
        assertThat(said.recipient()).isNull();
        assertThat(said.recipientHashed()).isTrue();
        assertThat(said.skills()).containsExactly("Gain staging", "Critical listening");
        assertThat(said.issuedAt()).isEqualTo(NOW);
    }

    @Test
    void theCertificateSaysWhoWhatWhenAndWhereToVerifyInAnyScript() throws Exception {
        String url = "https://soundpath.example/credentials/0b7a3c1e-5f3a-4c2e-9a55-1d2e3f4a5b6c";
        byte[] pdf = CertificatePdf.render(new CertificatePdf.Certificate("Zoë Ångström-Nguyễn", "course",
                "Audio foundations: signal flow, gain and the DAW", List.of("Gain staging", "Signal flow", "Critical listening"),
                NOW, url, "0b7a3c1e-5f3a-4c2e-9a55-1d2e3f4a5b6c", "soundpath-20261204-abcd1234", false));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Certificate of completion", "Zoë Ångström-Nguyễn", "has completed the course",
                    "Audio foundations: signal flow, gain and the DAW", "4 December 2026", "Gain staging", url,
                    "soundpath-20261204-abcd1234");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 72);
            assertThat(page.getWidth()).isGreaterThan(page.getHeight());
            Path png = Path.of("target", "certificate-sample.png");
            Files.createDirectories(png.getParent());
            ImageIO.write(page, "png", png.toFile()); // for people to look at
        }
        byte[] revoked = CertificatePdf.render(new CertificatePdf.Certificate("<script>alert(1)</script>\u0007", "track",
                "Music producer", List.of(), NOW, url, "id", "kid", true));
        try (PDDocument doc = Loader.loadPDF(revoked)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("REVOKED", "<script>alert(1)</script>?", "has completed the track");
        }
    }
}
