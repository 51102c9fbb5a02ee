package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Demo mode: the run command's default (SOUNDPATH_DEMO=true). It creates one account per role at start-up and
 * shows their passwords on the sign-in page. Never on in production, where the variable is not set.
 */
@Named
@ApplicationScoped
public class DemoMode {

    /** The demo accounts: email, password, display name. Also listed in the README. */
    public record DemoAccount(String email, String password, String name, String role) {
    }

    public static final java.util.List<DemoAccount> ACCOUNTS = java.util.List.of(
            new DemoAccount("learner@soundpath.test", "learner-demo-2026", "Lee Learner", Role.Names.LEARNER),
            new DemoAccount("instructor@soundpath.test", "instructor-demo-2026", "Ines Instructor", Role.Names.INSTRUCTOR),
            new DemoAccount("admin@soundpath.test", "admin-demo-2026", "Ada Admin", Role.Names.ADMIN));

    private final boolean on = "true".equalsIgnoreCase(System.getenv("SOUNDPATH_DEMO"));

    public boolean isOn() {
        return on;
    }

    public java.util.List<DemoAccount> getAccounts() {
        return on ? ACCOUNTS : java.util.List.of();
    }
}
