package com.humanscrm.adapters.storage.filesystem;

import com.humanscrm.application.storage.BlobInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The first {@value #LENGTH} bytes of every blob file: what the bytes after it are. Plain text, so an
 * operator can read it with {@code head -c 512}:
 * <pre>
 * humans-crm-blob 1
 * sha256 &lt;64 hex digits&gt;
 * content-type &lt;type&gt;
 * </pre>
 * padded with newlines. Fixed length, so it is written after the bytes (when the checksum is known) into
 * the space left for it, and a range read seeks straight past it.
 */
record BlobHeader(String sha256, String contentType) {

    static final int LENGTH = 512;

    private static final String MAGIC = "humans-crm-blob 1";

    BlobHeader {
        BlobInfo.requireValidContentType(contentType);
    }

    void writeTo(FileChannel channel) throws IOException {
        byte[] text = (MAGIC + "\nsha256 " + sha256 + "\ncontent-type " + contentType + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] header = Arrays.copyOf(text, LENGTH);
        Arrays.fill(header, text.length, LENGTH, (byte) '\n');
        ByteBuffer buffer = ByteBuffer.wrap(header);
        while (buffer.hasRemaining()) {
            channel.write(buffer, buffer.position());
        }
    }

    static BlobHeader readFrom(FileChannel channel) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(LENGTH);
        while (buffer.hasRemaining() && channel.read(buffer, buffer.position()) >= 0) {
            // Positional reads leave the channel's position alone, for the caller to seek.
        }
        String[] lines = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).split("\n");
        if (buffer.hasRemaining() || lines.length < 3 || !lines[0].equals(MAGIC)
                || !lines[1].startsWith("sha256 ") || !lines[2].startsWith("content-type ")) {
            throw new IOException("Not a blob file (its header is damaged or missing)");
        }
        return new BlobHeader(lines[1].substring("sha256 ".length()), lines[2].substring("content-type ".length()));
    }
}
