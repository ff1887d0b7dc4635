package com.humanscrm.application.testing;

import com.humanscrm.application.document.DocumentListQuery;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.ConflictException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Documents in a map. */
public final class InMemoryDocumentRepository implements DocumentRepository {

    /** How lists of documents are ordered and their cursors named, as in the database adapter. */
    private static final String SORT = "-uploadedAt";

    private final Map<DocumentId, Document> documents = new ConcurrentHashMap<>();

    @Override
    public Optional<Document> findById(DocumentId id) {
        return Optional.ofNullable(documents.get(id));
    }

    @Override
    public synchronized void add(Document document) {
        if (documents.containsKey(document.id())) {
            throw ConflictException.duplicate("document " + document.id() + " exists");
        }
        // As the database's unique storage_key: two documents sharing bytes would lose them when either goes.
        if (documents.values().stream().anyMatch(stored -> stored.storageKey().equals(document.storageKey()))) {
            throw ConflictException.duplicate("another document keeps its bytes under " + document.storageKey());
        }
        documents.put(document.id(), document);
    }

    @Override
    public boolean remove(DocumentId id) {
        return documents.remove(id) != null;
    }

    @Override
    public List<Document> removeAllOf(RecordRef record) {
        List<Document> removed = new ArrayList<>();
        documents.values().removeIf(document -> {
            boolean attached = document.attachedTo().equals(record);
            if (attached) {
                removed.add(document);
            }
            return attached;
        });
        return removed;
    }

    @Override
    public Page<Document> list(DocumentListQuery query) {
        List<Document> matching = documents.values().stream()
                .filter(document -> query.attachedTo() == null || document.attachedTo().equals(query.attachedTo()))
                .toList();
        return InMemoryPages.page(matching, new InMemoryPages.Order<>(SORT, true, Document::uploadedAt,
                Instant::toString, Instant::parse, document -> document.id().value()), query.page());
    }

    @Override
    public Set<String> unusedStorageKeys(Collection<String> storageKeys) {
        Set<String> used = new LinkedHashSet<>();
        documents.values().forEach(document -> used.add(document.storageKey()));
        Set<String> unused = new LinkedHashSet<>(storageKeys);
        unused.removeAll(used);
        return unused;
    }
}
