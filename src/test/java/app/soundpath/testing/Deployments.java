package app.soundpath.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The one deployment every integration test uses: the WAR that `package` built, as users get it. */
public final class Deployments {

    private Deployments() {
    }

    /** The real WAR. */
    public static WebArchive soundpath() {
        File war = new File(System.getProperty("soundpath.war", "target/soundpath.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (./mvnw verify runs package before the tests): " + war);
        }
        return ShrinkWrap.create(ZipImporter.class, "soundpath.war").importFrom(war).as(WebArchive.class);
    }

    /** The real WAR plus the test-only data door ({@link TestDataResource}). */
    public static WebArchive soundpathWithTestData() {
        return soundpath().addClasses(TestDataResource.class, StatementCountFilter.class, StatementsPerRequest.class,
                SessionContentsCheck.class, SessionSaveProbe.class, SessionSaveProbe.SlowToSerialise.class);
    }

    /**
     * The real WAR plus a page and a REST call that always fail, to prove what users see on a server error, and the
     * test-only data door (to read what the start-up put in the database).
     */
    public static WebArchive soundpathWithFailures() {
        return soundpath()
                .addClasses(FailingPage.class, FailingResource.class, TestDataResource.class, SessionContentsCheck.class)
                .addAsWebResource(Deployments.class.getResource("fail.xhtml"), "test-fail.xhtml");
    }
}
