package app.soundpath.identity.entity;

import java.time.Instant;
import java.util.Set;

/** An account as pages and the API show it: never the password hash. */
public record AccountView(Long id, String email, String displayName, Set<Role> roles, boolean active,
                          Instant createdAt, Instant lastSignInAt, boolean emailConfirmed, Reminders reminders) {

    public static AccountView of(Account a) {
        return new AccountView(a.getId(), a.getEmail(), a.getDisplayName(), a.getRoles(), a.isActive(),
                a.getCreatedAt(), a.getLastSignInAt(), a.isEmailConfirmed(), a.getReminders());
    }

    public boolean learner() { return roles.contains(Role.LEARNER); }
    public boolean instructor() { return roles.contains(Role.INSTRUCTOR); }
    public boolean admin() { return roles.contains(Role.ADMIN); }
}
