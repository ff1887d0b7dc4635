package com.humanscrm.application.testing.contract;

import static com.humanscrm.application.testing.contract.Pages.BY_ID;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.document.DocumentListQuery;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link DocumentRepository} must do: the in-memory fake and the jOOQ adapter both run these.
 * Each test attaches its documents to records of its own (fresh ids) and its storage keys carry
 * {@link #token}, so it never depends on what other tests stored. Uploaders are real colleagues: a store
 * may check the reference.
 */
public abstract class DocumentRepositoryContract extends RepositoryContract {

    /** The repository under test. */
    protected abstract DocumentRepository documents();

    /** Where the colleagues who upload documents are stored. */
    protected abstract ColleagueRepository colleagues();

    // ---- storing and reading back -------------------------------------------------------------

    @Test
    public void aStoredDocumentReadsBackWithEveryField() {
        ColleagueId uploader = addColleague();
        Document document = new Document(new DocumentId(Ids.newId(clock)), aRecord(RecordKind.BOOKING),
                "Passport scan – Zoë.pdf", "application/pdf", 5_000_000_000L, sha256(), key("passport"), uploader,
                clock.instant());

        add(document);

        assertThat(documents().findById(document.id())).contains(document);
    }

    @Test
    public void aDocumentTheCommandLineUploadedNamesNoUploader() {
        Document document = add(aDocument(aRecord(RecordKind.LEAD), clock.instant()));

        Document stored = documents().findById(document.id()).orElseThrow();

        assertThat(stored.uploadedBy()).isNull();
        assertThat(stored).isEqualTo(document);
    }

    @Test
    public void theLongestFilenameIsCountedInCharactersAndAnEmptyFileHasSizeZero() {
        // 255 characters, 510 UTF-16 units and 1020 bytes: a store counting either of those would refuse it.
        String longest = "\uD83D\uDCCE".repeat(Document.MAX_FILENAME_LENGTH);
        DocumentId id = new DocumentId(Ids.newId(clock));
        Document document = add(new Document(id, aRecord(RecordKind.PET), longest, "application/octet-stream", 0,
                sha256(), key("empty"), null, clock.instant()));

        assertThat(documents().findById(id)).contains(document);
    }

    @Test
    public void anUnknownIdFindsNothing() {
        assertThat(documents().findById(new DocumentId(Ids.newId(clock)))).isEmpty();
    }

    @Test
    public void aSecondDocumentWithTheSameIdIsADuplicateAndLeavesTheFirst() {
        Document first = add(aDocument(aRecord(RecordKind.HUMAN), clock.instant()));
        Document sameId = new Document(first.id(), aRecord(RecordKind.ACCOUNT), "other.txt", "text/plain", 1,
                sha256(), key("other"), null, clock.instant());

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> add(sameId));

        assertThat(documents().findById(first.id())).contains(first);
        assertThat(documents().unusedStorageKeys(List.of(sameId.storageKey()))).containsExactly(sameId.storageKey());
    }

    @Test
    public void aSecondDocumentWithTheSameStorageKeyIsADuplicate() {
        // Deleting either would delete the other's bytes.
        Document first = add(aDocument(aRecord(RecordKind.HUMAN), clock.instant()));
        Document sameKey = new Document(new DocumentId(Ids.newId(clock)), first.attachedTo(), "copy.pdf",
                "application/pdf", 1, sha256(), first.storageKey(), null, clock.instant());

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> add(sameKey));

        assertThat(documents().findById(sameKey.id())).isEmpty();
    }

    // ---- removing -----------------------------------------------------------------------------

    @Test
    public void removingTellsWhetherThereWasADocument() {
        Document document = add(aDocument(aRecord(RecordKind.HUMAN), clock.instant()));
        Document kept = add(aDocument(document.attachedTo(), clock.instant()));

        assertThat(inTransaction(() -> documents().remove(document.id()))).isTrue();
        assertThat(inTransaction(() -> documents().remove(document.id()))).isFalse();
        assertThat(inTransaction(() -> documents().remove(new DocumentId(Ids.newId(clock))))).isFalse();

        assertThat(documents().findById(document.id())).isEmpty();
        assertThat(documents().findById(kept.id())).contains(kept);
    }

    @Test
    public void removingAllOfARecordReturnsExactlyItsDocumentsAndLeavesEveryOtherRecords() {
        RecordRef record = aRecord(RecordKind.HUMAN);
        // The same id as another kind of record is another record.
        RecordRef sameIdOtherKind = new RecordRef(RecordKind.ACCOUNT, record.id());
        RecordRef otherHuman = aRecord(RecordKind.HUMAN);
        List<Document> attached = List.of(add(aDocument(record, clock.instant())), add(aDocument(record, clock.instant())),
                add(aDocument(record, clock.instant())));
        Document ofAccount = add(aDocument(sameIdOtherKind, clock.instant()));
        Document ofOtherHuman = add(aDocument(otherHuman, clock.instant()));

        List<Document> removed = inTransaction(() -> documents().removeAllOf(record));

        assertThat(removed).containsExactlyInAnyOrderElementsOf(attached);
        assertThat(attached).allSatisfy(document -> assertThat(documents().findById(document.id())).isEmpty());
        assertThat(list(record, PageRequest.first(10)).items()).isEmpty();
        assertThat(list(sameIdOtherKind, PageRequest.first(10)).items()).containsExactly(ofAccount);
        assertThat(list(otherHuman, PageRequest.first(10)).items()).containsExactly(ofOtherHuman);
        assertThat(inTransaction(() -> documents().removeAllOf(record))).isEmpty();
    }

    @Test
    public void removingAllOfARecordWithoutDocumentsRemovesNothing() {
        Document other = add(aDocument(aRecord(RecordKind.ACTIVITY), clock.instant()));

        assertThat(inTransaction(() -> documents().removeAllOf(aRecord(RecordKind.ACTIVITY)))).isEmpty();
        assertThat(documents().findById(other.id())).contains(other);
    }

    // ---- listing ------------------------------------------------------------------------------

    @Test
    public void aRecordsDocumentsAreListedNewestFirstWithTiesBrokenByIdDescending() {
        List<Document> documents = sevenDocumentsWithTiedUploadTimes(aRecord(RecordKind.HUMAN));

        assertThat(list(documents.getFirst().attachedTo(), PageRequest.first(10)).items())
                .containsExactlyElementsOf(newestFirst(documents));
    }

    @Test
    public void theListOfARecordHoldsOnlyThatRecordsDocuments() {
        RecordRef record = aRecord(RecordKind.PET);
        Document mine = add(aDocument(record, clock.instant()));
        Document sameIdOtherKind = add(aDocument(new RecordRef(RecordKind.BOOKING, record.id()), clock.instant()));
        add(aDocument(aRecord(RecordKind.PET), clock.instant()));

        assertThat(list(record, PageRequest.first(10)).items()).containsExactly(mine);
        assertThat(list(sameIdOtherKind.attachedTo(), PageRequest.first(10)).items()).containsExactly(sameIdOtherKind);
    }

    @Test
    public void aRecordWithoutDocumentsListsNone() {
        Page<Document> page = list(aRecord(RecordKind.ACCOUNT), new PageRequest(10, null, true));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
        assertThat(page.total()).isZero();
    }

    @ParameterizedTest(name = "limit={0}")
    @ValueSource(ints = {1, 2, 3, 7})
    public void pagesFollowOneAnotherNewestFirstWithoutGapsOrRepeats(int limit) {
        List<Document> documents = sevenDocumentsWithTiedUploadTimes(aRecord(RecordKind.BOOKING));
        RecordRef record = documents.getFirst().attachedTo();

        List<Document> read = Pages.all(limit, page -> list(record, page));

        assertThat(read).containsExactlyElementsOf(newestFirst(documents));
    }

    @Test
    public void everyRecordsDocumentsAreListedTogetherNewestFirst() {
        // The shared list may hold other tests' documents: this test's must come in order among them.
        List<Document> documents = new ArrayList<>(sevenDocumentsWithTiedUploadTimes(aRecord(RecordKind.HUMAN)));
        documents.add(add(aDocument(aRecord(RecordKind.ACCOUNT), clock.instant())));
        Set<Document> mine = Set.copyOf(documents);

        List<Document> read = Pages.all(3, page -> list(null, page));

        assertThat(new HashSet<>(read)).as("no document listed twice").hasSameSizeAs(read);
        assertThat(read.stream().filter(mine::contains).toList()).containsExactlyElementsOf(newestFirst(documents));
        assertThat(read).isSortedAccordingTo(newestFirstOrder());
    }

    @Test
    public void documentsAddedWhileReadingDoNotShiftTheNextPage() {
        RecordRef record = aRecord(RecordKind.HUMAN);
        Document oldest = add(aDocument(record, clock.instant()));
        Document middle = add(aDocument(record, clock.instant()));
        Document newest = add(aDocument(record, clock.instant()));
        Page<Document> first = list(record, PageRequest.first(2));

        add(aDocument(record, clock.instant()));
        Page<Document> second = list(record, new PageRequest(2, first.nextCursor(), false));

        assertThat(first.items()).containsExactly(newest, middle);
        assertThat(second.items()).containsExactly(oldest);
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    public void theTotalCountsEveryMatchOnEveryPageAndOnlyWhenAskedFor() {
        RecordRef record = sevenDocumentsWithTiedUploadTimes(aRecord(RecordKind.LEAD)).getFirst().attachedTo();

        Page<Document> first = list(record, new PageRequest(3, null, true));
        Page<Document> second = list(record, new PageRequest(3, first.nextCursor(), true));

        assertThat(first.total()).isEqualTo(7L);
        assertThat(second.total()).isEqualTo(7L);
        assertThat(list(record, PageRequest.first(3)).total()).isNull();
        assertThat(list(null, new PageRequest(3, null, true)).total()).isGreaterThanOrEqualTo(7L);
    }

    @Test
    public void aCursorOfAnotherSortOrWithAnUnreadableKeyIsMalformed() {
        RecordRef record = aRecord(RecordKind.HUMAN);
        add(aDocument(record, clock.instant()));
        Cursor ascending = new Cursor("uploadedAt", clock.instant().toString(), Ids.newId(clock));
        Cursor unreadable = new Cursor("-uploadedAt", "yesterday", Ids.newId(clock));

        Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                () -> list(record, new PageRequest(10, ascending, false)));
        Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                () -> list(record, new PageRequest(10, unreadable, false)));
    }

    // ---- storage keys -------------------------------------------------------------------------

    @Test
    public void unusedStorageKeysAreThoseNoDocumentUses() {
        Document used = add(aDocument(aRecord(RecordKind.HUMAN), clock.instant()));
        Document alsoUsed = add(aDocument(aRecord(RecordKind.PET), clock.instant()));
        String orphan = key("orphan");
        String another = key("another");

        assertThat(documents().unusedStorageKeys(List.of(used.storageKey(), orphan, alsoUsed.storageKey(), another)))
                .containsExactlyInAnyOrder(orphan, another);
        assertThat(documents().unusedStorageKeys(List.of(used.storageKey(), alsoUsed.storageKey()))).isEmpty();
        assertThat(documents().unusedStorageKeys(List.of(orphan, orphan))).containsExactly(orphan);
    }

    @Test
    public void noStorageKeysHaveNoneUnused() {
        add(aDocument(aRecord(RecordKind.HUMAN), clock.instant()));

        assertThat(documents().unusedStorageKeys(List.of())).isEmpty();
    }

    @Test
    public void storageKeysAreComparedExactly() {
        String stored = key("Scan_1%");
        add(new Document(new DocumentId(Ids.newId(clock)), aRecord(RecordKind.HUMAN), "scan.png", "image/png", 10,
                sha256(), stored, null, clock.instant()));
        // Another case, a trailing space, a prefix, and what a LIKE pattern would match.
        List<String> near = List.of(stored.toUpperCase(Locale.ROOT), stored + " ",
                stored.substring(0, stored.length() - 1), stored.replace("_", "x"));

        assertThat(documents().unusedStorageKeys(near)).containsExactlyInAnyOrderElementsOf(near);
        assertThat(documents().unusedStorageKeys(List.of(stored))).isEmpty();
    }

    @Test
    public void aRemovedDocumentsStorageKeyIsUnused() {
        Document document = add(aDocument(aRecord(RecordKind.HUMAN), clock.instant()));

        inTransaction(() -> documents().remove(document.id()));

        assertThat(documents().unusedStorageKeys(List.of(document.storageKey()))).containsExactly(document.storageKey());
    }

    // ---- fixtures -----------------------------------------------------------------------------

    /**
     * Seven documents of one record whose upload times tie in twos and threes, added out of id order, so
     * only the id can order the ties: the case where keyset paging goes wrong.
     */
    private List<Document> sevenDocumentsWithTiedUploadTimes(RecordRef record) {
        Instant twice = clock.instant();
        Instant thrice = clock.instant();
        List<Document> made = List.of(
                aDocument(record, clock.instant()),
                aDocument(record, twice), aDocument(record, twice),
                aDocument(record, clock.instant()),
                aDocument(record, thrice), aDocument(record, thrice), aDocument(record, thrice));
        // Newest id first into the store: a store answering in insertion order would be caught.
        made.reversed().forEach(this::add);
        return made;
    }

    private static Comparator<Document> newestFirstOrder() {
        Comparator<Document> oldestFirst = Comparator.comparing(Document::uploadedAt)
                .thenComparing(document -> document.id().value(), BY_ID);
        return oldestFirst.reversed();
    }

    private static List<Document> newestFirst(List<Document> documents) {
        return documents.stream().sorted(newestFirstOrder()).toList();
    }

    private Document aDocument(RecordRef record, Instant uploadedAt) {
        DocumentId id = new DocumentId(Ids.newId(Clock.fixed(uploadedAt, ZoneOffset.UTC)));
        return new Document(id, record, "report " + token + ".pdf", "application/pdf", 1234, sha256(),
                key(id.toString()), null, uploadedAt);
    }

    private RecordRef aRecord(RecordKind kind) {
        return new RecordRef(kind, Ids.newId(clock));
    }

    /** A storage key no other test uses. */
    private String key(String name) {
        return Document.STORAGE_PREFIX + token + "/" + name;
    }

    private static String sha256() {
        byte[] bytes = new byte[32];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private ColleagueId addColleague() {
        Colleague colleague = Colleague.create(uniqueEmail("uploader"), "Up", null, "Loader", null, Role.AGENT, clock);
        inTransaction(() -> colleagues().add(colleague));
        return colleague.id();
    }

    private Document add(Document document) {
        inTransaction(() -> documents().add(document));
        return document;
    }

    private Page<Document> list(RecordRef attachedTo, PageRequest page) {
        return documents().list(new DocumentListQuery(attachedTo, page));
    }
}
