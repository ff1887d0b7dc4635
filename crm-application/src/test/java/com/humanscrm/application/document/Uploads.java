package com.humanscrm.application.document;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.application.testing.DelegatingBlobStore;
import com.humanscrm.application.testing.GivenFile;
import com.humanscrm.application.testing.InMemoryCrm;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.document.RecordRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What the document use-case tests upload, and how they look at what the in-memory CRM kept. */
final class Uploads {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] HTML = "<!DOCTYPE html><html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);

    private Uploads() {
    }

    static Document upload(InMemoryCrm crm, Actor actor, RecordRef to, String filename, byte[] bytes) {
        return uploaded(crm.useCases.documents().upload().execute(actor, command(to, filename, new ByteArrayInputStream(bytes))));
    }

    /** An upload of these bytes without an idempotency key. */
    static UploadDocument.Command command(RecordRef to, String filename, InputStream content) {
        return new UploadDocument.Command(new GivenFile(to, filename, content, -1, () -> { }), null, "/api/documents");
    }

    static Document uploaded(UploadDocument.Outcome outcome) {
        return ((UploadDocument.Uploaded) outcome).document();
    }

    /** Every key in the blob store, documents' or not. */
    static List<String> blobKeys(InMemoryCrm crm) {
        List<String> keys = new ArrayList<>();
        crm.blobs.forEach("", blob -> keys.add(blob.key()));
        return keys;
    }

    static List<Document> rows(InMemoryCrm crm) {
        return crm.documents.list(new DocumentListQuery(null, PageRequest.first(PageRequest.MAX_LIMIT))).items();
    }

    static byte[] storedBytes(InMemoryCrm crm, Document document) {
        return crm.blobs.get(document.storageKey(), ByteRange.ALL).map(blob -> {
            try (blob) {
                return blob.content().readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElseThrow(() -> new AssertionError("no bytes under " + document.storageKey()));
    }

    /** A stream of the given bytes that counts how many were read, and can break off like a dropped connection. */
    static final class WatchedStream extends InputStream {

        private final byte[] bytes;
        private final int breakAt;
        private int position;

        private WatchedStream(byte[] bytes, int breakAt) {
            this.bytes = bytes;
            this.breakAt = breakAt;
        }

        static WatchedStream of(byte[] bytes) {
            return new WatchedStream(bytes, Integer.MAX_VALUE);
        }

        /** Gives the first {@code count} bytes, then fails. */
        static WatchedStream breakingAfter(byte[] bytes, int count) {
            return new WatchedStream(bytes, count);
        }

        int bytesRead() {
            return position;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            if (position == breakAt) {
                throw new IOException("Connection reset by peer");
            }
            if (position == bytes.length) {
                return -1;
            }
            int count = Math.min(length, Math.min(bytes.length, breakAt) - position);
            System.arraycopy(bytes, position, buffer, offset, count);
            position += count;
            return count;
        }
    }

    /** Passes every call to another repository; a test overrides the one it wants to fail or watch. */
    static class DelegatingDocumentRepository implements DocumentRepository {

        private final DocumentRepository delegate;

        DelegatingDocumentRepository(DocumentRepository delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Document> findById(DocumentId id) {
            return delegate.findById(id);
        }

        @Override
        public void add(Document document) {
            delegate.add(document);
        }

        @Override
        public boolean remove(DocumentId id) {
            return delegate.remove(id);
        }

        @Override
        public List<Document> removeAllOf(RecordRef record) {
            return delegate.removeAllOf(record);
        }

        @Override
        public Page<Document> list(DocumentListQuery query) {
            return delegate.list(query);
        }

        @Override
        public Set<String> unusedStorageKeys(Collection<String> storageKeys) {
            return delegate.unusedStorageKeys(storageKeys);
        }
    }

    /** A blob store that cannot remove anything just now, as one that is unreachable. */
    static final class UndeletableBlobStore extends DelegatingBlobStore {

        UndeletableBlobStore(BlobStore delegate) {
            super(delegate);
        }

        @Override
        public void delete(String key) {
            throw new UnavailableException("The blob store is not answering", null);
        }
    }
}
