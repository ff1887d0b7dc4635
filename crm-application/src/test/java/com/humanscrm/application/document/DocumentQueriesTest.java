package com.humanscrm.application.document;

import static com.humanscrm.application.document.Uploads.PDF;
import static com.humanscrm.application.document.Uploads.upload;
import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.storage.Blob;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Reads are open to every role; the list's paging is pinned in DocumentRepositoryContract. */
class DocumentQueriesTest extends UseCaseTest {

    private final RecordRef toAda = new RecordRef(RecordKind.HUMAN, aHuman().createdIn(crm).id().value());
    private final RecordRef toGrace = new RecordRef(RecordKind.HUMAN, aHuman().createdIn(crm).id().value());
    private final Document cv = upload(crm, agent, toAda, "cv.pdf", PDF);
    private final Document passport = upload(crm, agent, toGrace, "passport.pdf", PDF);
    private final Document invoice = upload(crm, agent, toAda, "invoice.pdf", PDF);

    @Test
    void everyRoleReadsADocument() {
        for (Actor anyone : new Actor[] {viewer, agent, manager, admin}) {
            assertThat(useCases.documents().queries().get(anyone, cv.id())).isEqualTo(cv);
        }
    }

    @Test
    void anUnknownDocumentIsNotFound() {
        refused(NotFoundException.class, "DOCUMENT_NOT_FOUND",
                () -> useCases.documents().queries().get(viewer, new DocumentId(UUID.randomUUID())));
    }

    @Test
    void aRecordsDocumentsAreListedNewestFirst() {
        assertThat(list(toAda, PageRequest.first(10)).items()).containsExactly(invoice, cv);
        assertThat(list(null, PageRequest.first(10)).items()).as("every record's").containsExactly(invoice, passport, cv);
    }

    @Test
    void aRecordWithoutDocumentsListsNone() {
        RecordRef toNobody = new RecordRef(RecordKind.HUMAN, aHuman().createdIn(crm).id().value());

        Page<Document> page = list(toNobody, PageRequest.first(10));

        assertThat(page.items()).isEmpty();
        assertThat(page.nextCursor()).isNull();
    }

    @Test
    void theNextPageStartsAfterTheLastDocumentOfThePrevious() {
        Page<Document> first = list(null, PageRequest.first(2));
        Page<Document> second = list(null, new PageRequest(2, first.nextCursor(), false));

        assertThat(first.items()).containsExactly(invoice, passport);
        assertThat(second.items()).containsExactly(cv);
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void theContentIsTheWholeDocumentByDefault() throws IOException {
        try (DocumentContent content = useCases.documents().queries().content(viewer, cv.id(), ByteRange.ALL)) {
            assertThat(content.document()).isEqualTo(cv);
            assertThat(content.blob().content().readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void aRangeOfTheContentGivesOnlyThoseBytesButTellsTheWholeSize() throws IOException {
        try (DocumentContent content = useCases.documents().queries().content(viewer, cv.id(), ByteRange.of(1, 4))) {
            assertThat(content.blob().content().readAllBytes()).isEqualTo(Arrays.copyOfRange(PDF, 1, 5));
            assertThat(content.blob().offset()).isEqualTo(1);
            assertThat(content.blob().length()).isEqualTo(4);
            assertThat(content.blob().info().size()).isEqualTo(cv.sizeBytes());
        }
    }

    @Test
    void closingTheContentClosesTheStreamOfItsBytes() {
        // A store's stream may hold a connection until it is closed.
        AtomicBoolean closed = new AtomicBoolean();
        InputStream bytes = new FilterInputStream(new ByteArrayInputStream(PDF)) {
            @Override
            public void close() throws IOException {
                closed.set(true);
                super.close();
            }
        };
        BlobInfo info = crm.blobs.head(cv.storageKey()).orElseThrow();

        new DocumentContent(cv, new Blob(info, 0, info.size(), bytes)).close();

        assertThat(closed).isTrue();
    }

    @Test
    void aDocumentWhoseBytesAreGoneHasNoContentButIsStillListed() {
        crm.blobs.delete(cv.storageKey());

        refused(NotFoundException.class, "DOCUMENT_CONTENT_NOT_FOUND",
                () -> useCases.documents().queries().content(viewer, cv.id(), ByteRange.ALL));
        assertThat(useCases.documents().queries().get(viewer, cv.id())).isEqualTo(cv);
    }

    @Test
    void theContentOfAnUnknownDocumentIsTheDocumentNotFound() {
        refused(NotFoundException.class, "DOCUMENT_NOT_FOUND",
                () -> useCases.documents().queries().content(viewer, new DocumentId(UUID.randomUUID()), ByteRange.ALL));
    }

    private Page<Document> list(RecordRef attachedTo, PageRequest page) {
        return useCases.documents().queries().list(viewer, new DocumentListQuery(attachedTo, page));
    }
}
