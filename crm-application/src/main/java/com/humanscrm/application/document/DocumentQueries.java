package com.humanscrm.application.document;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.NotFoundException;

public final class DocumentQueries {

    private static final System.Logger LOG = System.getLogger(DocumentQueries.class.getName());

    private final DocumentRepository documents;
    private final BlobStore blobs;

    public DocumentQueries(DocumentRepository documents, BlobStore blobs) {
        this.documents = documents;
        this.blobs = blobs;
    }

    public Document get(Actor actor, DocumentId id) {
        actor.require(Permission.VIEW_RECORDS);
        return documents.findById(id).orElseThrow(() -> NotFoundException.of(RecordKind.DOCUMENT, id));
    }

    public Page<Document> list(Actor actor, DocumentListQuery query) {
        actor.require(Permission.VIEW_RECORDS);
        return documents.list(query);
    }

    /** The document's bytes, or those in {@code range}; the caller must close what it gets. */
    public DocumentContent content(Actor actor, DocumentId id, ByteRange range) {
        Document document = get(actor, id);
        return blobs.get(document.storageKey(), range)
                .map(blob -> new DocumentContent(document, blob))
                .orElseThrow(() -> {
                    // A row whose bytes are gone: the store lost them, or a deletion is under way.
                    LOG.log(System.Logger.Level.WARNING, "Document " + id + " has no bytes under " + document.storageKey());
                    return NotFoundException.contentOf(RecordKind.DOCUMENT, id);
                });
    }
}
