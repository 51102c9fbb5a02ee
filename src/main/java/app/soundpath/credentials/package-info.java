/**
 * Proof a learner can show: a signed Open Badges 3.0 credential (VC-JWT, ES256) and a printable certificate for every
 * finished course and track, issued in the completing transaction; public verification, hiding and revocation.
 */
package app.soundpath.credentials;
