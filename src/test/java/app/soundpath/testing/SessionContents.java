package app.soundpath.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;

/** What the tests' sessions held could all travel to another node (see {@link SessionContentsCheck}). */
public final class SessionContents {

    private SessionContents() {
    }

    /**
     * Fails when any value put into a session on this server could not be serialised; also fails when the check did
     * not see the signed-in caller and Faces' view state at all (then it did not run). Returns the report, for more specific assertions.
     */
    public static String assertAllSerialisable(URL base) {
        String report = new WebSession(base).getJson("/api/test-data/session-contents").body();
        assertThat(report).as("what sessions held").contains("app.soundpath.identity.entity.SessionCaller=")
                .contains("com.sun.faces.renderkit.ServerSideStateHelper.LogicalViewMap=") // Faces' view state
                .doesNotContain("not serialisable");
        System.out.println("Session contents serialised by the tests: " + report);
        return report;
    }
}
