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
import com.humanscrm.domain.shared.Violations;
import java.time.Clock;
import java.time.Instant;

/**
 * Creates an API key for a colleague; the secret is in the result and nowhere else, ever. Every broken rule
 * of the request is reported at once.
 */
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
        Violations problems = new Violations();
        Role role = command.role() == null ? null : problems.check(() -> Role.fromWireName(command.role(), "role"));
        return unitOfWork.inTransaction(() -> {
            Colleague owner = problems.check(() -> owner(command));
            if (owner == null) {
                // The key's rules cannot be checked without its owner: its role is bounded by theirs.
                problems.throwIfAny();
            }
            if (!owner.active()) {
                problems.note(RuleViolationException.form("A deactivated colleague cannot get a new API key"));
            }
            ApiKey key = problems.check(() -> ApiKey.create(owner.id(), owner.role(), command.name(), role,
                    command.expiresAt(), secret, clock));
            problems.throwIfAny();
            apiKeys.add(key);
            audit.created(actor, RecordKind.API_KEY, key.id().value(), key.auditSnapshot());
            return new Created(key, secret);
        });
    }

    /** Held: a deactivation racing the creation of a key comes before it (and is refused here) or after it. */
    private Colleague owner(Command command) {
        if (command.colleagueId() != null) {
            return colleagues.findForChange(command.colleagueId())
                    .orElseThrow(() -> RuleViolationException.field("colleagueId", "must be an existing colleague"));
        }
        if (command.email() == null) {
            throw RuleViolationException.field("colleagueId", "is required");
        }
        return colleagues.findByEmail(command.email()).flatMap(found -> colleagues.findForChange(found.id()))
                .orElseThrow(() -> NotFoundException.of(RecordKind.COLLEAGUE, command.email()));
    }

    /**
     * The owner by id or, for the operator's command line, by email. {@code role} is a wire name; {@code null}
     * gives the colleague's own role. {@code expiresAt} {@code null} never expires.
     */
    public record Command(ColleagueId colleagueId, String email, String name, String role, Instant expiresAt) {
    }

    public record Created(ApiKey key, ApiKeySecret secret) {
    }
}
