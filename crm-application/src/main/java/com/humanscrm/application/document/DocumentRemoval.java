package com.humanscrm.application.document;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.RecordRef;

import java.util.List;

/**
 * Removes documents inside the caller's transaction: rows and audit entries now, bytes once the
 * transaction has committed (never before: a rollback would leave rows without bytes). Bytes that
 * cannot be removed then are left to {@link ReconcileDocumentBlobs}.
 */
public final class DocumentRemoval {

    private static final System.Logger LOG = System.getLogger(DocumentRemoval.class.getName());

    private final DocumentRepository documents;
    private final BlobStore blobs;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;

    public DocumentRemoval(DocumentRepository documents, BlobStore blobs, UnitOfWork unitOfWork, AuditTrail audit) {
        this.documents = documents;
        this.blobs = blobs;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
    }

    /**
     * Removes every document of a record that is being deleted. Call it after removing the record
     * itself: the record's row lock then keeps a concurrent upload from attaching a new document
     * that this would miss.
     */
    public void removeAllOf(Actor actor, RecordRef record) {
        List<Document> removed = documents.removeAllOf(record);
        removed.forEach(document -> removed(actor, document));
    }

    /** Records that the document's row has gone, and removes its bytes after the commit. */
    void removed(Actor actor, Document document) {
        audit.deleted(actor, RecordKind.DOCUMENT, document.id().value(), document.auditSnapshot());
        unitOfWork.afterCommit(() -> deleteBytes(document.storageKey()));
    }

    /**
     * Removes bytes no row points to, returning whether that worked; a failure is only logged, since
     * the reconciler will find the bytes again.
     */
    boolean deleteBytes(String storageKey) {
        try {
            blobs.delete(storageKey);
            return true;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "Could not remove the bytes under " + storageKey
                    + "; the document reconciler will remove them", e);
            return false;
        }
    }
}
