package app.soundpath.identity.boundary;

import app.soundpath.identity.entity.Role;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJBException;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up: the first admin of a fresh install from SOUNDPATH_ADMIN_EMAIL / SOUNDPATH_ADMIN_PASSWORD (only
 * while no admin exists), and in demo mode one account per role.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each account in a transaction of its own
public class AccountBootstrap {

    private static final Logger LOG = Logger.getLogger(AccountBootstrap.class.getName());

    @Inject
    AccountService accounts;

    @Inject
    DemoMode demoMode;

    @PostConstruct
    void bootstrap() {
        String email = System.getenv("SOUNDPATH_ADMIN_EMAIL");
        String password = System.getenv("SOUNDPATH_ADMIN_PASSWORD");
        if (email != null && !email.isBlank() && password != null && !accounts.anyAdmin()) {
            if (create(email, "Administrator", password, Role.ADMIN)) {
                LOG.info(() -> "Created the first admin account from SOUNDPATH_ADMIN_EMAIL");
            }
        }
        if (demoMode.isOn()) {
            for (DemoMode.DemoAccount demo : DemoMode.ACCOUNTS) {
                create(demo.email(), demo.name(), demo.password(), Role.valueOf(demo.role()));
            }
            LOG.info("Demo mode: demo accounts for each role are available (see the sign-in page)");
        }
    }

    /**
     * Creates the account unless it exists. Cluster nodes starting together may both try: the address is unique,
     * so one wins and the other's attempt fails on the key, which here means "made already", not a failed start.
     */
    private boolean create(String email, String name, String password, Role role) {
        try {
            return accounts.createIfAbsent(email, name, password, role);
        } catch (EJBException madeByAnotherNode) {
            LOG.info(() -> "Account " + email + " was made by another node at the same moment");
            return false;
        }
    }
}
