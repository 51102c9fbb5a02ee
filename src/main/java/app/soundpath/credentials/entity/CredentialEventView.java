package app.soundpath.credentials.entity;

import java.time.Instant;

/** One line of the credentials' audit trail as admins read it: who (e-mail), what, which credential, why, when. */
public record CredentialEventView(Instant at, String actor, CredentialEvent.Action action, String credentialId,
                                  String detail) {
}
