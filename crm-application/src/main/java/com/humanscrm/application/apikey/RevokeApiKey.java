package com.humanscrm.application.apikey;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.colleague.Permission;
import java.time.Clock;

/** Revokes a key for good; revoking twice is harmless and changes nothing. */
public final class RevokeApiKey {

    private final ApiKeyRepository apiKeys;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public RevokeApiKey(ApiKeyRepository apiKeys, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.apiKeys = apiKeys;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public ApiKey execute(Actor actor, Command command) {
        actor.require(Permission.ADMINISTER);
        return unitOfWork.inTransaction(() -> {
            ApiKey before = ApiKeyQueries.loadForChange(apiKeys, command.id());
            ApiKey after = before.revoke(clock);
            if (after != before) {
                apiKeys.update(after);
                audit.updated(actor, RecordKind.API_KEY, after.id().value(), before.auditSnapshot(), after.auditSnapshot());
            }
            return after;
        });
    }

    public record Command(ApiKeyId id) {
    }
}
