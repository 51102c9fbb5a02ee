package app.soundpath.identity.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * Who signed in to an HTTP session, and with which roles: kept in the session itself (it is serialisable, so it
 * travels with a replicated session) and read back on every request. The container's security context is
 * re-established from it, and pages ask it who is signed in, also on error pages where Jakarta Security cannot
 * be asked (Payara 7 throws inside Exousia during an ERROR dispatch). {@code sessionEpoch} is the account's number
 * at sign-in: when the account's number has gone up since (a password reset, a deactivation) the session ends.
 */
public record SessionCaller(long accountId, Set<String> roles, int sessionEpoch) implements Serializable {

    public SessionCaller {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role.name());
    }
}
