package com.humanscrm.application.document;

import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.document.RecordRef;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the CRM knows about documents; their bytes are in the {@link com.humanscrm.application.storage.BlobStore}. */
public interface DocumentRepository {

    Optional<Document> findById(DocumentId id);

    void add(Document document);

    /** Removes the document; returns whether there was one. */
    boolean remove(DocumentId id);

    /** Removes every document attached to the record, returning them (so their bytes can go too). */
    List<Document> removeAllOf(RecordRef record);

    /** Newest first (upload time, then id), optionally only those attached to one record. */
    Page<Document> list(DocumentListQuery query);

    /** Those of {@code storageKeys} that no document uses: bytes nobody can reach. */
    Set<String> unusedStorageKeys(Collection<String> storageKeys);
}
