package com.humanscrm.adapters.persistence.document;

import static com.humanscrm.adapters.persistence.jooq.Tables.DOCUMENTS;

import com.humanscrm.adapters.persistence.jooq.Keys;
import com.humanscrm.adapters.persistence.jooq.tables.records.DocumentsRecord;
import com.humanscrm.adapters.persistence.shared.Conflicts;
import com.humanscrm.adapters.persistence.shared.Keyset;
import com.humanscrm.application.document.DocumentListQuery;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Documents' metadata, one row each. Lists are newest first, read by keyset from the
 * {@code (uploaded_at desc, id desc)} indexes, with or without the record in front.
 */
public final class JooqDocumentRepository implements DocumentRepository {

    /** The cursor's name for the one order documents are listed in, as the in-memory fake names it. */
    private static final String SORT = "-uploadedAt";

    private final DSLContext dsl;

    public JooqDocumentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Document> findById(DocumentId id) {
        return dsl.selectFrom(DOCUMENTS).where(DOCUMENTS.ID.eq(id.value())).fetchOptional(JooqDocumentRepository::document);
    }

    @Override
    public void add(Document document) {
        Conflicts.refuseDuplicate(() -> dsl.insertInto(DOCUMENTS).set(row(document)).execute(),
                constraint -> Keys.DOCUMENTS_STORAGE_KEY_KEY.getName().equals(constraint)
                        ? "Another document keeps its bytes under " + document.storageKey()
                        : "The document " + document.id() + " exists already");
    }

    @Override
    public boolean remove(DocumentId id) {
        return dsl.deleteFrom(DOCUMENTS).where(DOCUMENTS.ID.eq(id.value())).execute() > 0;
    }

    @Override
    public List<Document> removeAllOf(RecordRef record) {
        // One statement: what is returned is exactly what was deleted, even if a document was attached
        // (by a transaction that committed) after this one started.
        return dsl.deleteFrom(DOCUMENTS)
                .where(attachedTo(record))
                .returning()
                .fetch(JooqDocumentRepository::document);
    }

    @Override
    public Page<Document> list(DocumentListQuery query) {
        Keyset<Document, ?> order = Keyset.byInstant(SORT, DOCUMENTS.UPLOADED_AT, DOCUMENTS.ID, true,
                Document::uploadedAt, document -> document.id().value());
        Condition filter = query.attachedTo() == null ? DSL.noCondition() : attachedTo(query.attachedTo());
        return order.page(
                dsl.selectFrom(DOCUMENTS)
                        .where(filter, order.after(query.page().cursor()))
                        .orderBy(order.orderBy())
                        .limit(order.rowsToFetch(query.page()))
                        .fetch(JooqDocumentRepository::document),
                query.page(), () -> dsl.fetchCount(DOCUMENTS, filter));
    }

    @Override
    public Set<String> unusedStorageKeys(Collection<String> storageKeys) {
        if (storageKeys.isEmpty()) {
            return Set.of();
        }
        // The keys as one array parameter: the same statement for any number of them, each looked up
        // in the unique index on storage_key.
        Table<?> keys = DSL.unnest(storageKeys.toArray(String[]::new)).as("keys", "key");
        Field<String> key = keys.field("key", String.class);
        return dsl.selectDistinct(key)
                .from(keys)
                .whereNotExists(DSL.selectOne().from(DOCUMENTS).where(DOCUMENTS.STORAGE_KEY.eq(key)))
                .fetchSet(key);
    }

    private static Condition attachedTo(RecordRef record) {
        return DOCUMENTS.ENTITY_TYPE.eq(record.kind().wireName()).and(DOCUMENTS.ENTITY_ID.eq(record.id()));
    }

    private static Document document(DocumentsRecord row) {
        return new Document(new DocumentId(row.getId()),
                new RecordRef(RecordKind.fromWireName(row.getEntityType(), "entityType"), row.getEntityId()),
                row.getFilename(), row.getContentType(), row.getSizeBytes(), row.getSha256(), row.getStorageKey(),
                row.getUploadedBy() == null ? null : new ColleagueId(row.getUploadedBy()), row.getUploadedAt());
    }

    private static DocumentsRecord row(Document document) {
        return new DocumentsRecord(document.id().value(), document.attachedTo().kind().wireName(),
                document.attachedTo().id(), document.filename(), document.contentType(), document.sizeBytes(),
                document.sha256(), document.storageKey(),
                document.uploadedBy() == null ? null : document.uploadedBy().value(), document.uploadedAt());
    }
}
