package com.humanscrm.application.lookup;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.time.Clock;

/** Renames an item; records that use it show the new name. */
public final class RenameLookupItem {

    private final LookupRepository lookups;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public RenameLookupItem(LookupRepository lookups, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.lookups = lookups;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public LookupItem execute(Actor actor, Command command) {
        actor.require(Permission.ADMINISTER);
        return unitOfWork.inTransaction(() -> {
            LookupItem before = RemoveLookupItem.loadForChange(lookups, command.list(), command.id());
            VersionMismatchException.check(RecordKind.LOOKUP_ITEM, command.expectedVersion(), before.version());
            LookupItem after = before.rename(command.name(), clock);
            if (after.name().equals(before.name())) {
                // Renamed to what it is: keep the version, so others holding it can still write.
                return before;
            }
            lookups.findByName(after.list(), after.name())
                    .filter(other -> !other.id().equals(after.id()))
                    .ifPresent(other -> {
                        throw ConflictException.duplicate("The " + after.list().slug() + " list already has " + after.name());
                    });
            lookups.update(after);
            audit.updated(actor, RecordKind.LOOKUP_ITEM, after.id().value(), before.auditSnapshot(), after.auditSnapshot());
            return after;
        });
    }

    public record Command(LookupList list, LookupItemId id, Integer expectedVersion, String name) {
    }
}
