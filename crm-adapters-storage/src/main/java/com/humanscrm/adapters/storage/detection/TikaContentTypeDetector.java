package com.humanscrm.adapters.storage.detection;

import com.humanscrm.application.document.ContentTypeDetector;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * Apache Tika's registry of file signatures ({@code tika-core} alone: magic bytes, XML root elements,
 * file-name globs; no parsers). The bytes decide; the name only narrows what they say to a subtype
 * Tika knows (a ZIP with {@code [Content_Types].xml} named {@code .docx} is a Word document, text named
 * {@code .csv} is CSV).
 *
 * <p>Tika on its own lets the name speak when the bytes say little (unknown binary, plain text). We do
 * not let a name claim a type that has a signature of its own the bytes lack: random bytes named
 * {@code .pdf} stay {@code application/octet-stream}, and plain text named {@code .html} or {@code .svg}
 * stays {@code text/plain} (a browser must never be told to render what the bytes do not show to be
 * HTML or SVG). Had the bytes carried that signature, the magic alone would already have found it.
 *
 * <p>Safe for concurrent use: the registry is read-only once loaded. Open it through
 * {@link com.humanscrm.adapters.storage.ContentTypeDetectors}.
 */
public final class TikaContentTypeDetector implements ContentTypeDetector {

    static final String UNKNOWN = MediaType.OCTET_STREAM.toString();

    private final MimeTypes registry;

    public TikaContentTypeDetector() {
        this.registry = MimeTypes.getDefaultMimeTypes(TikaContentTypeDetector.class.getClassLoader());
    }

    /** Tika looks this far in (64 KiB): an XML root element may follow a long prologue. */
    @Override
    public int bytesNeeded() {
        return registry.getMinLength();
    }

    @Override
    public String detect(byte[] head, String filename) {
        if (head.length == 0) {
            // Nothing to recognise, whatever the name says.
            return UNKNOWN;
        }
        MediaType fromBytes = detect(head, (Metadata) null);
        if (filename == null || filename.isBlank()) {
            return fromBytes.getBaseType().toString();
        }
        Metadata named = new Metadata();
        named.set(TikaCoreProperties.RESOURCE_NAME_KEY, filename);
        MediaType refined = detect(head, named);
        boolean nameAddsWhatBytesWouldShow = !refined.getBaseType().equals(fromBytes.getBaseType()) && hasSignature(refined);
        return (nameAddsWhatBytesWouldShow ? fromBytes : refined).getBaseType().toString();
    }

    private MediaType detect(byte[] head, Metadata metadata) {
        return inMemory(() -> registry.detect(new ByteArrayInputStream(head), metadata == null ? new Metadata() : metadata));
    }

    private boolean hasSignature(MediaType type) {
        return inMemory(() -> registry.forName(type.getBaseType().toString())).hasMagic();
    }

    /**
     * A registry call whose checked failures cannot happen here: the bytes are in memory, and every type
     * asked about is one the registry has just detected (so it is registered, and its name is valid).
     */
    private static <T> T inMemory(RegistryCall<T> call) {
        try {
            return call.run();
        } catch (IOException | MimeTypeException e) {
            throw new IllegalStateException("Tika's registry failed on bytes in memory", e);
        }
    }

    private interface RegistryCall<T> {
        T run() throws IOException, MimeTypeException;
    }
}
