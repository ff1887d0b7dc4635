package com.humanscrm.domain.document;

import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.RuleViolationException;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file attached to a record. Its bytes live in a blob store under {@code storageKey}; this is what
 * the CRM knows about them. A document never changes: a new version is a new upload.
 *
 * @param contentType what the bytes are, as detected from them, not as the uploader claimed
 * @param uploadedBy {@code null} when the operator's command line uploaded it
 */
public record Document(DocumentId id, RecordRef attachedTo, String filename, String contentType, long sizeBytes,
                       String sha256, String storageKey, ColleagueId uploadedBy, Instant uploadedAt) {

    public static final int MAX_FILENAME_LENGTH = 255;
    /** Where a document's bytes are kept in the blob store. */
    public static final String STORAGE_PREFIX = "documents/";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(attachedTo, "attachedTo");
        filename = filename(filename);
        Objects.requireNonNull(contentType, "contentType");
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("A document's size cannot be negative: " + sizeBytes);
        }
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("A SHA-256 is 64 lower-case hex digits: " + sha256);
        }
        Objects.requireNonNull(storageKey, "storageKey");
        Objects.requireNonNull(uploadedAt, "uploadedAt");
    }

    /** Where the bytes of the document with this id are kept. */
    public static String storageKeyOf(DocumentId id) {
        return STORAGE_PREFIX + id;
    }

    /**
     * The name to keep for a file as its uploader named it: its last path segment only (some browsers
     * send the whole local path, and no name may point anywhere else when the file is saved again),
     * trimmed, 1 to {@value #MAX_FILENAME_LENGTH} characters with no control characters, and neither
     * {@code .} nor {@code ..}.
     */
    public static String filename(String clientName) {
        if (clientName == null) {
            throw RuleViolationException.field("file", "must have a file name");
        }
        String lastSegment = clientName.substring(Math.max(clientName.lastIndexOf('/'), clientName.lastIndexOf('\\')) + 1);
        if (lastSegment.isBlank()) {
            throw RuleViolationException.field("file", "must have a file name");
        }
        if (!Checks.isStorableText(lastSegment) || lastSegment.chars().anyMatch(c -> c == '\t' || c == '\n' || c == '\r')) {
            throw RuleViolationException.field("file", "file name " + Checks.UNSTORABLE_TEXT);
        }
        String name = lastSegment.strip();
        if (name.equals(".") || name.equals("..")) {
            // Not a name but a step up or nowhere, as a saved file's path would read it.
            throw RuleViolationException.field("file", "must have a file name");
        }
        if (name.codePointCount(0, name.length()) > MAX_FILENAME_LENGTH) {
            throw RuleViolationException.field("file", "file name must be at most " + MAX_FILENAME_LENGTH + " characters");
        }
        return name;
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("entityType", attachedTo.kind().wireName());
        snapshot.put("entityId", attachedTo.id().toString());
        snapshot.put("filename", filename);
        snapshot.put("contentType", contentType);
        snapshot.put("sizeBytes", sizeBytes);
        snapshot.put("sha256", sha256);
        return snapshot;
    }
}
