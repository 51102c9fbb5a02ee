package app.soundpath.credentials.boundary;

import app.soundpath.platform.LearnerStamps;
import app.soundpath.credentials.control.NewestCredentials;
import app.soundpath.credentials.control.CertificatePdf;
import app.soundpath.credentials.control.CredentialRules;
import app.soundpath.credentials.control.KeyRing;
import app.soundpath.credentials.control.OpenBadge;
import app.soundpath.credentials.entity.AchievementKind;
import app.soundpath.credentials.entity.Credential;
import app.soundpath.credentials.entity.CredentialEvent;
import app.soundpath.credentials.entity.CredentialEventView;
import app.soundpath.credentials.entity.CredentialHolder;
import app.soundpath.credentials.entity.CredentialNotFoundException;
import app.soundpath.credentials.entity.CredentialStatus;
import app.soundpath.credentials.entity.CredentialView;
import app.soundpath.credentials.entity.RecipientKind;
import app.soundpath.credentials.entity.Verification;
import app.soundpath.identity.boundary.AccountService;
import app.soundpath.identity.entity.AccountView;
import app.soundpath.platform.Dates;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The credentials feature's one façade: a learner's own credentials (list, download, hide, how they are named), public
 * verification (by id, or of a pasted JWT: the signature is always checked here, on the server), and revocation and
 * key rotation for admins, each audited in its transaction. The caller's id comes from the container, never a form.
 */
@Stateless
@PermitAll
public class CredentialService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CredentialKeys keys;

    @Inject
    PublicAddress address;

    @Inject
    AccountService accounts;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    @Inject
    LearnerStamps stamps;

    @Inject
    NewestCredentials newestCopies;

    // ---- The learner's own --------------------------------------------------------------------------------------------

    @RolesAllowed({"LEARNER", "INSTRUCTOR", "ADMIN"})
    public List<CredentialView> mine() {
        return em.createNamedQuery(Credential.OF_LEARNER, Credential.class).setParameter("learner", callerId())
                .getResultStream().map(c -> CredentialView.of(c, null)).toList();
    }

    @RolesAllowed({"LEARNER", "INSTRUCTOR", "ADMIN"})
    @TransactionAttribute(TransactionAttributeType.SUPPORTS) // a read on every dashboard
    public Optional<CredentialView> newest() {
        Long caller = callerId();
        return newestCopies.get(caller, stamps.current(caller), () -> readNewest(caller));
    }

    private Optional<CredentialView> readNewest(Long caller) {
        List<?> rows = em.createNativeQuery(NEWEST).setParameter(1, caller).getResultList();
        return rows.stream().map(Object[].class::cast).findFirst().map(r -> new CredentialView((String) r[0],
                AchievementKind.valueOf((String) r[1]), (String) r[2], (String) r[3], RecipientKind.valueOf((String) r[4]),
                (String) r[5], Dates.fromColumn(r[6]), (String) r[7], Boolean.TRUE.equals(r[8]), Dates.fromColumn(r[9]),
                (String) r[10], null));
    }

    /**
     * The newest credential's shown columns (not the signed JWT): one statement of fixed text, once per learner stamp
     * (kept on this node; issuing, hiding, showing and revoking renew the stamp).
     */
    private static final String NEWEST = "SELECT public_id, achievement_kind, achievement_slug, achievement_title,"
            + " recipient_kind, recipient_name, issued_at, key_id, hidden, revoked_at, revoked_reason FROM credential"
            + " WHERE learner_id = ?1 ORDER BY issued_at DESC, id DESC LIMIT 1";

    /** The signed VC-JWT of one of the caller's credentials. */
    @RolesAllowed({"LEARNER", "INSTRUCTOR", "ADMIN"})
    public String jwt(String publicId) {
        return own(publicId).getJwt();
    }

    /** The printable certificate of one of the caller's credentials. */
    @RolesAllowed({"LEARNER", "INSTRUCTOR", "ADMIN"})
    public byte[] pdf(String publicId) {
        Credential c = own(publicId);
        String name = c.getRecipientName() != null ? c.getRecipientName()
                : accounts.account(c.getLearnerId()).map(AccountView::displayName).orElse("");
        List<String> skills = OpenBadge.read(keys.ring().verify(c.getJwt()).claims()).skills();
        return CertificatePdf.render(new CertificatePdf.Certificate(name,
                c.getAchievementKind() == AchievementKind.COURSE ? "course" : "track", c.getAchievementTitle(), skills,
                c.getIssuedAt(), OpenBadge.credentialUrl(address.base(), c.getPublicId()), c.getPublicId(), c.getKeyId(),
                c.getRevokedAt() != null));
    }

    /** Hides one of the caller's credentials from its public page (it stays valid), or shows it again. */
    @RolesAllowed({"LEARNER", "INSTRUCTOR", "ADMIN"})
    public boolean hide(String publicId, boolean hide) {
        Credential c = own(publicId);
        boolean changed = c.hide(hide);
        if (changed) {
            stamps.renew(c.getLearnerId());
            em.persist(new CredentialEvent(c.getId(), callerId(), hide ? CredentialEvent.Action.HIDDEN
                    : CredentialEvent.Action.SHOWN, null, clock.instant()));
        }
        return changed;
    }

    @RolesAllowed({"LEARNER", "INSTRUCTOR", "ADMIN"})
    public RecipientKind recipientKind() {
        CredentialHolder holder = em.find(CredentialHolder.class, callerId());
        return holder == null ? RecipientKind.NAME : holder.getRecipientKind();
    }

    /** How credentials issued from now on name the caller (those already issued stay as they were signed). */
    @RolesAllowed({"LEARNER", "INSTRUCTOR", "ADMIN"})
    public void chooseRecipientKind(RecipientKind kind) {
        if (kind == null) {
            throw new app.soundpath.credentials.entity.CredentialInputException("credentials.chooseName");
        }
        CredentialHolder holder = em.find(CredentialHolder.class, callerId());
        if (holder == null) {
            em.persist(new CredentialHolder(callerId(), kind));
        } else {
            holder.choose(kind);
        }
    }

    // ---- Anyone -----------------------------------------------------------------------------------------------------

    /**
     * A credential's public page: what it says and whether it is valid, its signature checked now. A credential its
     * learner hid is UNKNOWN, exactly like one that does not exist, except to that learner.
     */
    public Verification publicView(String publicId) {
        Credential c = find(publicId).orElse(null);
        Long caller = callerIdOrNull();
        boolean mine = c != null && c.getLearnerId().equals(caller);
        if (c == null || (c.isHidden() && !mine)) {
            return Verification.failed(CredentialStatus.UNKNOWN, "verify.notOnRecord");
        }
        Verification v = verifyStored(c.getJwt());
        return c.isHidden() ? v.hiddenFromPublic() : v;
    }

    /** Verifies a pasted VC-JWT: our signature, on record here, not revoked. */
    public Verification verify(String pastedJwt) {
        return verifyStored(CredentialRules.jwt(pastedJwt));
    }

    public Map<String, Object> publicKeys() {
        return keys.ring().publicJwks();
    }

    public Map<String, Object> issuerProfile() {
        return OpenBadge.issuerDocument(address.base());
    }

    // ---- Admins -----------------------------------------------------------------------------------------------------

    /** The newest credentials, or those of people whose name or e-mail contains the query, or the one with that id. */
    @RolesAllowed("ADMIN")
    public List<CredentialView> recent(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(java.util.Locale.ROOT);
        List<Credential> found;
        if (CredentialRules.isPublicId(q)) {
            found = find(q).stream().toList();
        } else if (!q.isEmpty()) {
            // People whose name or e-mail contains the query (the first page of identity's search), then their credentials.
            Set<Long> learners = accounts.people(q, null).rows().stream().map(AccountView::id).collect(Collectors.toSet());
            found = learners.isEmpty() ? List.of() : em.createNamedQuery(Credential.OF_LEARNERS, Credential.class)
                    .setParameter("learners", learners).setMaxResults(limit).getResultList();
        } else {
            found = em.createNamedQuery(Credential.NEWEST, Credential.class).setMaxResults(limit).getResultList();
        }
        Map<Long, AccountView> people = accounts.accounts(found.stream().map(Credential::getLearnerId).collect(Collectors.toSet()));
        return found.stream().map(c -> CredentialView.of(c, people.containsKey(c.getLearnerId())
                ? people.get(c.getLearnerId()).email() : "")).toList();
    }

    /** Revokes a credential for the reason given (required, at most 500 characters); audited. False if it already was. */
    @RolesAllowed("ADMIN")
    public boolean revoke(String publicId, String reason) {
        String why = CredentialRules.reason(reason);
        Credential c = find(publicId).orElseThrow(CredentialNotFoundException::new);
        boolean changed = c.revoke(callerId(), why, clock.instant());
        if (changed) {
            stamps.renew(c.getLearnerId());
            em.persist(new CredentialEvent(c.getId(), callerId(), CredentialEvent.Action.REVOKED, why, clock.instant()));
        }
        return changed;
    }

    /** Starts signing with a new key; the old keys stay published and keep verifying what they signed. Audited. */
    @RolesAllowed("ADMIN")
    public String addKey() {
        KeyRing ring = keys.addKey();
        em.persist(new CredentialEvent(null, callerId(), CredentialEvent.Action.KEY_ADDED, ring.signingKeyId(),
                clock.instant()));
        return ring.signingKeyId();
    }

    @RolesAllowed("ADMIN")
    public List<String> keyIds() {
        return keys.ring().keyIds();
    }

    @RolesAllowed("ADMIN")
    public boolean keysFromEnvironment() {
        return keys.fromEnvironment();
    }

    /** The audit trail, newest first. */
    @RolesAllowed("ADMIN")
    public List<CredentialEventView> events(int limit) {
        List<CredentialEvent> events = em.createNamedQuery(CredentialEvent.NEWEST, CredentialEvent.class)
                .setMaxResults(limit).getResultList();
        Set<Long> credentialIds = events.stream().map(CredentialEvent::getCredentialId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, String> publicIds = credentialIds.isEmpty() ? Map.of() : em.createQuery(
                        "SELECT c FROM Credential c WHERE c.id IN :ids", Credential.class).setParameter("ids", credentialIds)
                .getResultStream().collect(Collectors.toMap(Credential::getId, Credential::getPublicId));
        Collection<Long> actorIds = events.stream().map(CredentialEvent::getActorId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Map<Long, AccountView> actors = accounts.accounts(actorIds);
        return events.stream().map(e -> new CredentialEventView(e.getOccurredAt(),
                e.getActorId() == null ? null : actors.containsKey(e.getActorId()) ? actors.get(e.getActorId()).email() : "",
                e.getAction(), publicIds.get(e.getCredentialId()), e.getDetail())).toList();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    private Verification verifyStored(String jwt) {
        KeyRing.Checked checked = keys.ring().verify(jwt);
        if (!checked.ok()) {
            return Verification.failed(CredentialStatus.INVALID, checked.problem());
        }
        OpenBadge.Statement said = OpenBadge.read(checked.claims());
        if (said == null) {
            return Verification.failed(CredentialStatus.INVALID, "verify.notACredential");
        }
        Credential c = find(said.publicId()).filter(x -> x.getJwt().equals(jwt)).orElse(null);
        if (c == null) {
            return Verification.failed(CredentialStatus.UNKNOWN, "verify.notOnRecord");
        }
        boolean revoked = c.getRevokedAt() != null;
        return new Verification(revoked ? CredentialStatus.REVOKED : CredentialStatus.VALID,
                revoked ? "verify.revoked" : null, c.getPublicId(), said.recipient(), said.achievement(),
                c.getAchievementKind().name(), said.skills(), said.issuedAt(), checked.keyId(), c.getRevokedAt(),
                c.getRevokedReason(), false);
    }

    private Optional<Credential> find(String publicId) {
        if (!CredentialRules.isPublicId(publicId)) {
            return Optional.empty();
        }
        return em.createNamedQuery(Credential.BY_PUBLIC_ID, Credential.class).setParameter("id", publicId)
                .getResultStream().findFirst();
    }

    private Credential own(String publicId) {
        Long caller = callerId();
        return find(publicId).filter(c -> c.getLearnerId().equals(caller)).orElseThrow(CredentialNotFoundException::new);
    }

    private Long callerId() {
        return Long.valueOf(session.getCallerPrincipal().getName());
    }

    private Long callerIdOrNull() {
        try {
            return session.getCallerPrincipal() == null ? null : Long.valueOf(session.getCallerPrincipal().getName());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
