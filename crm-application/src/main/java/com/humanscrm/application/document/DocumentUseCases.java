package com.humanscrm.application.document;

import com.humanscrm.application.idempotency.Idempotency;
import com.humanscrm.application.shared.Essentials;
import com.humanscrm.application.storage.BlobStore;

/** Files attached to records: upload, read, delete, and the sweep of bytes no document points to. */
public record DocumentUseCases(DocumentQueries queries, UploadDocument upload, DeleteDocument delete,
                               ReconcileDocumentBlobs reconcile) {

    /**
     * @param records  the kinds of record documents attach to, and how to hold one while a document is added
     * @param removal  shared with the delete use case of every kind of record, which removes its documents too
     * @param idempotency judges an upload's key once its bytes are known
     * @param maxBytes the largest document an upload may bring
     */
    public static DocumentUseCases over(DocumentRepository documents, BlobStore blobs, ContentTypeDetector contentTypes,
                                        AttachableRecords records, DocumentRemoval removal, Idempotency idempotency,
                                        long maxBytes, Essentials core) {
        return new DocumentUseCases(new DocumentQueries(documents, blobs),
                new UploadDocument(records, documents, blobs, contentTypes, removal, idempotency, core.unitOfWork(), core.audit(),
                        core.clock(), maxBytes),
                new DeleteDocument(documents, removal, core.unitOfWork()),
                new ReconcileDocumentBlobs(documents, removal, blobs, core.clock()));
    }
}
