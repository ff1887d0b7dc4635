package com.humanscrm.adapters.storage.filesystem;

import static java.nio.file.StandardCopyOption.ATOMIC_MOVE;
import static java.nio.file.StandardCopyOption.REPLACE_EXISTING;
import static java.nio.file.StandardOpenOption.READ;
import static java.nio.file.StandardOpenOption.WRITE;

import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.storage.Blob;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.BlobKeys;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.BlobSummary;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.application.storage.MeasuringInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Blobs as files under a root directory. Key {@code a/b/c} is the file {@code a/b/c~blob}: the suffix
 * holds a character no key may contain, so a key's file never collides with the directory of the keys
 * below it ({@code a} and {@code a/b} both exist), and uploads in progress ({@code ~upload-*.tmp})
 * are never mistaken for blobs.
 *
 * <p>A process that dies mid-upload leaves its temporary file behind; {@link #forEach} (which the
 * reconciler runs hourly) removes those untouched for {@link #ABANDONED_AFTER} as it walks past them.
 *
 * <p>A write goes to a temporary file beside its target, is forced to disk, and is renamed over the
 * target atomically, then the directories on the way are forced so the rename survives a crash: a reader
 * sees the old file or the new one, and concurrent writers each rename a whole file of their own.
 * Each file starts with a {@link BlobHeader} (checksum and content type), so one rename moves the bytes
 * and what describes them together.
 */
final class FilesystemBlobStore implements BlobStore {

    private static final String SUFFIX = "~blob";
    private static final String UPLOAD_PREFIX = "~upload-";
    private static final String UPLOAD_SUFFIX = ".tmp";
    /**
     * An upload writes its temporary file continuously; one untouched this long was left by a process that
     * died mid-upload (a failed upload removes its own). Long enough for any live upload, this server's or
     * another process's on the same directory.
     */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    private final Path root;

    FilesystemBlobStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public BlobInfo put(String key, InputStream content, String contentType) {
        Path target = pathOf(key);
        BlobInfo.requireValidContentType(contentType);
        Path directory = target.getParent();
        Path upload = null;
        try {
            Files.createDirectories(directory);
            upload = Files.createTempFile(directory, UPLOAD_PREFIX, UPLOAD_SUFFIX);
            MeasuringInputStream measured = new MeasuringInputStream(content);
            String sha256;
            try (FileChannel channel = FileChannel.open(upload, WRITE)) {
                channel.position(BlobHeader.LENGTH);
                measured.transferTo(Channels.newOutputStream(channel));
                sha256 = measured.sha256Hex();
                new BlobHeader(sha256, contentType).writeTo(channel);
                channel.force(true);
            }
            BlobInfo stored = new BlobInfo(key, measured.size(), sha256, contentType,
                    Files.getLastModifiedTime(upload).toInstant());
            Files.move(upload, target, ATOMIC_MOVE, REPLACE_EXISTING);
            upload = null;
            forceDirectoriesUpToRoot(directory);
            return stored;
        } catch (IOException e) {
            throw unavailable("store", key, e);
        } finally {
            deleteQuietly(upload);
        }
    }

    @Override
    public Optional<Blob> get(String key, ByteRange range) {
        Path file = pathOf(key);
        FileChannel channel = null;
        try {
            // Read through the open file, not the path: a rename over the path cannot change what we read.
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            channel = FileChannel.open(file, READ);
            BlobInfo info = info(key, channel, attributes);
            long offset = range.offsetWithin(info.size());
            long length = range.lengthWithin(info.size());
            channel.position(BlobHeader.LENGTH + offset);
            InputStream content = new BoundedInputStream(Channels.newInputStream(channel), length);
            channel = null;
            return Optional.of(new Blob(info, offset, length, content));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unavailable("read", key, e);
        } finally {
            closeQuietly(channel);
        }
    }

    @Override
    public Optional<BlobInfo> head(String key) {
        Path file = pathOf(key);
        try (FileChannel channel = FileChannel.open(file, READ)) {
            return Optional.of(info(key, channel, Files.readAttributes(file, BasicFileAttributes.class)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw unavailable("read", key, e);
        }
    }

    @Override
    public void delete(String key) {
        Path file = pathOf(key);
        try {
            if (Files.deleteIfExists(file)) {
                forceDirectory(file.getParent());
            }
            // Empty directories stay: removing one could race a writer about to rename into it.
        } catch (IOException e) {
            throw unavailable("delete", key, e);
        }
    }

    @Override
    public void forEach(String prefix, Consumer<BlobSummary> action) {
        BlobKeys.requireValidPrefix(prefix);
        Path start = within(root.resolve(prefix.substring(0, prefix.lastIndexOf('/') + 1)).normalize(), prefix);
        if (!Files.isDirectory(start)) {
            return;
        }
        Instant abandonedBefore = Instant.now().minus(ABANDONED_AFTER);
        try {
            Files.walkFileTree(start, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                    String name = file.getFileName().toString();
                    if (name.endsWith(SUFFIX)) {
                        String key = keyOf(file);
                        if (key.startsWith(prefix) && BlobKeys.isValid(key)) {
                            action.accept(new BlobSummary(key, attributes.size() - BlobHeader.LENGTH,
                                    attributes.lastModifiedTime().toInstant()));
                        }
                    } else if (name.startsWith(UPLOAD_PREFIX) && name.endsWith(UPLOAD_SUFFIX)
                            && attributes.lastModifiedTime().toInstant().isBefore(abandonedBefore)) {
                        // The temporary file of an upload that a crash cut short; one still being written is left alone.
                        Files.deleteIfExists(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException failure) throws IOException {
                    if (failure instanceof NoSuchFileException) {
                        // Deleted, or an upload renamed into place, after its directory was read: not there to list.
                        return FileVisitResult.CONTINUE;
                    }
                    throw failure;
                }
            });
        } catch (IOException e) {
            throw unavailable("list", prefix, e);
        }
    }

    /** Checks at start-up that the root can be written, so a bad {@code CRM_DATA_DIR} stops the server. */
    void requireWritable() {
        try {
            Files.createDirectories(root);
            Files.delete(Files.createTempFile(root, UPLOAD_PREFIX, UPLOAD_SUFFIX));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalStateException("The filesystem blob store cannot write to " + root
                    + ": check CRM_DATA_DIR and the directory's permissions", e);
        }
    }

    private Path pathOf(String key) {
        BlobKeys.requireValid(key);
        return within(root.resolve(key + SUFFIX).normalize(), key);
    }

    /** The second lock behind the key check: whatever a key holds, its path stays under the root. */
    private Path within(Path path, String key) {
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("Blob key leads outside the store: " + key);
        }
        return path;
    }

    private String keyOf(Path file) {
        String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
        return relative.substring(0, relative.length() - SUFFIX.length());
    }

    private static BlobInfo info(String key, FileChannel channel, BasicFileAttributes attributes) throws IOException {
        try {
            BlobHeader header = BlobHeader.readFrom(channel);
            return new BlobInfo(key, channel.size() - BlobHeader.LENGTH, header.sha256(), header.contentType(),
                    attributes.lastModifiedTime().toInstant());
        } catch (IllegalArgumentException e) {
            // A header in the right shape holding what no blob may (a checksum not in hex, an empty content type)
            // is as damaged as a missing one: the store's fault, not the caller's.
            throw new IOException("Not a blob file (its header is damaged: " + e.getMessage() + ")", e);
        }
    }

    /** A rename is durable once its directory is forced; a directory just made needs its own parent forced too. */
    private void forceDirectoriesUpToRoot(Path directory) throws IOException {
        for (Path current = directory; current.startsWith(root); current = current.getParent()) {
            forceDirectory(current);
        }
    }

    private static void forceDirectory(Path directory) throws IOException {
        try (FileChannel channel = FileChannel.open(directory, READ)) {
            channel.force(true);
        } catch (UnsupportedOperationException | AccessDeniedException e) {
            // Some platforms (Windows) cannot open a directory; there the rename is as durable as the OS makes it.
        }
    }

    private static void deleteQuietly(Path upload) {
        if (upload != null) {
            try {
                Files.deleteIfExists(upload);
            } catch (IOException e) {
                // Left behind, it is skipped by listings; the failure that brought us here is the one to report.
            }
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                // Only read from; nothing to lose.
            }
        }
    }

    private static UnavailableException unavailable(String doing, String key, Exception cause) {
        return new UnavailableException(
                "The filesystem blob store could not " + doing + " " + key + ": " + cause.getMessage(), cause);
    }

}
