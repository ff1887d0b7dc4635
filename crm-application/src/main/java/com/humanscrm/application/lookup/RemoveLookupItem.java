package com.humanscrm.application.lookup;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.VersionMismatchException;

/** Removes an item that no record uses; one still in use is refused with {@code IN_USE}. */
public final class RemoveLookupItem {

    private final LookupRepository lookups;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    public RemoveLookupItem(LookupRepository lookups, UnitOfWork unitOfWork, AuditTrail audit) {
        this.lookups = lookups;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    public void execute(Actor actor, Command command) {
        actor.require(Permission.ADMINISTER);
        unitOfWork.inTransaction(() -> {
            LookupItem item = loadForChange(lookups, command.list(), command.id());
            VersionMismatchException.check(RecordKind.LOOKUP_ITEM, command.expectedVersion(), item.version());
            lookups.remove(item.id());
            audit.deleted(actor, RecordKind.LOOKUP_ITEM, item.id().value(), item.auditSnapshot());
            return item;
        });
    }

    /**
     * The item, held for a change ({@link LookupRepository#findForChange}), if it exists in that list: an
     * id from another list is as unknown as a made-up one.
     */
    static LookupItem loadForChange(LookupRepository lookups, LookupList list, LookupItemId id) {
        return lookups.findForChange(id).filter(item -> item.list() == list)
                .orElseThrow(() -> NotFoundException.of(RecordKind.LOOKUP_ITEM, id));
    }

    public record Command(LookupList list, LookupItemId id, Integer expectedVersion) {
    }
}
