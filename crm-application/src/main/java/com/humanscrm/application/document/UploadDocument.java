package com.humanscrm.application.document;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.idempotency.FirstResponse;
import com.humanscrm.application.idempotency.Idempotency;
import com.humanscrm.application.idempotency.IdempotencyKeyReusedException;
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
 * Attaches a file to a record, the whole sequence: the permission and the declared size before a byte is
 * read; the record's existence before the file's bytes are; the bytes streamed into the blob store
 * (measured and hashed on the way, never held whole); the end of the request; the idempotency key, which
 * can only be judged once the bytes' checksum is known (a retry replays the first answer and keeps no
 * second copy); then the document's row and audit entry.
 *
 * <p>Nothing is left behind by a failure: bytes that went past the size limit or broke off are never
 * stored, and stored bytes that will not be recorded are removed. Only a crash between storing and
 * recording leaves bytes without a row, for {@link ReconcileDocumentBlobs} to find.
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
    private final Idempotency idempotency;
    private final long maxBytes;

    public UploadDocument(AttachableRecords records, DocumentRepository documents, BlobStore blobs,
                          ContentTypeDetector contentTypes, DocumentRemoval removal, Idempotency idempotency,
                          UnitOfWork unitOfWork, AuditTrail audit, Clock clock, long maxBytes) {
        this.records = records;
        this.documents = documents;
        this.blobs = blobs;
        this.contentTypes = contentTypes;
        this.removal = removal;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
        this.maxBytes = maxBytes;
    }

    /**
     * @throws com.humanscrm.application.shared.AccessDeniedException a viewer, before anything is read
     * @throws DocumentTooLargeException a file declared or found past the limit; nothing is stored
     * @throws com.humanscrm.domain.shared.RuleViolationException a missing record or a bad file name, before
     *     the file's bytes are read
     * @throws IdempotencyKeyReusedException the key was used for another upload (the bytes are dropped)
     */
    public Outcome execute(Actor actor, Command command) {
        actor.require(Permission.EDIT_RECORDS);
        IncomingFile file = command.file();
        if (file.declaredSize() > maxBytes) {
            throw new DocumentTooLargeException(maxBytes);
        }
        Received received = receive(file.open());
        Idempotency.Claim claim;
        try {
            file.requireEnd();
            claim = command.idempotencyKey() == null ? null : idempotency.claim(actor, command.idempotencyKey(),
                    new Idempotency.Request("POST", command.path(), received.fingerprint()));
        } catch (RuntimeException e) {
            deleteBytes(received);
            throw e;
        }
        if (claim instanceof Idempotency.Replay replay) {
            deleteBytes(received); // a retry: the first upload's document stands
            return new Replayed(replay.response());
        }
        Idempotency.Run run = (Idempotency.Run) claim;
        try {
            return new Uploaded(record(actor, received), run);
        } catch (RuntimeException e) {
            if (run != null) {
                idempotency.settle(run, null); // nothing was done: a corrected retry may use the key
            }
            throw e;
        }
    }

    /** Checks the record and the name, then streams the bytes to the blob store, to their end. */
    private Received receive(IncomingFile.Opened file) {
        String filename = Document.filename(file.filename());
        // Refuse before streaming what may be many megabytes; record() checks again, holding the record.
        unitOfWork.inTransaction(() -> {
            records.requireExisting(file.attachedTo());
            return null;
        });
        DocumentId id = new DocumentId(Ids.newId(clock));
        InputStream content = new SizeLimitedInputStream(file.content(), maxBytes);
        byte[] head = readHead(content);
        String contentType = contentTypes.detect(head, filename);
        BlobInfo stored = blobs.put(Document.storageKeyOf(id),
                new SequenceInputStream(new ByteArrayInputStream(head), content), contentType);
        return new Received(id, file.attachedTo(), filename, stored);
    }

    /**
     * Writes the received document's row and audit entry; if that is refused, its bytes are removed. If the
     * database could not be reached, they are left for {@link ReconcileDocumentBlobs}: the commit may have
     * happened.
     */
    private Document record(Actor actor, Received received) {
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
            deleteBytes(received);
            throw e;
        }
    }

    private void deleteBytes(Received received) {
        removal.deleteBytes(received.stored().key());
    }


    private byte[] readHead(InputStream content) {
        try {
            return content.readNBytes(contentTypes.bytesNeeded());
        } catch (IOException e) {
            throw new UncheckedIOException("The upload broke off", e);
        }
    }

    /**
     * @param idempotencyKey the client's key for retrying this upload safely, or {@code null}
     * @param path           where the upload was sent: with the file, what makes a retry the same request
     */
    public record Command(IncomingFile file, String idempotencyKey, String path) {
        public Command {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
        }
    }

    /** How an upload ended: a new document, or the replay of the first upload under its key. */
    public sealed interface Outcome {
    }

    /** @param run the idempotency key to settle with the answer, or {@code null} when the upload had none */
    public record Uploaded(Document document, Idempotency.Run run) implements Outcome {
    }

    public record Replayed(FirstResponse response) implements Outcome {
    }

    /** Bytes in the blob store that are not a document yet. */
    private record Received(DocumentId id, RecordRef attachedTo, String filename, BlobInfo stored) {

        /** What makes two uploads the same request: the record, the name and the bytes. */
        byte[] fingerprint() {
            return String.join("\n", attachedTo.kind().wireName(), attachedTo.id().toString(), filename, stored.sha256())
                    .getBytes(StandardCharsets.UTF_8);
        }
    }
}
