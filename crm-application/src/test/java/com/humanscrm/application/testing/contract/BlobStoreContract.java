package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.humanscrm.application.storage.Blob;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.BlobKeys;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.BlobSummary;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.application.storage.MeasuringInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What every {@link BlobStore} must do. An adapter's test subclasses this and gives its store; an
 * outside adapter does the same through this module's test-jar ({@code docs/storage-adapters.md}).
 *
 * <p>Each test writes only under keys of its own ({@link #key}), so the contract runs on a fresh store
 * per test and on a shared bucket alike. {@link #store()} is called from test methods only, so a subclass
 * may set its store up in a {@code @BeforeEach}.
 */
public abstract class BlobStoreContract {

    private static final String TEXT = "text/plain; charset=utf-8";
    private static final String BINARY = "application/octet-stream";
    /** Clocks of a remote store and of this machine may differ a little. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    /** Starts every key of this test, so tests never see each other's blobs. */
    private final String root = "contract-" + RepositoryContract.letters(12);
    private final Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** The store under test. */
    protected abstract BlobStore store();

    /** The size of the large stream test: 50 MiB, well past a multipart part; a fake in memory may use less. */
    protected long largeBlobSize() {
        return 50L << 20;
    }

    /**
     * The size of each concurrent writer's blob: 1 MiB. A store that writes large blobs differently
     * (S3's multipart uploads) returns more, so the race is run on that path too.
     */
    protected int contendedBlobSize() {
        return 1 << 20;
    }

    /** A key of this test. */
    protected final String key(String name) {
        return root + "/" + name;
    }

    @Test
    public void aBlobReadsBackWithItsSizeChecksumAndContentType() {
        byte[] bytes = "Rex's vaccination record".getBytes(StandardCharsets.UTF_8);

        BlobInfo stored = put(key("a.txt"), bytes, TEXT);

        BlobInfo expected = new BlobInfo(key("a.txt"), bytes.length, sha256(bytes), TEXT, stored.lastModified());
        assertThat(stored).isEqualTo(expected);
        assertThat(stored.lastModified()).isBetween(started.minus(CLOCK_SKEW), Instant.now().plus(CLOCK_SKEW));
        assertThat(store().head(key("a.txt"))).hasValueSatisfying(info -> assertSameBlob(info, expected));
        try (Blob blob = store().get(key("a.txt"), ByteRange.ALL).orElseThrow()) {
            assertSameBlob(blob.info(), expected);
            assertThat(blob.offset()).isZero();
            assertThat(blob.length()).isEqualTo(bytes.length);
            assertThat(readAll(blob)).isEqualTo(bytes);
        }
    }

    @Test
    public void anEmptyBlobIsABlob() {
        BlobInfo stored = put(key("empty"), new byte[0], BINARY);

        assertThat(stored.size()).isZero();
        assertThat(stored.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(read(key("empty"), ByteRange.ALL)).isEmpty();
        assertThat(read(key("empty"), ByteRange.from(0))).isEmpty();
        assertThat(store().head(key("empty"))).map(BlobInfo::size).hasValue(0L);
    }

    @Test
    @Timeout(120)
    public void aLargeStreamIsStoredAndReadBackIntactWithoutBeingHeldInMemory() throws IOException {
        long size = largeBlobSize();
        String expectedSha256 = sha256Of(new GeneratedStream(size, 7));

        BlobInfo stored = store().put(key("large.bin"), new GeneratedStream(size, 7), BINARY);

        assertThat(stored.size()).isEqualTo(size);
        assertThat(stored.sha256()).isEqualTo(expectedSha256);
        try (Blob blob = store().get(key("large.bin"), ByteRange.ALL).orElseThrow()) {
            assertThat(blob.length()).isEqualTo(size);
            assertThat(sha256Of(blob.content())).isEqualTo(expectedSha256);
        }
    }

    @Test
    public void aStreamOfUnknownLengthArrivingInDribsIsStoredWhole() {
        byte[] bytes = new GeneratedStream(100_003, 3).readAllBytesUnchecked();

        BlobInfo stored = store().put(key("dribs"), new DribblingStream(bytes, 7), BINARY);

        assertThat(stored.size()).isEqualTo(bytes.length);
        assertThat(stored.sha256()).isEqualTo(sha256(bytes));
        assertThat(read(key("dribs"), ByteRange.ALL)).isEqualTo(bytes);
    }

    @Test
    public void aRangeReadsJustThoseBytes() {
        put(key("digits"), "0123456789".getBytes(StandardCharsets.US_ASCII), TEXT);

        try (Blob blob = store().get(key("digits"), ByteRange.of(2, 5)).orElseThrow()) {
            assertThat(blob.offset()).isEqualTo(2);
            assertThat(blob.length()).isEqualTo(4);
            assertThat(blob.info().size()).as("the whole blob's size").isEqualTo(10);
            assertThat(readAll(blob)).asString(StandardCharsets.US_ASCII).isEqualTo("2345");
        }
        assertThat(readText(key("digits"), ByteRange.of(0, 0))).isEqualTo("0");
        assertThat(readText(key("digits"), ByteRange.of(9, 9))).isEqualTo("9");
    }

    @Test
    public void anOpenEndedRangeReadsToTheEnd() {
        put(key("digits"), "0123456789".getBytes(StandardCharsets.US_ASCII), TEXT);

        assertThat(readText(key("digits"), ByteRange.from(7))).isEqualTo("789");
        assertThat(readText(key("digits"), ByteRange.from(0))).isEqualTo("0123456789");
    }

    @Test
    public void aRangeRunningPastTheEndIsClampedToTheBlob() {
        put(key("digits"), "0123456789".getBytes(StandardCharsets.US_ASCII), TEXT);

        assertThat(readText(key("digits"), ByteRange.of(8, 1_000))).isEqualTo("89");
        try (Blob blob = store().get(key("digits"), ByteRange.of(10, 20)).orElseThrow()) {
            assertThat(blob.offset()).isEqualTo(10);
            assertThat(blob.length()).isZero();
            assertThat(blob.info().size()).isEqualTo(10);
            assertThat(readAll(blob)).isEmpty();
        }
        assertThat(readText(key("digits"), ByteRange.from(50))).isEmpty();
    }

    @Test
    public void aRangeEndsWhereItSaysHoweverItsStreamIsRead() throws IOException {
        put(key("digits"), "0123456789".getBytes(StandardCharsets.US_ASCII), TEXT);

        try (Blob blob = store().get(key("digits"), ByteRange.of(2, 6)).orElseThrow()) {
            InputStream content = blob.content();
            assertThat(content.read()).isEqualTo('2');
            content.skipNBytes(2);
            assertThat(content.available()).as("never more than the range still holds").isBetween(0, 2);
            assertThat(content.readNBytes(10)).asString(StandardCharsets.US_ASCII).isEqualTo("56");
            assertThat(content.read()).as("the blob goes on, the range does not").isEqualTo(-1);
            assertThat(content.skip(3)).isZero();
        }
    }

    @Test
    public void aMissingKeyHoldsNothingAndDeletingItIsHarmless() {
        assertThat(store().get(key("missing"), ByteRange.ALL)).isEmpty();
        assertThat(store().get(key("missing"), ByteRange.of(0, 10))).isEmpty();
        assertThat(store().head(key("missing"))).isEmpty();

        store().delete(key("missing"));

        assertThat(store().head(key("missing"))).isEmpty();
    }

    @Test
    public void aSecondPutReplacesTheFirstWhole() {
        put(key("doc"), "the first, longer version".getBytes(StandardCharsets.UTF_8), TEXT);
        byte[] second = {1, 2, 3};

        BlobInfo replaced = put(key("doc"), second, BINARY);

        assertThat(replaced.sha256()).isEqualTo(sha256(second));
        assertThat(store().head(key("doc"))).hasValueSatisfying(info -> assertSameBlob(info, replaced));
        assertThat(read(key("doc"), ByteRange.ALL)).isEqualTo(second);
    }

    @Test
    public void aDeletedBlobIsGoneAndDeletingItAgainIsHarmless() {
        put(key("doomed"), new byte[] {42}, BINARY);
        put(key("kept"), new byte[] {7}, BINARY);

        store().delete(key("doomed"));
        store().delete(key("doomed"));

        assertThat(store().head(key("doomed"))).isEmpty();
        assertThat(store().get(key("doomed"), ByteRange.ALL)).isEmpty();
        assertThat(read(key("kept"), ByteRange.ALL)).containsExactly(7);
    }

    @Test
    public void aStreamFailingHalfWayStoresNothingAndKeepsThePreviousVersion() {
        byte[] previous = "previous".getBytes(StandardCharsets.UTF_8);
        put(key("doc"), previous, TEXT);
        IllegalStateException failure = new IllegalStateException("the client went away");

        assertThatThrownBy(() -> store().put(key("doc"), cutOff(failure), BINARY)).isSameAs(failure);
        assertThatThrownBy(() -> store().put(key("new"), cutOff(failure), BINARY)).isSameAs(failure);

        assertThat(read(key("doc"), ByteRange.ALL)).isEqualTo(previous);
        assertThat(store().head(key("new"))).isEmpty();
        assertThat(keysUnder(root + "/")).containsExactly(key("doc"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "/abs", "a/../../b", "a/./b", "..", ".", "a//b", "a/", "nul\0byte", "back\\slash", "",
            "Upper", "sp ace", "ünïcode", "a\nb", "c:/windows"})
    public void aHostileOrMalformedKeyIsRefusedByEveryOperation(String hostile) {
        assertRefusedEverywhere(hostile);
    }

    @Test
    public void aKeyTooLongOrWithTooLongASegmentIsRefused() {
        assertRefusedEverywhere(key("a".repeat(BlobKeys.MAX_LENGTH)));
        assertRefusedEverywhere(key("s".repeat(BlobKeys.MAX_SEGMENT_LENGTH + 1)));
        assertRefusedEverywhere(null);
    }

    @Test
    public void theLongestAndOddestValidKeysAreStored() {
        String segment = "x".repeat(BlobKeys.MAX_SEGMENT_LENGTH);
        String longest = (key(segment) + "/" + segment + "/" + "y".repeat(BlobKeys.MAX_LENGTH)).substring(0, BlobKeys.MAX_LENGTH);
        List<String> keys = List.of(longest, key("..dots"), key("-._"), key("deep/er/and/deeper/still"), key("a"), key("a.b/c"));

        keys.forEach(key -> put(key, key.getBytes(StandardCharsets.UTF_8), TEXT));

        keys.forEach(key -> assertThat(read(key, ByteRange.ALL)).asString(StandardCharsets.UTF_8).isEqualTo(key));
        assertThat(keysUnder(root + "/")).containsExactlyInAnyOrderElementsOf(keys);
    }

    @Test
    @Timeout(120)
    public void concurrentWritersToOneKeyLeaveOneWholeVersionAndReadersNeverSeeAMix() throws Exception {
        int writers = 6;
        int size = contendedBlobSize();
        Map<String, Integer> versions = new ConcurrentHashMap<>();
        for (int writer = 0; writer < writers; writer++) {
            versions.put(sha256Of(new GeneratedStream(size, 100 + writer)), writer);
        }
        put(key("contended"), new GeneratedStream(size, 100).readAllBytesUnchecked(), BINARY);
        CountDownLatch start = new CountDownLatch(1);
        AtomicBoolean writing = new AtomicBoolean(true);
        Set<String> seen = ConcurrentHashMap.newKeySet();
        try (ExecutorService threads = Executors.newFixedThreadPool(writers + 1)) {
            List<Future<BlobInfo>> puts = new ArrayList<>();
            for (int writer = 0; writer < writers; writer++) {
                int seed = 100 + writer;
                puts.add(threads.submit(() -> {
                    start.await();
                    return store().put(key("contended"), new GeneratedStream(size, seed), BINARY);
                }));
            }
            Future<?> reader = threads.submit(() -> {
                start.await();
                while (writing.get()) {
                    try (Blob blob = store().get(key("contended"), ByteRange.ALL).orElseThrow()) {
                        String read = sha256Of(blob.content());
                        assertThat(read).as("what a reader read matches what it was told it read").isEqualTo(blob.info().sha256());
                        seen.add(read);
                    }
                }
                return null;
            });
            start.countDown();
            for (Future<BlobInfo> put : puts) {
                assertThat(versions).containsKey(put.get().sha256());
            }
            writing.set(false);
            reader.get();
        }

        try (Blob blob = store().get(key("contended"), ByteRange.ALL).orElseThrow()) {
            String last = sha256Of(blob.content());
            assertThat(last).isEqualTo(blob.info().sha256());
            assertThat(versions).containsKey(last);
        }
        assertThat(versions.keySet()).containsAll(seen);
    }

    @Test
    public void listingFindsEveryBlobUnderAPrefixWithItsSizeAndAge() {
        put(key("docs/one"), new byte[3], BINARY);
        put(key("docs/nested/two"), new byte[5], BINARY);
        put(key("docsx/three"), new byte[7], BINARY);
        put(key("other"), new byte[1], BINARY);

        List<BlobSummary> underDocs = listed(root + "/docs/");

        assertThat(underDocs).extracting(BlobSummary::key).containsExactlyInAnyOrder(key("docs/one"), key("docs/nested/two"));
        assertThat(underDocs).extracting(BlobSummary::size).containsExactlyInAnyOrder(3L, 5L);
        assertThat(underDocs).allSatisfy(summary ->
                assertThat(summary.lastModified()).isBetween(started.minus(CLOCK_SKEW), Instant.now().plus(CLOCK_SKEW)));
        assertThat(keysUnder(root + "/docs"))
                .containsExactlyInAnyOrder(key("docs/one"), key("docs/nested/two"), key("docsx/three"));
        assertThat(keysUnder(root + "/nothing-here/")).isEmpty();
        assertThat(keysUnder("")).contains(key("docs/one"), key("other"));
    }

    @Test
    public void aReconcilerMayDeleteTheBlobsItIsShownWhileListing() {
        for (int i = 0; i < 25; i++) {
            put(key("orphans/" + i), new byte[] {(byte) i}, BINARY);
        }

        store().forEach(root + "/orphans/", summary -> store().delete(summary.key()));

        assertThat(keysUnder(root + "/")).isEmpty();
    }

    @Test
    public void blobsDeletedByAnotherClientWhileAWalkIsUnderWayDoNotFailIt() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            keys.add(key("racing/" + i));
            put(key("racing/" + i), new byte[] {(byte) i}, BINARY);
        }
        List<String> listed = new ArrayList<>();

        // Users delete documents while the reconciler walks the store: here, all it has not been shown yet.
        store().forEach(root + "/racing/", summary -> {
            if (listed.isEmpty()) {
                keys.stream().filter(key -> !key.equals(summary.key())).forEach(store()::delete);
            }
            listed.add(summary.key());
        });

        // A store may still show what vanished after it read a page of the listing, but nothing else.
        assertThat(listed).isNotEmpty().isSubsetOf(keys).doesNotHaveDuplicates();
        assertThat(keysUnder(root + "/racing/")).containsExactly(listed.getFirst());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "../", "a//", "/a", "a/../", "UPPER/"})
    public void aMalformedListingPrefixIsRefused(String prefix) {
        assertThatThrownBy(() -> store().forEach(prefix, summary -> { })).isInstanceOf(IllegalArgumentException.class);
    }

    /** 200 kB of a 300 kB upload, then the failure. */
    private static InputStream cutOff(RuntimeException failure) {
        return new FailingStream(new GeneratedStream(300_000, 5), 200_000, failure);
    }

    private void assertRefusedEverywhere(String hostile) {
        List<Consumer<String>> operations = List.of(
                key -> store().put(key, new ByteArrayInputStream(new byte[] {1}), BINARY),
                key -> store().get(key, ByteRange.ALL),
                key -> store().head(key),
                key -> store().delete(key));
        for (Consumer<String> operation : operations) {
            assertThatThrownBy(() -> operation.accept(hostile)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private BlobInfo put(String key, byte[] bytes, String contentType) {
        return store().put(key, new ByteArrayInputStream(bytes), contentType);
    }

    private byte[] read(String key, ByteRange range) {
        Optional<Blob> found = store().get(key, range);
        assertThat(found).as("a blob under " + key).isPresent();
        try (Blob blob = found.get()) {
            return readAll(blob);
        }
    }

    private String readText(String key, ByteRange range) {
        return new String(read(key, range), StandardCharsets.US_ASCII);
    }

    private List<BlobSummary> listed(String prefix) {
        List<BlobSummary> listed = new ArrayList<>();
        store().forEach(prefix, listed::add);
        return listed;
    }

    private List<String> keysUnder(String prefix) {
        return listed(prefix).stream().map(BlobSummary::key).toList();
    }

    /** Same blob, as far as every store can tell: the time's precision varies (S3 keeps seconds). */
    private static void assertSameBlob(BlobInfo actual, BlobInfo expected) {
        assertThat(actual).usingRecursiveComparison().ignoringFields("lastModified").isEqualTo(expected);
        assertThat(actual.lastModified()).isCloseTo(expected.lastModified(), within(1, ChronoUnit.SECONDS));
    }

    private static byte[] readAll(Blob blob) {
        try {
            byte[] bytes = blob.content().readAllBytes();
            assertThat(bytes).hasSize((int) blob.length());
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        return sha256Of(new ByteArrayInputStream(bytes));
    }

    private static String sha256Of(InputStream content) {
        try (MeasuringInputStream measured = new MeasuringInputStream(content)) {
            measured.transferTo(OutputStream.nullOutputStream());
            return measured.sha256Hex();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
