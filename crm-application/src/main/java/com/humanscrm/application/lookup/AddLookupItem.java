package com.humanscrm.application.lookup;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.ConflictException;
import java.time.Clock;

public final class AddLookupItem {


    private final LookupRepository lookups;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public AddLookupItem(LookupRepository lookups, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.lookups = lookups;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public LookupItem execute(Actor actor, Command command) {
        actor.require(Permission.ADMINISTER);
        LookupItem item = LookupItem.create(command.list(), command.name(), clock);
        return unitOfWork.inTransaction(() -> {
            if (lookups.findByName(item.list(), item.name()).isPresent()) {
                throw ConflictException.duplicate("The " + item.list().slug() + " list already has " + item.name());
            }
            lookups.add(item);
            audit.created(actor, RecordKind.LOOKUP_ITEM, item.id().value(), item.auditSnapshot());
            return item;
        });
    }

    public record Command(LookupList list, String name) {
    }
}
