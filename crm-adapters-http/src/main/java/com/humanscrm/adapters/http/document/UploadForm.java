package com.humanscrm.adapters.http.document;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.InvalidRequestException;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Utf8;
import com.humanscrm.application.document.IncomingFile;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.document.RecordRef;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.RuleViolationException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.apache.commons.fileupload.FileItemHeaders;
import org.apache.commons.fileupload.FileItemIterator;
import org.apache.commons.fileupload.FileItemStream;
import org.apache.commons.fileupload.FileUpload;
import org.apache.commons.fileupload.FileUploadBase;
import org.apache.commons.fileupload.FileUploadException;
import org.apache.commons.fileupload.UploadContext;
import org.apache.commons.fileupload.util.FileItemHeadersImpl;

/**
 * The form of {@code POST /api/documents}, read as the upload use case asks for it: {@code entityType} and
 * {@code entityId} first, then {@code file}, whose bytes go straight from the request's input stream to
 * the blob store, neither held in memory nor spooled to disk. The file comes last (as in S3's POST uploads) so that
 * everything about it is known, and checked, before its first byte is read.
 *
 * <p>The body is parsed by Commons FileUpload's streaming API over the servlet request's own input stream:
 * nothing here calls Javalin's body methods, so its body-size limit (meant for JSON) does not apply, and
 * the document's size limit is enforced by the upload use case as the bytes pass.
 *
 * <p>Part headers are read as ISO-8859-1, one character per byte, so that nothing is lost before the file
 * name is decoded here, strictly: FileUpload's own decoding turns bytes that are not UTF-8 into U+FFFD and
 * keeps an {@code filename*} it cannot decode as it was sent, either of which would store a name the client
 * never gave.
 */
final class UploadForm implements IncomingFile {

    static final String ENTITY_TYPE = "entityType";
    static final String ENTITY_ID = "entityId";
    static final String FILE = "file";

    /**
     * What a form may add to its file: the two fields, part headers and boundaries, with room to spare. A
     * request declaring more than the size limit plus this is refused before its body is read.
     */
    static final long FORM_OVERHEAD_BYTES = 64 * 1024;

    /** The longest field value read: ample for a kind of record or a UUID, and never a memory risk. */
    private static final int MAX_FIELD_BYTES = 1024;
    /** A part's headers: room for a file name of 255 characters in UTF-8, percent-encoded. */
    private static final int MAX_PART_HEADER_BYTES = 16 * 1024;
    private static final int MAX_REPORTED_NAME_LENGTH = 100;

    private final Context ctx;
    private final FormDataParts upload = new FormDataParts();
    private final RequestBody body;
    private FileItemIterator parts;

    /** The request's form, of which nothing is read yet. */
    UploadForm(Context ctx) {
        this.ctx = ctx;
        this.body = new RequestBody(ctx, new BodyStart());
        upload.setHeaderEncoding(StandardCharsets.ISO_8859_1.name()); // the bytes as they came; see ContentDisposition.fileName
        upload.setPartHeaderSizeMax(MAX_PART_HEADER_BYTES);
    }

    /** The declared length less what a form adds around its file: a request declaring more is refused unread. */
    @Override
    public long declaredSize() {
        long declared = ctx.req().getContentLengthLong();
        return declared < 0 ? -1 : Math.max(0, declared - FORM_OVERHEAD_BYTES);
    }

    /**
     * @throws io.javalin.http.UnsupportedMediaTypeResponse a body that is not {@code multipart/form-data} (415)
     * @throws InvalidRequestException a missing, repeated, unknown or invalid field, a missing file (422)
     * @throws MalformedRequestException a body that is not a well-formed multipart form, or that broke off (400)
     */
    @Override
    public Opened open() {
        requireMultipart(ctx);
        try {
            parts = upload.getItemIterator(body);
            Map<String, String> fields = new LinkedHashMap<>();
            while (parts.hasNext()) {
                FileItemStream part = parts.next();
                String name = part.getFieldName();
                if (FILE.equals(name)) {
                    RecordRef attachedTo = recordOf(fields);
                    // Not closed: closing a part's stream reads it to its end, which a refused upload must not wait for.
                    return new Opened(attachedTo, fileNameOf(part), part.openStream());
                }
                fields.put(knownAndNew(name, fields), valueOf(part, name));
            }
            if (fields.isEmpty() && !body.start().isEmptyForm(upload.boundaryOf(body.getContentType()))) {
                // FileUpload finds no part in "--b--", but also in an empty body, one without the declared boundary,
                // or one whose first boundary is followed by something else.
                throw new MalformedRequestException("The body is not a multipart form with the boundary its Content-Type declares");
            }
            Map<String, List<String>> errors = new TreeMap<>(missing(fields, "is required"));
            errors.put(FILE, List.of("is required: a file part, the last of the form"));
            throw InvalidRequestException.fields(errors);
        } catch (FileUploadException e) {
            throw new MalformedRequestException("The body is not a well-formed multipart form: " + e.getMessage());
        } catch (IOException | UncheckedIOException e) {
            throw Bodies.brokenOff(e, "The upload");
        }
    }

    /** @throws InvalidRequestException a part after the file (422); a broken ending is 400, a stall 408 */
    @Override
    public void requireEnd() {
        try {
            if (parts.hasNext()) {
                throw InvalidRequestException.field(FILE, "must be the last field of the form; nothing may follow it");
            }
        } catch (FileUploadException e) {
            throw new MalformedRequestException("The multipart form does not end well: " + e.getMessage());
        } catch (IOException e) {
            throw Bodies.brokenOff(e, "The upload");
        }
    }

    /** Refuses (415) a request that is not {@code multipart/form-data}. */
    private static void requireMultipart(Context ctx) {
        String contentType = ctx.header(Header.CONTENT_TYPE); // ctx.contentType() fails on an unknown charset
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).matches("multipart/form-data\\s*(;.*)?")) {
            throw new UnsupportedMediaTypeResponse("Send a document as multipart/form-data, not " + contentType);
        }
    }

    private static String fileNameOf(FileItemStream part) {
        String filename;
        try {
            filename = ContentDisposition.fileName(part.getHeaders().getHeader("Content-Disposition"));
        } catch (IllegalArgumentException unreadable) {
            throw InvalidRequestException.field(FILE, unreadable.getMessage());
        }
        if (filename == null) {
            throw InvalidRequestException.field(FILE, "must be a file part, with a filename in its Content-Disposition");
        }
        if (!Checks.isStorableText(filename)) {
            throw InvalidRequestException.field(FILE, "file name " + Checks.UNSTORABLE_TEXT);
        }
        return filename;
    }

    /** The record the form names, once its file has come (so no field can come any more). */
    private static RecordRef recordOf(Map<String, String> fields) {
        Map<String, List<String>> errors = new TreeMap<>(
                missing(fields, "must come before file (the file must be the last field)"));
        RecordKind kind = null;
        UUID id = null;
        if (fields.containsKey(ENTITY_TYPE)) {
            try {
                kind = RecordKind.holdingDocuments(fields.get(ENTITY_TYPE), ENTITY_TYPE);
            } catch (RuleViolationException e) {
                errors.putAll(e.fieldErrors());
            }
        }
        if (fields.containsKey(ENTITY_ID)) {
            try {
                id = Params.canonicalUuid(fields.get(ENTITY_ID));
            } catch (IllegalArgumentException e) {
                errors.put(ENTITY_ID, List.of("must be a UUID"));
            }
        }
        if (!errors.isEmpty()) {
            throw InvalidRequestException.fields(errors);
        }
        return new RecordRef(kind, id);
    }

    private static Map<String, List<String>> missing(Map<String, String> fields, String problem) {
        Map<String, List<String>> errors = new TreeMap<>();
        for (String name : List.of(ENTITY_TYPE, ENTITY_ID)) {
            if (!fields.containsKey(name)) {
                errors.put(name, List.of(problem));
            }
        }
        return errors;
    }

    private static String knownAndNew(String name, Map<String, String> fields) {
        if (name == null || name.isEmpty()) {
            throw InvalidRequestException.form("Every part of the form needs a name: entityType, entityId or file");
        }
        if (!name.equals(ENTITY_TYPE) && !name.equals(ENTITY_ID)) {
            String text = Utf8.orNull(name.getBytes(StandardCharsets.ISO_8859_1)); // read as bytes, like every header
            boolean reportable = text != null && text.length() <= MAX_REPORTED_NAME_LENGTH && Checks.isStorableText(text);
            throw reportable ? InvalidRequestException.field(text, "is not a known field")
                    : InvalidRequestException.form("The form has a part that is not a known field");
        }
        if (fields.containsKey(name)) {
            throw InvalidRequestException.field(name, "must be given at most once");
        }
        return name;
    }

    /** A field's value, as UTF-8 text of at most {@link #MAX_FIELD_BYTES}. */
    private static String valueOf(FileItemStream part, String name) throws IOException {
        byte[] bytes = part.openStream().readNBytes(MAX_FIELD_BYTES + 1); // a shorter value is read to its end
        if (bytes.length > MAX_FIELD_BYTES) {
            throw InvalidRequestException.field(name, "must be at most " + MAX_FIELD_BYTES + " bytes");
        }
        String text = Utf8.orNull(bytes);
        if (text == null || !Checks.isStorableText(text)) {
            throw InvalidRequestException.field(name, Checks.UNSTORABLE_TEXT);
        }
        return text;
    }

    /**
     * Commons FileUpload reads two things into a part's headers that no form of ours means: a part
     * declared {@code multipart/mixed} is opened as a nested form (RFC 1867's old way of sending several
     * files), and a part without a {@code Content-Disposition: form-data} name is skipped unseen. Here a
     * part's declared type is never looked at (the stored type comes from the bytes), and a part that
     * names no field makes the form malformed.
     */
    private static final class FormDataParts extends FileUpload {

        @Override
        protected FileItemHeaders getParsedHeaders(String headerPart) {
            FileItemHeaders parsed = super.getParsedHeaders(headerPart);
            if (getFieldName(parsed) == null) {
                throw new MalformedRequestException("Every part of the form needs a Content-Disposition: form-data header naming its field");
            }
            FileItemHeadersImpl kept = new FileItemHeadersImpl();
            parsed.getHeaderNames().forEachRemaining(name -> {
                if (!name.equalsIgnoreCase(FileUploadBase.CONTENT_TYPE)) {
                    parsed.getHeaders(name).forEachRemaining(value -> kept.addHeader(name, value));
                }
            });
            return kept;
        }

        /** The boundary the Content-Type declares, as bytes; {@code null} when it declares none. */
        byte[] boundaryOf(String contentType) {
            return getBoundary(contentType);
        }
    }

    /** The first bytes of a body as they pass, to tell a form with no part from a body that is no form at all. */
    private static final class BodyStart {

        private static final int KEPT = 8 * 1024;
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        InputStream watching(InputStream in) {
            return new FilterInputStream(in) {
                @Override
                public int read() throws IOException {
                    int b = super.read();
                    if (b >= 0 && bytes.size() < KEPT) {
                        bytes.write(b);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int count = super.read(buffer, offset, length);
                    if (count > 0) {
                        bytes.write(buffer, offset, Math.min(count, KEPT - Math.min(KEPT, bytes.size())));
                    }
                    return count;
                }
            };
        }

        /** Whether the whole body was the close delimiter of this boundary ({@code --b--}), alone: a form with no part. */
        boolean isEmptyForm(byte[] boundary) {
            return boundary != null && bytes.size() < KEPT && bytes.toString(StandardCharsets.ISO_8859_1).strip()
                    .equals("--" + new String(boundary, StandardCharsets.ISO_8859_1) + "--");
        }
    }

    /** The request as Commons FileUpload reads it: its headers, and its body as the servlet container streams it. */
    private record RequestBody(Context ctx, BodyStart start) implements UploadContext {

        /** The part headers' charset; a charset Java does not know leaves them to FileUpload's default, ISO-8859-1. */
        @Override
        public String getCharacterEncoding() {
            try {
                return ctx.req().getCharacterEncoding();
            } catch (IllegalArgumentException unknownCharset) {
                return null;
            }
        }

        @Override
        public String getContentType() {
            return ctx.header(Header.CONTENT_TYPE);
        }

        @Override
        @Deprecated
        public int getContentLength() {
            return ctx.req().getContentLength();
        }

        @Override
        public long contentLength() {
            return ctx.req().getContentLengthLong();
        }

        @Override
        public InputStream getInputStream() throws IOException {
            return start.watching(ctx.req().getInputStream());
        }
    }
}
