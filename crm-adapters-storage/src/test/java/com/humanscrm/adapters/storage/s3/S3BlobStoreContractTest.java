package com.humanscrm.adapters.storage.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.storage.BlobStores;
import com.humanscrm.adapters.storage.testing.LocalS3;
import com.humanscrm.application.storage.BlobStore;
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
}
