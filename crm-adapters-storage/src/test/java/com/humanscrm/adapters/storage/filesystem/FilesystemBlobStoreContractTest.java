package com.humanscrm.adapters.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.application.testing.contract.BlobStoreContract;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FilesystemBlobStoreContractTest extends BlobStoreContract {

    @TempDir
    Path dataDir;

    private BlobStore store;

    @BeforeEach
    void openStore() {
        store = new FilesystemBlobStoreProvider().create(Map.of("CRM_DATA_DIR", dataDir.toString()));
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void blobsLiveUnderTheDataDirectoryAsFilesAnOperatorCanRead() throws IOException {
        store.put(key("doc"), new ByteArrayInputStream("bytes".getBytes(StandardCharsets.UTF_8)), "text/plain");

        Path file = dataDir.resolve("blobs").resolve(key("doc") + "~blob");
        String header = new String(Files.readAllBytes(file), 0, BlobHeader.LENGTH, StandardCharsets.US_ASCII);
        assertThat(header).startsWith("humans-crm-blob 1\nsha256 ").contains("\ncontent-type text/plain\n");
        assertThat(Files.readString(file).substring(BlobHeader.LENGTH)).isEqualTo("bytes");
    }

    @Test
    void aKeyAndKeysBelowItDoNotCollideOnDisk() {
        // Beyond the contract (MinIO cannot), but a file must never be mistaken for a directory here.
        store.put(key("a"), new ByteArrayInputStream(new byte[] {1}), "text/plain");
        store.put(key("a/b"), new ByteArrayInputStream(new byte[] {2}), "text/plain");

        store.delete(key("a"));

        assertThat(store.head(key("a"))).isEmpty();
        assertThat(store.head(key("a/b"))).map(BlobInfo::size).hasValue(1L);
    }

    @Test
    void aFailedUploadLeavesNoTemporaryFileBehind() {
        InputStream failing = new InputStream() {
            @Override
            public int read() {
                throw new IllegalStateException("cut off");
            }
        };

        assertThatThrownBy(() -> store.put(key("doc"), failing, "text/plain")).hasMessage("cut off");

        assertThat(filesUnder(dataDir.resolve("blobs"))).isEmpty();
    }

    @Test
    void leftoversOfACrashedUploadAndStrayFilesAreNeitherListedNorRead() throws IOException {
        store.put(key("doc"), new ByteArrayInputStream(new byte[] {1}), "text/plain");
        Path directory = dataDir.resolve("blobs").resolve(key("doc")).getParent();
        Files.writeString(directory.resolve("~upload-123.tmp"), "half an upload");
        Files.writeString(directory.resolve("notes.txt"), "an operator's file");
        Files.writeString(directory.resolve("UPPER~blob"), "not a valid key");

        List<String> listed = new ArrayList<>();
        store.forEach("", summary -> listed.add(summary.key()));
        assertThat(listed).containsExactly(key("doc"));
        assertThat(store.get(key("notes.txt"), ByteRange.ALL)).isEmpty();
    }

    @Test
    void walkingTheStoreRemovesUploadsACrashAbandonedButNotOnesUnderWay() throws IOException {
        store.put(key("doc"), new ByteArrayInputStream(new byte[] {1}), "text/plain");
        Path directory = dataDir.resolve("blobs").resolve(key("doc")).getParent();
        Path abandoned = Files.writeString(directory.resolve("~upload-1.tmp"), "cut short by a crash");
        Files.setLastModifiedTime(abandoned, FileTime.from(Instant.now().minus(FilesystemBlobStore.ABANDONED_AFTER).minusSeconds(60)));
        Path underWay = Files.writeString(directory.resolve("~upload-2.tmp"), "still arriving");
        Path lookAlike = Files.writeString(directory.resolve("~upload-notes.txt"), "an operator's file, however old");
        Files.setLastModifiedTime(lookAlike, Files.getLastModifiedTime(abandoned));

        store.forEach("", summary -> { });

        assertThat(abandoned).doesNotExist();
        assertThat(underWay).exists();
        assertThat(lookAlike).exists();
        assertThat(store.head(key("doc"))).isPresent();
    }

    @Test
    void aDamagedFileIsReportedAsTheStoreBeingUnusableNotAsABlob() throws IOException {
        Path file = dataDir.resolve("blobs").resolve(key("doc") + "~blob");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "no header here");

        assertThatThrownBy(() -> store.head(key("doc"))).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("header is damaged");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headerDamage")
    void aHeaderDamagedInAnyLineIsReportedAsTheStoreBeingUnusableNotAsABlob(String damage, UnaryOperator<String> change)
            throws IOException {
        store.put(key("doc"), new ByteArrayInputStream("bytes".getBytes(StandardCharsets.UTF_8)), "text/plain");
        Path file = dataDir.resolve("blobs").resolve(key("doc") + "~blob");
        byte[] bytes = Files.readAllBytes(file);
        String header = new String(bytes, 0, BlobHeader.LENGTH, StandardCharsets.US_ASCII).stripTrailing();
        // Padded to the same length, so only what the header says is wrong, never where the bytes start.
        byte[] damaged = change.apply(header).getBytes(StandardCharsets.US_ASCII);
        Arrays.fill(bytes, 0, BlobHeader.LENGTH, (byte) '\n');
        System.arraycopy(damaged, 0, bytes, 0, damaged.length);
        Files.write(file, bytes);

        assertThatThrownBy(() -> store.head(key("doc"))).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("header is damaged");
        assertThatThrownBy(() -> store.get(key("doc"), ByteRange.ALL)).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("header is damaged");
    }

    static Stream<Arguments> headerDamage() {
        return Stream.of(
                Arguments.of("blank", (UnaryOperator<String>) header -> ""),
                Arguments.of("another format's", (UnaryOperator<String>) header -> header.replace("humans-crm-blob 1", "humans-crm-blob 2")),
                Arguments.of("no checksum line", (UnaryOperator<String>) header -> header.replace("\nsha256 ", "\nsha512 ")),
                Arguments.of("no content-type line", (UnaryOperator<String>) header -> header.replace("\ncontent-type ", "\ncontent-kind ")),
                Arguments.of("a checksum no blob has", (UnaryOperator<String>) header -> header.replaceAll("sha256 \\w+", "sha256 not-hex")),
                Arguments.of("an empty content type", (UnaryOperator<String>) header -> header.replace("content-type text/plain", "content-type ")));
    }

    @Test
    void aDirectoryWhereABlobFileBelongsMakesEveryOperationOnThatKeyFailAsTheStoreBeingUnusable() throws IOException {
        // An operator's restore gone wrong: no blob can be made of a directory, nor can it be replaced or removed.
        Path inTheWay = dataDir.resolve("blobs").resolve(key("doc") + "~blob");
        Files.createDirectories(inTheWay);
        Files.writeString(inTheWay.resolve("restored.pdf"), "x");

        assertThatThrownBy(() -> store.head(key("doc"))).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> store.get(key("doc"), ByteRange.ALL)).isInstanceOf(UnavailableException.class);
        assertThatThrownBy(() -> store.put(key("doc"), new ByteArrayInputStream(new byte[] {1}), "text/plain"))
                .isInstanceOf(UnavailableException.class).hasMessageContaining("could not store " + key("doc"));
        assertThatThrownBy(() -> store.delete(key("doc"))).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("could not delete " + key("doc"));
        assertThat(filesUnder(inTheWay.getParent())).containsExactly(inTheWay.resolve("restored.pdf"));
    }

    @Test
    void aDataDirectoryThatIsNoPathStopsStartUpNamingTheVariable() {
        assertThatThrownBy(() -> new FilesystemBlobStoreProvider().create(Map.of("CRM_DATA_DIR", "data\0dir")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CRM_DATA_DIR");
    }

    @Test
    void aDataDirectoryThatCannotBeWrittenStopsStartUpNamingTheVariable() throws IOException {
        Path notADirectory = Files.writeString(dataDir.resolve("file"), "x");

        assertThatThrownBy(() -> new FilesystemBlobStoreProvider().create(Map.of("CRM_DATA_DIR", notADirectory.toString())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("CRM_DATA_DIR");
    }

    private static List<Path> filesUnder(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
