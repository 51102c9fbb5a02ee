package app.soundpath.authoring.boundary;

import app.soundpath.authoring.entity.AuditEntry;
import app.soundpath.authoring.entity.Views.AuditFilter;
import app.soundpath.authoring.entity.Views.AuditPage;
import app.soundpath.authoring.entity.Views.AuditView;
import app.soundpath.identity.boundary.AccountService;
import app.soundpath.identity.entity.AccountView;
import app.soundpath.identity.entity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The audit log's read side, for admins: a search over what {@link AuthoringService} writes in the transaction of
 * every change. Kept apart so the editing façade holds no query of its own log.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditLogService {

    public static final int PAGE_SIZE = 25;

    @PersistenceContext
    EntityManager em;

    @Inject
    AccountService accounts;

    /** The audit log, newest first, a page at a time before the given entry id, filtered. */
    public AuditPage search(AuditFilter filter, Long before) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM AuditEntry e WHERE e.id < :before");
        if (filter.action() != null) {
            jpql.append(" AND e.action = :action");
        }
        if (filter.objectType() != null) {
            jpql.append(" AND e.objectType = :type");
        }
        if (filter.courseId() != null) {
            jpql.append(" AND e.courseId = :course");
        }
        var query = em.createQuery(jpql.append(" ORDER BY e.id DESC").toString(), AuditEntry.class)
                .setParameter("before", before == null ? Long.MAX_VALUE : before);
        if (filter.action() != null) {
            query.setParameter("action", filter.action());
        }
        if (filter.objectType() != null) {
            query.setParameter("type", filter.objectType());
        }
        if (filter.courseId() != null) {
            query.setParameter("course", filter.courseId());
        }
        List<AuditEntry> rows = query.setMaxResults(PAGE_SIZE + 1).getResultList();
        boolean more = rows.size() > PAGE_SIZE;
        List<AuditEntry> page = more ? rows.subList(0, PAGE_SIZE) : rows;
        Map<Long, AccountView> people = accounts.accounts(page.stream().map(AuditEntry::getActorId).distinct().toList());
        return new AuditPage(page.stream().map(e -> new AuditView(e.getId(), e.getOccurredAt(), e.getActorId(),
                Optional.ofNullable(people.get(e.getActorId())).map(AccountView::displayName).orElse("#" + e.getActorId()),
                e.getAction().name(), e.getObjectType().name(), e.getObjectId(), e.getCourseId(), e.getTitle(),
                e.getBefore(), e.getAfter())).toList(), more ? page.get(page.size() - 1).getId() : null);
    }
}
