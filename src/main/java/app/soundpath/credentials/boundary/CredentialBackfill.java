package app.soundpath.credentials.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * At start-up, in the background: issues the credentials earned by completions that have none (courses and tracks
 * finished before this feature existed). It takes the same locks as issuing on completion, so it can run beside
 * learners finishing courses; it is harmless to run again.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class CredentialBackfill {

    private static final Logger LOG = Logger.getLogger(CredentialBackfill.class.getName());

    @Inject
    CredentialIssuer issuer;

    @Resource
    ManagedExecutorService executor;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        executor.submit(() -> {
            try {
                int issued = issuer.backfill();
                if (issued > 0) {
                    LOG.info(() -> "Issued " + issued + " credentials for completions made before credentials existed");
                }
            } catch (RuntimeException e) {
                LOG.warning(() -> "Issuing credentials for earlier completions failed (tried again at the next start): " + e);
            }
        });
    }
}
