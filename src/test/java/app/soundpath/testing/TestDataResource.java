package app.soundpath.testing;

import app.soundpath.identity.control.PasswordHasher;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/**
 * Test-only (added to the test deployment, never to the real WAR): lets a test plant what it cannot make
 * through the app in reasonable time, such as a password hash from before the cost was raised or a reset link
 * that is 25 hours old. Works on the same real database as the app.
 */
@Stateless
@Path("test-data")
public class TestDataResource {

    @PersistenceContext
    EntityManager em;

    @POST
    @Path("old-password-hash")
    public String plantOldHash(@QueryParam("email") String email, @QueryParam("password") String password,
                               @QueryParam("iterations") int iterations) {
        String hash = new PasswordHasher(iterations).hash(password);
        em.createNativeQuery("UPDATE account SET password_hash = ?1 WHERE email = ?2")
                .setParameter(1, hash).setParameter(2, email).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return hash;
    }

    @GET
    @Path("password-hash")
    public String storedHash(@QueryParam("email") String email) {
        return (String) em.createNativeQuery("SELECT password_hash FROM account WHERE email = ?1")
                .setParameter(1, email).getSingleResult();
    }

    @GET
    @Path("account-count")
    public String accountCount(@QueryParam("email") String email) {
        return String.valueOf(em.createNativeQuery("SELECT COUNT(*) FROM account WHERE email = ?1")
                .setParameter(1, email).getSingleResult());
    }

    @POST
    @Path("age-reset-links")
    public String ageResetLinks(@QueryParam("email") String email) {
        int changed = em.createNativeQuery("UPDATE password_reset SET expires_at = created_at - INTERVAL '1' HOUR"
                + " WHERE account_id = (SELECT id FROM account WHERE email = ?1)")
                .setParameter(1, email).executeUpdate();
        em.getEntityManagerFactory().getCache().evictAll();
        return String.valueOf(changed);
    }
}
