package app.soundpath.credentials.control;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.security.SecureRandom;

/**
 * The issuer's signing keys: P-256 keys for ES256, as a JWK set whose first key signs new credentials and whose other
 * (older) keys still verify what they signed. Every JWT names its key in the {@code kid} header. Immutable: a new key
 * gives a new ring.
 */
public final class KeyRing {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final DateTimeFormatter KID_DATE = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final List<ECKey> keys;

    private KeyRing(List<ECKey> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("A key ring needs at least one key");
        }
        this.keys = List.copyOf(keys);
    }

    /** A ring with one new key. */
    public static KeyRing fresh(Instant now) {
        return new KeyRing(List.of(newKey(now)));
    }

    /** Reads a ring from a JWK set with private P-256 keys (the key file, or the environment). */
    public static KeyRing parse(String jwkSetJson) {
        try {
            List<ECKey> keys = new ArrayList<>();
            for (JWK jwk : JWKSet.parse(jwkSetJson).getKeys()) {
                if (!(jwk instanceof ECKey ec) || !ec.isPrivate() || !Curve.P_256.equals(ec.getCurve()) || ec.getKeyID() == null) {
                    throw new IllegalArgumentException("The credential key set may hold only private P-256 keys with a kid");
                }
                keys.add(ec);
            }
            return new KeyRing(keys);
        } catch (ParseException e) {
            throw new IllegalArgumentException("The credential key set is not a JWK set: " + e.getMessage(), e);
        }
    }

    /** Reads the ring from a file, creating the file with one new key (readable by its owner only) when absent. */
    public static KeyRing loadOrCreate(Path file, Instant now) {
        try {
            if (Files.exists(file)) {
                return parse(Files.readString(file, StandardCharsets.UTF_8));
            }
            KeyRing ring = fresh(now);
            ring.save(file);
            return ring;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the credential key file " + file, e);
        }
    }

    /** This ring with a new signing key in front; the old keys stay, to verify what they signed. */
    public KeyRing withNewKey(Instant now) {
        List<ECKey> more = new ArrayList<>();
        more.add(newKey(now));
        more.addAll(keys);
        return new KeyRing(more);
    }

    /** Writes the ring (private keys included) to the file atomically, readable and writable by its owner only. */
    public void save(Path file) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".credential-keys", ".tmp");
        try {
            if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            }
            Files.writeString(temp, new JWKSet(new ArrayList<JWK>(keys)).toString(false), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    public String signingKeyId() {
        return keys.get(0).getKeyID();
    }

    public List<String> keyIds() {
        return keys.stream().map(ECKey::getKeyID).toList();
    }

    /** The public half of every key, as published for verifiers. */
    public Map<String, Object> publicJwks() {
        return new JWKSet(new ArrayList<JWK>(keys)).toPublicJWKSet().toJSONObject(true);
    }

    /** Signs the claims with the current key: a compact JWS, header {@code alg} ES256, {@code kid}, {@code typ} JWT. */
    public String sign(JWTClaimsSet claims) {
        ECKey key = keys.get(0);
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new ECDSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign a credential", e);
        }
    }

    /** The outcome of checking a JWT's signature: the claims when it holds, else a message key saying why not. */
    public record Checked(JWTClaimsSet claims, String keyId, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** Checks that the JWT is ES256, names one of these keys, and that its signature holds for that key. */
    public Checked verify(String compact) {
        SignedJWT jwt;
        try {
            jwt = SignedJWT.parse(compact);
        } catch (ParseException e) {
            return new Checked(null, null, "verify.malformed");
        }
        String kid = jwt.getHeader().getKeyID();
        if (!JWSAlgorithm.ES256.equals(jwt.getHeader().getAlgorithm())) {
            return new Checked(null, kid, "verify.wrongAlgorithm");
        }
        ECKey key = keys.stream().filter(k -> k.getKeyID().equals(kid)).findFirst().orElse(null);
        if (key == null) {
            return new Checked(null, kid, "verify.unknownKey");
        }
        try {
            if (!jwt.verify(new ECDSAVerifier(key.toECPublicKey()))) {
                return new Checked(null, kid, "verify.badSignature");
            }
            return new Checked(jwt.getJWTClaimsSet(), kid, null);
        } catch (JOSEException | ParseException | IllegalStateException e) {
            return new Checked(null, kid, "verify.badSignature");
        }
    }

    private static ECKey newKey(Instant now) {
        try {
            byte[] suffix = new byte[4];
            RANDOM.nextBytes(suffix);
            String kid = "soundpath-" + KID_DATE.format(now) + "-" + HexFormat.of().formatHex(suffix);
            return new ECKeyGenerator(Curve.P_256).keyID(kid).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.ES256)
                    .issueTime(Date.from(now)).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot create a P-256 key", e);
        }
    }
}
