package app.soundpath.authoring.entity;

import app.soundpath.platform.BusinessException;

/** Someone else saved the item since the caller loaded it (its version moved on): nothing was saved. */
public class EditConflictException extends BusinessException {

    private final AuditEntry.ObjectType type;
    private final Long id;

    public EditConflictException(AuditEntry.ObjectType type, Long id) {
        super("author.conflict");
        this.type = type;
        this.id = id;
    }

    public AuditEntry.ObjectType type() { return type; }
    public Long id() { return id; }

    @Override
    public int status() {
        return 409;
    }
}
