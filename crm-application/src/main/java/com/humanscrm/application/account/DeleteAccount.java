package com.humanscrm.application.account;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;

/** Deletes an account with its emails, phone numbers, types and documents; the audit entry keeps the whole record. */
public final class DeleteAccount {

    private final AccountRepository accounts;
    private final AggregateEditor<AccountId, Account> editor;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final DocumentRemoval documents;

    public DeleteAccount(AccountRepository accounts, AggregateEditor<AccountId, Account> editor, UnitOfWork unitOfWork,
                         AuditTrail audit, DocumentRemoval documents) {
        this.accounts = accounts;
        this.editor = editor;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.documents = documents;
    }

    public Account execute(Actor actor, Command command) {
        actor.require(Permission.DELETE_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Account account = editor.load(command.id());
            VersionMismatchException.check(RecordKind.ACCOUNT, command.expectedVersion(), account.version());
            accounts.remove(command.id());
            audit.deleted(actor, RecordKind.ACCOUNT, command.id().value(), account.auditSnapshot());
            documents.removeAllOf(actor, new RecordRef(RecordKind.ACCOUNT, command.id().value()));
            return account;
        });
    }

    public record Command(AccountId id, Integer expectedVersion) {
    }
}
