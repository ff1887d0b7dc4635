package com.humanscrm.application.document;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.Ids;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * Attaches a file to a record in two steps: {@link #receive} streams the bytes into the blob store
 * (measuring and hashing them on the way, never holding them whole), {@link #record} then writes the
 * document's row and audit entry. {@link #execute} does both; a caller that must decide in between,
 * from the received bytes' checksum (a retried upload under an idempotency key), calls them itself
 * and {@link #discard}s what it will not record.
 *
 * <p>Nothing is left behind by a failure: bytes that went past the size limit or broke off are never
 * stored, and stored bytes whose row cannot be written are removed. Only a crash between the two
 * steps leaves bytes without a row, for {@link ReconcileDocumentBlobs} to find.
 */
public final class UploadDocument {

    private final AttachableRecords records;
    private final DocumentRepository documents;
    private final BlobStore blobs;
    private final ContentTypeDetector contentTypes;
    private final DocumentRemoval removal;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;
    private final long maxBytes;

    public UploadDocument(AttachableRecords records, DocumentRepository documents, BlobStore blobs,
                          ContentTypeDetector contentTypes, DocumentRemoval removal, UnitOfWork unitOfWork,
                          AuditTrail audit, Clock clock, long maxBytes) {
        this.records = records;
        this.documents = documents;
        this.blobs = blobs;
        this.contentTypes = contentTypes;
        this.removal = removal;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /** The most bytes one document may have; more is refused with {@link DocumentTooLargeException}. */
    public long maxBytes() {
        return maxBytes;
    }

    public Document execute(Actor actor, Command command) {
        return record(actor, receive(actor, command));
    }

    /**
     * Checks the request, then streams the content to the blob store. The stream is read to its end
     * (or until it breaks or passes the limit) and not closed.
     *
     * @throws com.humanscrm.domain.shared.RuleViolationException a missing record or a bad file name,
     *     before any byte is read
     * @throws DocumentTooLargeException past {@link #maxBytes()}; nothing is stored
     */
    public Received receive(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        String filename = Document.filename(command.filename());
        // Refuse before streaming what may be many megabytes; record() checks again, holding the record.
        unitOfWork.inTransaction(() -> {
            records.requireExisting(command.attachedTo());
            return null;
        });
        DocumentId id = new DocumentId(Ids.newId(clock));
        InputStream content = new SizeLimitedInputStream(command.content(), maxBytes);
        byte[] head = readHead(content);
        String contentType = contentTypes.detect(head, filename);
        BlobInfo stored = blobs.put(Document.storageKeyOf(id),
                new SequenceInputStream(new ByteArrayInputStream(head), content), contentType);
        return new Received(id, command.attachedTo(), filename, stored);
    }

    /**
     * Writes the received document's row and audit entry; if that is refused, its bytes are removed. If the
     * database could not be reached, they are left for {@link ReconcileDocumentBlobs}: the commit may have
     * happened.
     */
    public Document record(Actor actor, Received received) {
        Document document = new Document(received.id(), received.attachedTo(), received.filename(),
                received.stored().contentType(), received.stored().size(), received.stored().sha256(),
                received.stored().key(), actor.colleagueId(), clock.instant());
        try {
            return unitOfWork.inTransaction(() -> {
                records.requireExisting(document.attachedTo());
                documents.add(document);
                audit.created(actor, RecordKind.DOCUMENT, document.id().value(), document.auditSnapshot());
                return document;
            });
        } catch (UnavailableException e) {
            // The commit's fate is unknown: the row may exist. Bytes without one are the reconciler's to remove.
            throw e;
        } catch (RuntimeException e) {
            removal.deleteBytes(received.stored().key());
            throw e;
        }
    }

    /** Removes the bytes of a received upload that will not be recorded. */
    public void discard(Received received) {
        removal.deleteBytes(received.stored().key());
    }

    private byte[] readHead(InputStream content) {
        try {
            return content.readNBytes(contentTypes.bytesNeeded());
        } catch (IOException e) {
            throw new UncheckedIOException("The upload broke off", e);
        }
    }

    /** {@code filename} as the uploader named the file; {@code content} is read, not closed. */
    public record Command(RecordRef attachedTo, String filename, InputStream content) {
        public Command {
            Objects.requireNonNull(attachedTo, "attachedTo");
            Objects.requireNonNull(content, "content");
        }
    }

    /** Bytes in the blob store that are not a document yet. */
    public record Received(DocumentId id, RecordRef attachedTo, String filename, BlobInfo stored) {

        /** What makes two uploads the same request: the record, the name and the bytes. */
        public byte[] fingerprint() {
            return String.join("\n", attachedTo.kind().wireName(), attachedTo.id().toString(), filename, stored.sha256())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
