package com.humanscrm.application.human;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.document.DocumentRemoval;
import com.humanscrm.application.edit.AggregateEditor;
import com.humanscrm.application.pet.PetRemoval;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.VersionMismatchException;

/**
 * Deletes a human with its emails, phone numbers, types, documents and pets (each pet audited with its own
 * documents); the audit entry keeps the whole record.
 */
public final class DeleteHuman {

    private final HumanRepository humans;
    private final AggregateEditor<HumanId, Human> editor;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final DocumentRemoval documents;
    private final PetRemoval pets;

    public DeleteHuman(HumanRepository humans, AggregateEditor<HumanId, Human> editor, UnitOfWork unitOfWork,
                       AuditTrail audit, DocumentRemoval documents, PetRemoval pets) {
        this.humans = humans;
        this.editor = editor;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.documents = documents;
        this.pets = pets;
    }

    public Human execute(Actor actor, Command command) {
        actor.require(Permission.DELETE_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Human human = editor.load(command.id());
            VersionMismatchException.check(RecordKind.HUMAN, command.expectedVersion(), human.version());
            pets.removeAllOf(actor, command.id());
            humans.remove(command.id());
            audit.deleted(actor, RecordKind.HUMAN, command.id().value(), human.auditSnapshot());
            documents.removeAllOf(actor, new RecordRef(RecordKind.HUMAN, command.id().value()));
            return human;
        });
    }

    public record Command(HumanId id, Integer expectedVersion) {
    }
}
