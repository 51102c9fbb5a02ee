package app.soundpath.credentials.entity;

/**
 * The answer of a verification. VALID: signed by one of our keys, on record and not revoked. REVOKED: genuine but
 * withdrawn. UNKNOWN: no such credential here (or hidden by its learner). INVALID: not a credential we signed, or
 * changed after signing.
 */
public enum CredentialStatus {
    VALID, REVOKED, UNKNOWN, INVALID
}
