package com.humanscrm.adapters.http.document;

import com.humanscrm.domain.document.Document;
import java.time.Instant;
import java.util.UUID;

/**
 * A document's metadata. Where its bytes are kept (the storage key) is the server's business and stays
 * out; the bytes themselves are at {@code …/content}.
 *
 * @param uploadedBy the colleague who uploaded it; {@code null} for the operator's command line
 */
record DocumentResponse(UUID id, String entityType, UUID entityId, String filename, String contentType, long sizeBytes,
                        String sha256, UUID uploadedBy, Instant uploadedAt) {

    static DocumentResponse from(Document document) {
        return new DocumentResponse(document.id().value(), document.attachedTo().kind().wireName(),
                document.attachedTo().id(), document.filename(), document.contentType(), document.sizeBytes(),
                document.sha256(), document.uploadedBy() == null ? null : document.uploadedBy().value(),
                document.uploadedAt());
    }
}
