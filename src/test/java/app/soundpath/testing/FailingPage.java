package app.soundpath.testing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** Test-only: backs test-fail.xhtml and fails while loading, like a bug would. */
@Named
@RequestScoped
public class FailingPage {

    public void load() {
        throw new IllegalStateException("Deliberate failure: secret-internal-detail");
    }
}
