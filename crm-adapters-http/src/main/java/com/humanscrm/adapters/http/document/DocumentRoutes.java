package com.humanscrm.adapters.http.document;

import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.HeadRequests;
import com.humanscrm.adapters.http.shared.IdempotencyKeys;
import com.humanscrm.adapters.http.shared.InvalidRequestException;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.application.document.DocumentContent;
import com.humanscrm.application.document.DocumentListQuery;
import com.humanscrm.application.document.DocumentUseCases;
import com.humanscrm.application.document.UploadDocument;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.storage.Blob;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.domain.document.Document;
import com.humanscrm.domain.document.DocumentId;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;
import io.javalin.http.RangeNotSatisfiableResponse;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.UUID;

/**
 * {@code /api/documents}: files attached to records. Uploads stream from the request into the blob
 * store; downloads stream from the blob store into the response, in ranges if asked, with headers that
 * keep a browser from running what someone uploaded.
 */
public final class DocumentRoutes {

    static final String PATH = "/api/documents";
    /** The order {@code DocumentRepository.list} documents: newest upload first. */
    private static final String ORDER = "-uploadedAt";
    /**
     * Caches may keep a document only for this caller ({@code private}: it is access-controlled) and must
     * ask again before each use ({@code no-cache}): a deleted document or a revoked key is noticed at
     * once, while an unchanged one costs a 304 thanks to its ETag.
     */
    static final String CACHE_CONTROL = "private, no-cache";
    /** Even opened in a browser, a document runs nothing and loads nothing. */
    static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'";

    private final DocumentUseCases documents;

    private DocumentRoutes(DocumentUseCases documents) {
        this.documents = documents;
    }

    public static void register(RoutesConfig routes, DocumentUseCases useCases) {
        DocumentRoutes documents = new DocumentRoutes(useCases);
        routes.get(PATH, documents::list);
        // Its Idempotency-Key is judged by the use case, with a fingerprint of the file rather than of the raw body.
        routes.post(PATH, documents::upload, IdempotencyKeys.CLAIMED_BY_ROUTE);
        routes.get(PATH + "/{id}", documents::get);
        routes.delete(PATH + "/{id}", documents::delete);
        routes.get(PATH + "/{id}/content", documents::content);
        routes.post("/api/admin/documents/reconcile", documents::reconcile);
    }

    static String location(DocumentId id) {
        return PATH + "/" + id;
    }

    private static DocumentId documentId(Context ctx) {
        return new DocumentId(Params.pathId(ctx, "id", RecordKind.DOCUMENT));
    }

    private void list(Context ctx) {
        PageRequest page = Lists.pageRequest(ctx, ORDER);
        String entityType = Params.text(ctx, UploadForm.ENTITY_TYPE);
        UUID entityId = Params.uuid(ctx, UploadForm.ENTITY_ID);
        if (entityType == null && entityId != null) {
            throw InvalidRequestException.field(UploadForm.ENTITY_TYPE, "is required with entityId");
        }
        if (entityType != null && entityId == null) {
            throw InvalidRequestException.field(UploadForm.ENTITY_ID, "is required with entityType");
        }
        RecordRef attachedTo = entityType == null ? null
                : new RecordRef(RecordKind.holdingDocuments(entityType, UploadForm.ENTITY_TYPE), entityId);
        Lists.respond(ctx, page, documents.queries().list(actor(ctx), new DocumentListQuery(attachedTo, page)), DocumentResponse::from);
    }

    /**
     * The use case reads the form as it goes: who may upload, and whether the body could ever fit, are
     * settled before a byte of it is read (a client that sent {@code Expect: 100-continue} is then not
     * asked for the body at all), and the key is judged once the file's checksum is known.
     */
    private void upload(Context ctx) {
        UploadDocument.Outcome outcome;
        try {
            outcome = documents.upload().execute(actor(ctx),
                    new UploadDocument.Command(new UploadForm(ctx), ctx.header(IdempotencyKeys.HEADER), ctx.path()));
        } catch (UncheckedIOException e) {
            throw Bodies.brokenOff(e, "The upload"); // the file's bytes broke off or stalled as the store read them
        }
        switch (outcome) {
            case UploadDocument.Uploaded uploaded -> {
                IdempotencyKeys.settleAfterwards(ctx, uploaded.run());
                Responses.created(ctx, location(uploaded.document().id()), DocumentResponse.from(uploaded.document()));
            }
            case UploadDocument.Replayed replayed -> IdempotencyKeys.replay(ctx, replayed.response());
        }
    }

    private void get(Context ctx) {
        Responses.ok(ctx, DocumentResponse.from(documents.queries().get(actor(ctx), documentId(ctx))));
    }

    private void delete(Context ctx) {
        documents.delete().execute(actor(ctx), documentId(ctx));
        Responses.noContent(ctx);
    }

    private void reconcile(Context ctx) {
        Responses.ok(ctx, ReconcileReportResponse.from(documents.reconcile().execute(actor(ctx))));
    }

    /**
     * The bytes, whole or one range of them. Conditions and ranges are decided on the metadata, so a 304, a
     * 416 or any answer to a HEAD never opens the bytes; whatever is opened is closed once written, or when
     * writing fails (a client that went away).
     */
    private void content(Context ctx) {
        ctx.header(Header.X_CONTENT_TYPE_OPTIONS, "nosniff");
        ctx.header(Header.CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY);
        Actor actor = actor(ctx);
        DocumentId id = documentId(ctx);
        Document document = documents.queries().get(actor, id);
        String etag = "\"" + document.sha256() + "\"";
        long size = document.sizeBytes();
        if (matchesAny(ctx.header(Header.IF_NONE_MATCH), document.sha256())) {
            validators(ctx, etag);
            ctx.status(HttpStatus.NOT_MODIFIED);
            return;
        }
        String ifRange = ctx.header(Header.IF_RANGE);
        RangeRequest range = ifRange != null && !ifRange.strip().equals(etag)
                ? new RangeRequest.Whole() : RangeRequest.parse(ctx.header(Header.RANGE), size);
        if (range instanceof RangeRequest.Unsatisfiable) {
            ctx.header(Header.CONTENT_RANGE, "bytes */" + size);
            throw new RangeNotSatisfiableResponse("The range " + ctx.header(Header.RANGE) + " is not within the document's "
                    + size + " bytes");
        }
        ctx.disableCompression(); // the length and ranges are of the bytes as stored
        if (HeadRequests.isHead(ctx)) {
            representation(ctx, document, etag);
            answerHead(ctx, range, size);
            return;
        }
        ByteRange bytes = range instanceof RangeRequest.Part part ? part.byteRange() : ByteRange.ALL;
        // Opened before any header describes the document, so a failure (bytes lost, store down) answers a
        // plain problem that no browser saves under the document's name and no cache keeps under its ETag.
        DocumentContent content = documents.queries().content(actor, id, bytes);
        try {
            representation(ctx, document, etag);
            Blob blob = content.blob();
            if (range instanceof RangeRequest.Part) {
                ctx.status(HttpStatus.PARTIAL_CONTENT);
                ctx.header(Header.CONTENT_RANGE,
                        "bytes " + blob.offset() + "-" + (blob.offset() + blob.length() - 1) + "/" + blob.info().size());
            }
            ctx.res().setContentLengthLong(blob.length());
            // Javalin closes the result after writing it, also when the write fails.
            ctx.result(new ClosingStream(content));
        } catch (RuntimeException e) {
            content.close();
            throw e;
        }
    }

    /** What a cache needs to revalidate the document: its entity tag, and that only this caller may keep it. */
    private static void validators(Context ctx, String etag) {
        ctx.header(Header.ETAG, etag);
        ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
    }

    /** The headers that describe the document's bytes, for an answer that carries (or, for HEAD, would carry) them. */
    private static void representation(Context ctx, Document document, String etag) {
        validators(ctx, etag);
        ctx.header(Header.ACCEPT_RANGES, "bytes");
        ctx.contentType(document.contentType());
        ctx.header(Header.CONTENT_DISPOSITION, ContentDisposition.of(document.contentType(), document.filename()));
    }

    /**
     * The headers a GET would get, from the metadata alone: the bytes are never opened. (That the store
     * still holds them is not checked; a GET of a document whose bytes are lost is a 404.)
     */
    private static void answerHead(Context ctx, RangeRequest range, long size) {
        long length = size;
        if (range instanceof RangeRequest.Part part) {
            ctx.status(HttpStatus.PARTIAL_CONTENT);
            ctx.header(Header.CONTENT_RANGE, "bytes " + part.first() + "-" + part.last() + "/" + size);
            length = part.last() - part.first() + 1;
        }
        ctx.res().setContentLengthLong(length);
    }

    /** {@code If-None-Match}: {@code *}, or a list of entity tags, weak or strong (RFC 9110 uses weak comparison). */
    private static boolean matchesAny(String ifNoneMatch, String sha256) {
        if (ifNoneMatch == null) {
            return false;
        }
        return ifNoneMatch.strip().equals("*") || Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("\"" + sha256 + "\""));
    }

    /** The blob's stream, closing the whole {@link DocumentContent} with it. */
    private static final class ClosingStream extends FilterInputStream {

        private final DocumentContent content;

        ClosingStream(DocumentContent content) {
            super(content.blob().content());
            this.content = content;
        }

        @Override
        public void close() throws IOException {
            content.close();
        }
    }
}
