package com.humanscrm.adapters.storage.s3;

import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.Context;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Optional;
import java.io.IOException;
import java.io.FilterInputStream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.storage.BlobStores;
import com.humanscrm.adapters.storage.testing.LocalS3;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.storage.BlobInfo;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.ByteRange;
import com.humanscrm.application.testing.contract.BlobStoreContract;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/** The contract against s3proxy, through the same entry point bootstrap uses: one service and bucket for the class. */
class S3BlobStoreContractTest extends BlobStoreContract {

    private static final String BUCKET = "contract";

    private static LocalS3 s3;
    private static BlobStore store;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3.start();
        store = BlobStores.open("s3", s3.configuration(s3.createBucket(BUCKET)));
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    /** Past one part, so concurrent writers race through multipart uploads and the copy that publishes them. */
    @Override
    protected int contendedBlobSize() {
        return S3BlobStore.PART_SIZE + (1 << 20);
    }

    @Test
    void walkingTheStoreRemovesWhatACrashMidUploadLeftInStaging() {
        try (S3Client client = s3.client()) {
            client.createMultipartUpload(request -> request.bucket(BUCKET).key("~uploads/crashed-while-sending"));
            client.putObject(request -> request.bucket(BUCKET).key("~uploads/crashed-before-copying"), RequestBody.fromString("x"));
            BlobStore sweeping = new S3BlobStore(client, BUCKET, Duration.ZERO);

            sweeping.forEach("", summary -> { });

            assertThat(client.listMultipartUploads(request -> request.bucket(BUCKET)).uploads()).isEmpty();
            assertThat(client.listObjectsV2(request -> request.bucket(BUCKET).prefix("~")).contents()).isEmpty();
        }
    }

    @Test
    void uploadsUnderWayAreNotTakenForAbandonedOnes() {
        try (S3Client client = s3.client()) {
            String uploadId = client.createMultipartUpload(request -> request.bucket(BUCKET).key("~uploads/under-way")).uploadId();
            try {
                store.forEach("", summary -> { });

                assertThat(client.listMultipartUploads(request -> request.bucket(BUCKET)).uploads()).hasSize(1);
            } finally {
                client.abortMultipartUpload(request -> request.bucket(BUCKET).key("~uploads/under-way").uploadId(uploadId));
            }
        }
    }

    @Test
    void aMultipartUploadCutOffHalfWayIsAbortedAndLeavesNoStagingObject() {
        IllegalStateException cutOff = new IllegalStateException("the client went away");
        InputStream twoPartsThenFailure = new InputStream() {
            private long remaining = 2L * S3BlobStore.PART_SIZE + 10;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
                if (remaining <= 0) {
                    throw cutOff;
                }
                int count = (int) Math.min(length, remaining);
                Arrays.fill(buffer, offset, offset + count, (byte) 'x');
                remaining -= count;
                return count;
            }
        };

        assertThatThrownBy(() -> store.put(key("cut-off"), twoPartsThenFailure, "application/pdf")).isSameAs(cutOff);

        try (S3Client client = s3.client()) {
            assertThat(client.listMultipartUploads(request -> request.bucket(BUCKET)).uploads()).isEmpty();
            assertThat(client.listObjectsV2(request -> request.bucket(BUCKET).prefix("~")).contents())
                    .extracting(S3Object::key).isEmpty();
        }
        assertThat(store.head(key("cut-off"))).isEmpty();
    }

    @Test
    void aBlobPublishedFromItsStagingKeyLeavesNothingThere() {
        store.put(key("large"), new ByteArrayInputStream(new byte[S3BlobStore.PART_SIZE + 1]), "application/pdf");

        try (S3Client client = s3.client()) {
            assertThat(client.listObjectsV2(request -> request.bucket(BUCKET)).contents()).extracting(S3Object::key)
                    .noneMatch(objectKey -> objectKey.startsWith("~"));
        }
    }

    @Test
    void anObjectNotStoredByHumansCrmIsReportedAsTheStoreBeingUnusableNotAsABlob() {
        try (S3Client client = s3.client()) {
            client.putObject(request -> request.bucket(BUCKET).key(key("by-hand")), RequestBody.fromString("no checksum with it"));
        }

        assertThatThrownBy(() -> store.head(key("by-hand"))).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("has no sha256 metadata");
        assertThatThrownBy(() -> store.get(key("by-hand"), ByteRange.ALL)).isInstanceOf(UnavailableException.class)
                .hasMessageContaining("has no sha256 metadata");
    }

    @Test
    void aReadRefusedForItsMetadataClosesTheContentItOpened() {
        try (S3Client client = s3.client()) {
            client.putObject(request -> request.bucket(BUCKET).key(key("unsigned")), RequestBody.fromString("no checksum with it"));
        }
        AtomicBoolean closed = new AtomicBoolean();
        ExecutionInterceptor watchingContent = new ExecutionInterceptor() {
            @Override
            public Optional<InputStream> modifyHttpResponseContent(Context.ModifyHttpResponse context, ExecutionAttributes attributes) {
                return context.responseBody().map(body -> new FilterInputStream(body) {
                    @Override
                    public void close() throws IOException {
                        closed.set(true);
                        super.close();
                    }
                });
            }
        };

        try (S3Client client = s3.client(watchingContent)) {
            assertThatThrownBy(() -> new S3BlobStore(client, BUCKET).get(key("unsigned"), ByteRange.ALL))
                    .isInstanceOf(UnavailableException.class);
        }
        // Left open, each such read would keep its connection from the client's pool for good.
        assertThat(closed).isTrue();
    }

    @Test
    void aBucketRemovedAfterStartUpMakesEveryOperationFailAsTheStoreBeingUnavailable() {
        try (S3Client client = s3.client()) {
            BlobStore orphaned = new S3BlobStore(client, "removed-since");

            assertThatThrownBy(() -> orphaned.get(key("doc"), ByteRange.ALL)).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("could not read " + key("doc"));
            assertThatThrownBy(() -> orphaned.put(key("doc"), new ByteArrayInputStream(new byte[] {1}), "text/plain"))
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("could not store " + key("doc"));
            assertThatThrownBy(() -> orphaned.delete(key("doc"))).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("could not delete " + key("doc"));
            assertThatThrownBy(() -> orphaned.forEach("", summary -> { })).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("could not list");
        }
    }

    @Test
    void aServiceThatCannotListMultipartUploadsStillHasItsStagingObjectsRemoved() {
        // Such a service (501) leaves abandoned multipart uploads to a bucket lifecycle rule (docs/operations.md).
        try (S3Client client = s3.client(new FailingOperations(501, "ListMultipartUploads"))) {
            client.putObject(request -> request.bucket(BUCKET).key("~uploads/crashed-before-copying"), RequestBody.fromString("x"));

            new S3BlobStore(client, BUCKET, Duration.ZERO).forEach("", summary -> { });

            assertThat(client.listObjectsV2(request -> request.bucket(BUCKET).prefix("~")).contents()).isEmpty();
        }
    }

    @Test
    void anyOtherFailureToListMultipartUploadsIsTheStoreBeingUnavailable() {
        try (S3Client client = s3.client(new FailingOperations(403, "ListMultipartUploads"))) {
            BlobStore refused = new S3BlobStore(client, BUCKET);

            assertThatThrownBy(() -> refused.forEach("", summary -> { })).isInstanceOf(UnavailableException.class)
                    .hasMessageContaining("could not clean up ~uploads/");
        }
    }

    @Test
    void anUploadWhoseAbortFailsTooReportsItsOwnFailureWithTheAbortsAttached() {
        try (S3Client client = s3.client(new FailingOperations(403, "UploadPart", "AbortMultipartUpload"))) {
            BlobStore refused = new S3BlobStore(client, BUCKET);

            assertThatThrownBy(() -> refused.put(key("large"), new ByteArrayInputStream(new byte[S3BlobStore.PART_SIZE + 1]),
                    "application/pdf"))
                    .isInstanceOf(UnavailableException.class).hasMessageContaining("could not store " + key("large"))
                    .cause().isInstanceOf(S3Exception.class)
                    .satisfies(partFailure -> assertThat(partFailure.getSuppressed()).singleElement().isInstanceOf(S3Exception.class));
        }
        assertThat(store.head(key("large"))).isEmpty();
    }

    @Test
    void failingToRemoveTheStagingObjectOnceCopiedDoesNotFailTheUpload() {
        // What is left there is the sweep's to remove (walkingTheStoreRemovesWhatACrashMidUploadLeftInStaging).
        try (S3Client client = s3.client(new FailingOperations(403, "DeleteObject"))) {
            BlobInfo stored = new S3BlobStore(client, BUCKET)
                    .put(key("large"), new ByteArrayInputStream(new byte[S3BlobStore.PART_SIZE + 1]), "application/pdf");

            assertThat(stored.size()).isEqualTo(S3BlobStore.PART_SIZE + 1);
        }
        assertThat(store.head(key("large"))).map(BlobInfo::size).hasValue(S3BlobStore.PART_SIZE + 1L);
    }
}
