package app.soundpath.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.logging.Logger;

/** Tells the person who typed the run command where to point the browser (only the run command sets the port). */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
public class StartupBanner {

    private static final Logger LOG = Logger.getLogger(StartupBanner.class.getName());

    @PostConstruct
    void announce() {
        String port = System.getenv("SOUNDPATH_PORT");
        if (port != null && port.matches("\\d{1,5}")) {
            LOG.info(() -> "\n\n    Soundpath is ready: open http://localhost:" + port + "/ in your browser."
                    + "\n    Stop it with Ctrl-C.\n");
        }
    }
}
