package app.soundpath.authoring.boundary;

import app.soundpath.authoring.entity.AuditEntry;
import app.soundpath.authoring.entity.Views.AuditFilter;
import app.soundpath.authoring.entity.Views.AuditPage;
import app.soundpath.authoring.entity.Views.CourseRow;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs {@code admin/audit.xhtml}: every authoring change, newest first, filtered by action, kind and course. */
@Named
@RequestScoped
public class AuditLogPage {

    @Inject
    AuthoringService authoring;

    @Inject
    AuditLogService auditLog;

    private AuditEntry.Action action;
    private AuditEntry.ObjectType type;
    private Long course;
    private Long before;
    // Empty until load(): a malformed filter fails conversion and the page shows no rows rather than an error.
    private AuditPage entries = new AuditPage(List.of(), null);
    private List<CourseRow> courses = List.of();

    public void load() {
        entries = auditLog.search(new AuditFilter(action, type, course), before);
        courses = authoring.myCourses();
    }

    public AuditEntry.Action[] getActions() { return AuditEntry.Action.values(); }
    public AuditEntry.ObjectType[] getTypes() { return AuditEntry.ObjectType.values(); }
    public List<CourseRow> getCourses() { return courses; }
    public AuditPage getEntries() { return entries; }
    public AuditEntry.Action getAction() { return action; }
    public void setAction(AuditEntry.Action action) { this.action = action; }
    public AuditEntry.ObjectType getType() { return type; }
    public void setType(AuditEntry.ObjectType type) { this.type = type; }
    public Long getCourse() { return course; }
    public void setCourse(Long course) { this.course = course; }
    public Long getBefore() { return before; }
    public void setBefore(Long before) { this.before = before; }
}
