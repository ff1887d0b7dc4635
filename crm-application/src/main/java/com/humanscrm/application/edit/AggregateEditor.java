package com.humanscrm.application.edit;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.shared.Aggregate;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.util.function.UnaryOperator;

/**
 * The one path by which an existing human, account or other aggregate changes: load it held, check
 * the caller's expected version, apply the change, store it and audit it, all in one transaction.
 * Every use case that edits such a record or its emails and phones goes through here.
 */
public final class AggregateEditor<I extends RecordId, A extends Aggregate> {

    private final RecordKind kind;
    private final AggregateStore<I, A> store;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    public AggregateEditor(RecordKind kind, AggregateStore<I, A> store, UnitOfWork unitOfWork, AuditTrail audit) {
        this.kind = kind;
        this.store = store;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    public Edit<A> apply(Actor actor, I id, Integer expectedVersion, UnaryOperator<A> change) {
        actor.require(Permission.EDIT_RECORDS);
        return unitOfWork.inTransaction(() -> applyWithin(actor, id, expectedVersion, change));
    }

    /** As {@link #apply}, inside the caller's transaction, for a use case that changes more than this record. */
    public Edit<A> applyWithin(Actor actor, I id, Integer expectedVersion, UnaryOperator<A> change) {
        actor.require(Permission.EDIT_RECORDS);
        A before = load(id);
        VersionMismatchException.check(kind, expectedVersion, before.version());
        A after = change.apply(before);
        if (after.auditSnapshot().equals(before.auditSnapshot())) {
            // Nothing anyone could see changed: keep the version, so others holding it can still write.
            return new Edit<>(before, before);
        }
        store.update(after);
        audit.updated(actor, kind, id.value(), before.auditSnapshot(), after.auditSnapshot());
        return new Edit<>(before, after);
    }

    /** The record, held for a change ({@link AggregateStore#findForChange}); run inside the caller's transaction. */
    public A load(I id) {
        return store.findForChange(id).orElseThrow(() -> NotFoundException.of(kind, id));
    }

    /** The record before and after one change. */
    public record Edit<A>(A before, A after) {
    }
}
