package app.soundpath.demo.boundary;

import app.soundpath.credentials.boundary.CredentialIssuer;
import app.soundpath.identity.boundary.DemoMode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Demo mode only: on the first start of a fresh database, a generated cohort (300 learners by default, seed 42,
 * dated back from now), the demo learner mid-way and the demo instructor with a class, so that the reports, the
 * dashboard and the instructor's pages show life from the first minute. Filled in the background (the first page
 * does not wait), in one transaction guarded by the {@code demo_cohort} row, so it happens once, also when nodes
 * start together; a log line says when it is ready. SOUNDPATH_DEMO_LEARNERS=0 (-Dsoundpath.demo.learners=0) turns
 * it off; outside demo mode it never runs.
 */
@Startup
@Singleton
// After ContentSeed: a fresh database has its courses only once that start-up import is done.
@DependsOn({"DatabaseMigration", "AccountBootstrap", "ContentSeed"})
public class DemoCohort {

    private static final Logger LOG = Logger.getLogger(DemoCohort.class.getName());
    static final int DEFAULT_LEARNERS = 300;
    static final long SEED = 42;

    @Resource(lookup = "java:comp/DefaultDataSource")
    DataSource dataSource;

    @Resource
    ManagedExecutorService executor;

    @Inject
    DemoMode demoMode;

    @Inject
    CredentialIssuer credentials;

    @Inject
    Clock clock;

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void start() {
        int learners = cohortSize(demoMode.isOn(),
                learners(System.getenv("SOUNDPATH_DEMO_LEARNERS"), System.getProperty("soundpath.demo.learners")));
        if (learners == 0) {
            return;
        }
        CohortLoader.Settings settings = new CohortLoader.Settings(learners, SEED, clock.instant().truncatedTo(ChronoUnit.SECONDS));
        executor.submit(() -> fill(settings));
    }

    private void fill(CohortLoader.Settings settings) {
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            CohortLoader.Outcome outcome = CohortLoader.fill(c, settings);
            c.setAutoCommit(true);
            if (!outcome.filled()) {
                LOG.info(() -> "Demo cohort: none added, " + outcome.why());
                return;
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.info(() -> String.format("Demo cohort ready: %d generated learners (seed %d), the demo learner mid-way and the"
                    + " demo instructor's courses, %,d rows in %.1f s", outcome.learners(), settings.seed(), outcome.rows(), seconds));
            int issued = credentials.backfill();
            LOG.info(() -> String.format("Demo cohort: %d credentials issued for its completed courses and tracks (%.1f s in all)",
                    issued, (System.nanoTime() - started) / 1e9));
        } catch (Exception e) {
            LOG.warning(() -> "Demo cohort failed, nothing of it was kept (tried again at the next start): " + e);
        }
    }

    /** The number of learners: the variable, else the system property, else 300; anything unreadable counts as 0. */
    /** How many learners the cohort gets: none outside demo mode, whatever the setting says. */
    public static int cohortSize(boolean demoMode, int wanted) {
        return demoMode ? Math.max(0, wanted) : 0;
    }

    public static int learners(String variable, String property) {
        String value = variable != null && !variable.isBlank() ? variable : property;
        if (value == null || value.isBlank()) {
            return DEFAULT_LEARNERS;
        }
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(value.trim())));
        } catch (NumberFormatException e) {
            LOG.warning(() -> "SOUNDPATH_DEMO_LEARNERS is not a number (" + value.strip() + "): no demo cohort");
            return 0;
        }
    }
}
