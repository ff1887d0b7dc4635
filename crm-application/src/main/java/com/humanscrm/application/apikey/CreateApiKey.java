package com.humanscrm.application.apikey;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeySecret;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Instant;

/** Creates an API key for a colleague; the secret is in the result and nowhere else, ever. */
public final class CreateApiKey {


    private final ApiKeyRepository apiKeys;
    private final ColleagueRepository colleagues;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CreateApiKey(ApiKeyRepository apiKeys, ColleagueRepository colleagues, UnitOfWork unitOfWork,
                        AuditTrail audit, Clock clock) {
        this.apiKeys = apiKeys;
        this.colleagues = colleagues;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    public Created execute(Actor actor, Command command) {
        actor.require(Permission.ADMINISTER);
        ApiKeySecret secret = ApiKeySecret.generate();
        return unitOfWork.inTransaction(() -> {
            // Held: a deactivation racing the creation of a key comes before it (and is refused here) or after it.
            Colleague owner = command.colleagueId() != null
                    ? colleagues.findForChange(command.colleagueId())
                            .orElseThrow(() -> RuleViolationException.field("colleagueId", "must be an existing colleague"))
                    : colleagues.findByEmail(command.email()).flatMap(found -> colleagues.findForChange(found.id()))
                            .orElseThrow(() -> NotFoundException.of(RecordKind.COLLEAGUE, command.email()));
            if (!owner.active()) {
                throw RuleViolationException.form("A deactivated colleague cannot get a new API key");
            }
            ApiKey key = ApiKey.create(owner.id(), owner.role(), command.name(), command.role(), command.expiresAt(), secret, clock);
            apiKeys.add(key);
            audit.created(actor, RecordKind.API_KEY, key.id().value(), key.auditSnapshot());
            return new Created(key, secret);
        });
    }

    /**
     * The owner by id or, for the operator's command line, by email. {@code role} {@code null} gives the
     * colleague's own role; {@code expiresAt} {@code null} never expires.
     */
    public record Command(ColleagueId colleagueId, String email, String name, Role role, Instant expiresAt) {
    }

    public record Created(ApiKey key, ApiKeySecret secret) {
    }
}
