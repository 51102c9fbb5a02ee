package app.soundpath.credentials.boundary;

import app.soundpath.credentials.control.KeyRing;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Logger;

/**
 * Where the signing keys come from, outside the database so a dump never holds them: {@code SOUNDPATH_CREDENTIAL_KEYS}
 * (a JWK set, for a cluster or a secret store; read only), else the file {@code SOUNDPATH_CREDENTIAL_KEY_FILE}, else
 * {@code credential-keys.jwks} in the data folder ({@code SOUNDPATH_DATA}). A missing file is created with a new key
 * on first use. Without a data folder (tests) the file goes to the temporary folder, with a warning.
 */
@ApplicationScoped
public class CredentialKeys {

    private static final Logger LOG = Logger.getLogger(CredentialKeys.class.getName());

    @Inject
    Clock clock;

    private KeyRing ring;

    public synchronized KeyRing ring() {
        if (ring == null) {
            String given = System.getenv("SOUNDPATH_CREDENTIAL_KEYS");
            if (given != null && !given.isBlank()) {
                ring = KeyRing.parse(given);
                LOG.info(() -> "Credential signing keys from SOUNDPATH_CREDENTIAL_KEYS: " + ring.keyIds());
            } else {
                Path file = file();
                ring = KeyRing.loadOrCreate(file, clock.instant());
                LOG.info(() -> "Credential signing keys from " + file.toAbsolutePath() + ": " + ring.keyIds());
            }
        }
        return ring;
    }

    /** Starts signing with a new key, keeping the old ones for verification; refused when keys come from the environment. */
    public synchronized KeyRing addKey() {
        if (fromEnvironment()) {
            throw new IllegalStateException("The keys are given by SOUNDPATH_CREDENTIAL_KEYS: change them there");
        }
        KeyRing next = ring().withNewKey(clock.instant());
        try {
            next.save(file());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the credential key file", e);
        }
        ring = next;
        return ring;
    }

    public boolean fromEnvironment() {
        String given = System.getenv("SOUNDPATH_CREDENTIAL_KEYS");
        return given != null && !given.isBlank();
    }

    /** The key file in use. */
    public Path file() {
        String file = System.getenv("SOUNDPATH_CREDENTIAL_KEY_FILE");
        if (file != null && !file.isBlank()) {
            return Path.of(file);
        }
        String data = System.getenv("SOUNDPATH_DATA");
        if (data != null && !data.isBlank()) {
            return Path.of(data, "credential-keys.jwks");
        }
        LOG.warning("Neither SOUNDPATH_DATA nor SOUNDPATH_CREDENTIAL_KEY_FILE is set: the credential signing key lives"
                + " in the temporary folder. Fine for tests; set one of them anywhere credentials must stay verifiable.");
        return Path.of(System.getProperty("java.io.tmpdir"), "soundpath-credential-keys.jwks");
    }
}
