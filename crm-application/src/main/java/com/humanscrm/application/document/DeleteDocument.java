package com.humanscrm.application.document;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.NotFoundException;

/** Deletes a document: its row and audit entry in one transaction, its bytes after the commit. */
public final class DeleteDocument {

    private final DocumentRepository documents;
    private final DocumentRemoval removal;
    private final UnitOfWork unitOfWork;

    public DeleteDocument(DocumentRepository documents, DocumentRemoval removal, UnitOfWork unitOfWork) {
        this.documents = documents;
        this.removal = removal;
        this.unitOfWork = unitOfWork;
    }

    public Document execute(Actor actor, DocumentId id) {
        actor.require(Permission.EDIT_RECORDS);
        return unitOfWork.inTransaction(() -> {
            Document document = documents.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.DOCUMENT, id));
            if (!documents.remove(id)) {
                // Deleted by someone else between the two statements: theirs is the deletion to record.
                throw NotFoundException.of(RecordKind.DOCUMENT, id);
            }
            removal.removed(actor, document);
            return document;
        });
    }
}
