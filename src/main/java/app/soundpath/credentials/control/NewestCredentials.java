package app.soundpath.credentials.control;

import app.soundpath.credentials.entity.CredentialView;
import app.soundpath.platform.StampedCopies;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** This node's copies of learners' newest credential (issue 14: the dashboard's panel, read once per change). */
@ApplicationScoped
public class NewestCredentials extends StampedCopies<Optional<CredentialView>> {
}
