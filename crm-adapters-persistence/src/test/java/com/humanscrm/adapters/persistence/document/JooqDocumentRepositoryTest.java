package com.humanscrm.adapters.persistence.document;

import static com.humanscrm.adapters.persistence.jooq.Tables.DOCUMENTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.Ids;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What the contract cannot see: round trips, and the rules the schema keeps on its own. */
class JooqDocumentRepositoryTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private static final String SHA256 = "0123456789abcdef".repeat(4);

    private final MutableClock clock = MutableClock.startingAt("2025-03-01T09:00:00Z");
    private final StatementLog statements = new StatementLog();
    private DSLContext sql;
    private DocumentRepository counted;

    @BeforeEach
    void setUp() {
        sql = statements.dsl(database.settings());
        counted = new JooqDocumentRepository(sql);
    }

    @Test
    void unusedStorageKeysAskOnceForAnyNumberOfKeys() {
        Document used = aDocument(new RecordRef(RecordKind.HUMAN, Ids.newId(clock)));
        counted.add(used);
        List<String> keys = IntStream.range(0, 5_000).mapToObj(i -> Document.STORAGE_PREFIX + "orphan-" + i).toList();
        statements.clear();

        assertThat(counted.unusedStorageKeys(concat(keys, used.storageKey()))).hasSize(keys.size())
                .doesNotContain(used.storageKey());
        assertThat(statements.count()).isOne();
    }

    @Test
    void removingAllOfARecordIsOneStatement() {
        RecordRef record = new RecordRef(RecordKind.ACCOUNT, Ids.newId(clock));
        counted.add(aDocument(record));
        counted.add(aDocument(record));
        statements.clear();

        assertThat(counted.removeAllOf(record)).hasSize(2);
        assertThat(statements.count()).isOne();
    }

    @Test
    void theSchemaRefusesWhatTheDomainWouldNot() {
        // Rows written around the repository (a script, a restore) still have to make sense.
        assertThatThrownBy(() -> insert("colleague", "a.pdf", 1, SHA256)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> insert("human", "", 1, SHA256)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> insert("human", "x".repeat(256), 1, SHA256)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> insert("human", "a.pdf", -1, SHA256)).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> insert("human", "a.pdf", 1, SHA256.toUpperCase(Locale.ROOT))).isInstanceOf(DataAccessException.class);
        insert("human", "x".repeat(255), 0, SHA256);
    }

    @Test
    void anUploaderMustBeAColleague() {
        Document document = aDocument(new RecordRef(RecordKind.HUMAN, Ids.newId(clock)));
        Document byStranger = new Document(document.id(), document.attachedTo(), document.filename(),
                document.contentType(), document.sizeBytes(), document.sha256(), document.storageKey(),
                new ColleagueId(Ids.newId(clock)), document.uploadedAt());

        assertThatThrownBy(() -> counted.add(byStranger)).isInstanceOf(DataAccessException.class);
    }

    private void insert(String entityType, String filename, long size, String sha256) {
        UUID id = Ids.newId(clock);
        sql.insertInto(DOCUMENTS)
                .set(DOCUMENTS.ID, id)
                .set(DOCUMENTS.ENTITY_TYPE, entityType)
                .set(DOCUMENTS.ENTITY_ID, Ids.newId(clock))
                .set(DOCUMENTS.FILENAME, filename)
                .set(DOCUMENTS.CONTENT_TYPE, "application/pdf")
                .set(DOCUMENTS.SIZE_BYTES, size)
                .set(DOCUMENTS.SHA256, sha256)
                .set(DOCUMENTS.STORAGE_KEY, Document.STORAGE_PREFIX + id)
                .set(DOCUMENTS.UPLOADED_AT, clock.instant())
                .execute();
    }

    private Document aDocument(RecordRef record) {
        DocumentId id = new DocumentId(Ids.newId(clock));
        return new Document(id, record, "a.pdf", "application/pdf", 3, SHA256, Document.storageKeyOf(id), null,
                clock.instant());
    }

    private static List<String> concat(List<String> keys, String key) {
        return Stream.concat(keys.stream(), Stream.of(key)).toList();
    }
}
