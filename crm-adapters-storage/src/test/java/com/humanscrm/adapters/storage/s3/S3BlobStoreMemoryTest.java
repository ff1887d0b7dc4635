package com.humanscrm.adapters.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.storage.testing.LocalS3;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.storage.Blob;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.ByteRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * What uploads cost in memory: a part buffer (8 MiB) only for an upload that needs one, and never more at
 * once than the store allows. Counted through the store's part buffers, not the heap, so it is exact.
 */
@Timeout(120)
class S3BlobStoreMemoryTest {

    private static final String BUCKET = "memory";

    private static LocalS3 s3;
    private static S3Client client;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3.start();
        s3.createBucket(BUCKET);
        client = s3.client();
    }

    @AfterAll
    static void stopS3() {
        client.close();
        s3.close();
    }

    @Test
    void smallUploadsStalledMidBodyHoldNoPartBuffer() throws Exception {
        S3BlobStore store = store(2);
        int uploads = 16;
        CountDownLatch stalled = new CountDownLatch(uploads);
        CountDownLatch resume = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<BlobInfo>> stored = new ArrayList<>();
            for (int i = 0; i < uploads; i++) {
                String key = "small/" + i;
                stored.add(threads.submit(() -> store.put(key, new StallingStream(5, 3, stalled, resume), "text/plain")));
            }
            try {
                assertThat(stalled.await(30, TimeUnit.SECONDS)).isTrue();

                assertThat(store.partBuffersInUse()).isZero();
                assertThat(store.uploadsWaitForAPartBuffer()).isFalse();
            } finally {
                resume.countDown();
            }
            for (Future<BlobInfo> upload : stored) {
                assertThat(upload.get().size()).isEqualTo(5);
            }
        }
        assertThat(readBack(store, "small/15")).isEqualTo(new StallingStream(5, 5, null, null).readAllBytes());
    }

    @Test
    void aLargeUploadFindingNoPartBufferWaitsForOneAndBothRoundTrip() throws Exception {
        S3BlobStore store = store(1);
        long multipart = S3BlobStore.PART_SIZE + 10;
        long mediumSize = S3BlobStore.UNMETERED + 1;
        CountDownLatch firstStalled = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<BlobInfo> first = threads.submit(() -> store.put("large/first",
                    new StallingStream(multipart, S3BlobStore.UNMETERED + 100, firstStalled, resume), "application/pdf"));
            Future<BlobInfo> second;
            try {
                assertThat(firstStalled.await(30, TimeUnit.SECONDS)).isTrue();
                assertThat(store.partBuffersInUse()).isEqualTo(1);

                second = threads.submit(() -> store.put("large/second",
                        new StallingStream(mediumSize, mediumSize, null, null), "application/pdf"));
                awaitUntil(store::uploadsWaitForAPartBuffer);
                assertThat(store.partBuffersInUse()).isEqualTo(1);
                assertThat(second.isDone()).isFalse();
            } finally {
                resume.countDown();
            }
            assertThat(first.get().size()).isEqualTo(multipart);
            assertThat(second.get().size()).isEqualTo(mediumSize);
        }
        assertThat(store.partBuffersInUse()).isZero();
        assertThat(readBack(store, "large/first")).isEqualTo(new StallingStream(multipart, multipart, null, null).readAllBytes());
        assertThat(readBack(store, "large/second")).isEqualTo(new StallingStream(mediumSize, mediumSize, null, null).readAllBytes());
    }

    @Test
    void aClientStreamFailingIsItsOwnFailureAndGivesBackThePartBuffer() {
        S3BlobStore store = store(1);
        IOException small = new IOException("the client went away early");
        IOException large = new IOException("the client went away late");

        assertThatThrownBy(() -> store.put("failed/small", failingAfter(10, small), "application/pdf"))
                .isInstanceOf(UncheckedIOException.class).hasCause(small);
        assertThatThrownBy(() -> store.put("failed/large", failingAfter(S3BlobStore.PART_SIZE + 10L, large), "application/pdf"))
                .isInstanceOf(UncheckedIOException.class).hasCause(large);

        assertThat(store.partBuffersInUse()).isZero();
        assertThat(store.head("failed/small")).isEmpty();
        assertThat(store.head("failed/large")).isEmpty();
    }

    @Test
    void anUploadInterruptedWhileWaitingForAPartBufferStoresNothingAndKeepsItsInterrupt() throws Exception {
        S3BlobStore store = store(1);
        long multipart = S3BlobStore.PART_SIZE + 10;
        CountDownLatch firstStalled = new CountDownLatch(1);
        CountDownLatch resume = new CountDownLatch(1);
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        AtomicBoolean interruptKept = new AtomicBoolean();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Future<BlobInfo> first = threads.submit(() -> store.put("interrupted/first",
                    new StallingStream(multipart, S3BlobStore.UNMETERED + 100, firstStalled, resume), "application/pdf"));
            try {
                assertThat(firstStalled.await(30, TimeUnit.SECONDS)).isTrue();
                // As at shut-down: the server interrupts the request threads it gives up waiting for.
                Thread waiting = Thread.ofVirtual().start(() -> {
                    try {
                        store.put("interrupted/second", new StallingStream(multipart, multipart, null, null), "application/pdf");
                    } catch (RuntimeException e) {
                        failure.set(e);
                        interruptKept.set(Thread.currentThread().isInterrupted());
                    }
                });
                awaitUntil(store::uploadsWaitForAPartBuffer);

                waiting.interrupt();
                waiting.join();
            } finally {
                resume.countDown();
            }
            assertThat(first.get().size()).isEqualTo(multipart);
        }
        assertThat(failure.get()).isInstanceOf(UnavailableException.class).hasMessageContaining("interrupted waiting for memory");
        assertThat(interruptKept).isTrue();
        assertThat(store.partBuffersInUse()).isZero();
        assertThat(store.head("interrupted/second")).isEmpty();
    }

    @Test
    void aStoreWithoutAPartBufferIsRefused() {
        assertThatThrownBy(() -> store(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("An S3 blob store needs at least one part buffer, not 0");
    }

    @Test
    void aQuarterOfTheHeapGoesToPartBuffersAndNeverFewerThanTwo() {
        assertThat(S3BlobStore.partBuffersFor(128L << 20)).isEqualTo(4);
        assertThat(S3BlobStore.partBuffersFor(32L << 20)).isEqualTo(2);
        assertThat(S3BlobStore.partBuffersFor(Long.MAX_VALUE)).isEqualTo(Integer.MAX_VALUE);
    }

    private static S3BlobStore store(int partBuffers) {
        return new S3BlobStore(client, BUCKET, S3BlobStore.ABANDONED_AFTER, partBuffers);
    }

    private static byte[] readBack(S3BlobStore store, String key) throws IOException {
        try (Blob blob = store.get(key, ByteRange.ALL).orElseThrow()) {
            return blob.content().readAllBytes();
        }
    }

    private static void awaitUntil(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited for the condition").isBefore(deadline);
            Thread.sleep(10);
        }
    }

    private static InputStream failingAfter(long size, IOException failure) {
        return new InputStream() {
            private long remaining = size;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                if (remaining <= 0) {
                    throw failure;
                }
                int count = (int) Math.min(length, remaining);
                remaining -= count;
                return count;
            }
        };
    }

    /**
     * {@code size} bytes ({@code position * 31} each), stopping once {@code stallAt} are read until
     * {@code resume} opens, as a slow client does; says so through {@code stalled}.
     */
    private static final class StallingStream extends InputStream {

        private final long size;
        private final long stallAt;
        private final CountDownLatch stalled;
        private final CountDownLatch resume;
        private long position;

        StallingStream(long size, long stallAt, CountDownLatch stalled, CountDownLatch resume) {
            this.size = size;
            this.stallAt = stallAt;
            this.stalled = stalled;
            this.resume = resume;
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
            if (position == stallAt && position < size) {
                stall();
            }
            if (position >= size) {
                return -1;
            }
            long end = Math.min(size, position < stallAt ? Math.min(stallAt, position + length) : position + length);
            int count = (int) (end - position);
            for (int i = 0; i < count; i++) {
                buffer[offset + i] = (byte) ((position + i) * 31);
            }
            position = end;
            return count;
        }

        private void stall() throws IOException {
            stalled.countDown();
            try {
                if (!resume.await(60, TimeUnit.SECONDS)) {
                    throw new IOException("never resumed");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
    }
}
