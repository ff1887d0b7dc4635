package com.humanscrm.application.testing;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.UseCases;
import com.humanscrm.application.shared.AccessDeniedException;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.DomainException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * Base of the use-case tests: a fresh in-memory CRM per test, one actor per role, and the checks every
 * mutation owes (one transaction, one audit entry; a refusal leaves no trace).
 */
public abstract class UseCaseTest {

    protected final InMemoryCrm crm = new InMemoryCrm();
    protected final UseCases useCases = crm.useCases;
    protected final Actor viewer = crm.actor(Role.VIEWER);
    protected final Actor agent = crm.actor(Role.AGENT);
    protected final Actor manager = crm.actor(Role.MANAGER);
    protected final Actor admin = crm.actor(Role.ADMIN);

    protected <T> Observed<T> observe(Supplier<T> call) {
        return Observed.of(crm, call);
    }

    protected Observed<Void> observeVoid(Runnable call) {
        return Observed.ofVoid(crm, call);
    }

    /** Asserts the call is refused with this exception and code, and wrote no audit entry. */
    protected <E extends DomainException> E refused(Class<E> type, String code, ThrowingCallable call) {
        int entriesBefore = crm.auditLog.entries().size();
        E refusal = Refusals.refusal(type, code, call);
        assertThat(crm.auditLog.entries()).as("audit entries after a refusal").hasSize(entriesBefore);
        return refusal;
    }

    /** Asserts a refusal for lack of permission, decided before any transaction was opened. */
    protected void forbidden(ThrowingCallable call) {
        int transactionsBefore = crm.unitOfWork.transactions();
        refused(AccessDeniedException.class, "FORBIDDEN", call);
        assertThat(crm.unitOfWork.transactions()).as("transactions opened before the permission check").isEqualTo(transactionsBefore);
    }

    protected List<String> refusedOnField(String field, ThrowingCallable call) {
        int entriesBefore = crm.auditLog.entries().size();
        List<String> problems = Refusals.fieldError(field, call);
        assertThat(crm.auditLog.entries()).hasSize(entriesBefore);
        return problems;
    }

    /** Asserts one refusal naming exactly {@code fields}, each once with the one rule it broke first. */
    protected Map<String, List<String>> refusedOnFields(ThrowingCallable call, String... fields) {
        RuleViolationException refusal = refused(RuleViolationException.class, "VALIDATION_FAILED", call);
        assertThat(refusal.fieldErrors()).containsOnlyKeys(fields);
        assertThat(refusal.fieldErrors().values()).allSatisfy(problems -> assertThat(problems).hasSize(1));
        return refusal.fieldErrors();
    }

    protected List<String> refusedOnForm(ThrowingCallable call) {
        int entriesBefore = crm.auditLog.entries().size();
        List<String> problems = Refusals.formError(call);
        assertThat(crm.auditLog.entries()).hasSize(entriesBefore);
        return problems;
    }

    /** Checks the entry's what, which and who: the actor's colleague, API key, request id and address. */
    protected static void assertAudit(AuditEntry entry, AuditAction action, RecordKind entityType, UUID entityId, Actor actor) {
        assertThat(entry.action()).isEqualTo(action);
        assertThat(entry.entityType()).isEqualTo(entityType);
        assertThat(entry.entityId()).isEqualTo(entityId);
        assertThat(entry.colleagueId()).isEqualTo(actor.colleagueId() == null ? null : actor.colleagueId().value());
        assertThat(entry.apiKeyId()).isEqualTo(actor.apiKeyId() == null ? null : actor.apiKeyId().value());
        assertThat(entry.requestId()).isEqualTo(actor.requestId());
        assertThat(entry.clientIp()).isEqualTo(actor.clientIp());
    }
}
