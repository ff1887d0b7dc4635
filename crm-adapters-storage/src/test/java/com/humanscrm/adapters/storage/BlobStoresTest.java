package com.humanscrm.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.storage.testing.LocalS3;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.ByteRange;
import java.io.ByteArrayInputStream;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Choosing a store by id, and the start-up errors a bad configuration gets: each names what to fix. */
class BlobStoresTest {

    private static LocalS3 s3;
    private static String bucket;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void startS3() {
        s3 = LocalS3.start();
        bucket = s3.createBucket("settings");
    }

    @AfterAll
    static void stopS3() {
        s3.close();
    }

    @Test
    void bothOfOurStoresAreFoundByTheirIds() {
        assertThat(BlobStores.providers()).containsOnlyKeys("filesystem", "s3");
        BlobStore filesystem = BlobStores.open(BlobStores.DEFAULT, Map.of("CRM_DATA_DIR", dataDir.toString()));

        filesystem.put("a", new ByteArrayInputStream(new byte[] {1}), "text/plain");

        assertThat(dataDir.resolve("blobs/a~blob")).exists();
        assertThat(filesystem.get("a", ByteRange.ALL)).isPresent();
    }

    @Test
    void anUnknownIdIsRefusedListingTheKnownOnes() {
        assertThatThrownBy(() -> BlobStores.open("dropbox", Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("CRM_BLOB_STORE=dropbox names no blob store; available: filesystem, s3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"CRM_S3_BUCKET", "CRM_S3_REGION", "CRM_S3_ACCESS_KEY_ID", "CRM_S3_SECRET_ACCESS_KEY"})
    void aMissingS3SettingIsNamed(String variable) {
        Map<String, String> configuration = s3Settings();
        configuration.put(variable, " ");

        assertThatThrownBy(() -> BlobStores.open("s3", configuration))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(variable);
    }

    @Test
    void malformedS3SettingsAreNamed() {
        assertRefused(IllegalArgumentException.class, "CRM_S3_PATH_STYLE", "CRM_S3_PATH_STYLE", "yes");
        assertRefused(IllegalArgumentException.class, "CRM_S3_ENDPOINT", "CRM_S3_ENDPOINT", "localhost:9000");
    }

    @Test
    void aMissingBucketStopsStartUpNamingTheVariable() {
        assertRefused(IllegalStateException.class, "The bucket no-such-bucket does not exist", "CRM_S3_BUCKET", "no-such-bucket");
    }

    @Test
    void refusedCredentialsStopStartUpNamingTheVariables() {
        assertRefused(IllegalStateException.class, "check CRM_S3_ACCESS_KEY_ID and CRM_S3_SECRET_ACCESS_KEY",
                "CRM_S3_SECRET_ACCESS_KEY", "not-the-secret");
    }

    @Test
    void anUnreachableServiceStopsStartUpNamingTheEndpoint() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        assertRefused(IllegalStateException.class, "cannot be reached: check CRM_S3_ENDPOINT", "CRM_S3_ENDPOINT",
                "http://127.0.0.1:" + closedPort);
    }

    private static void assertRefused(Class<? extends RuntimeException> type, String message, String variable, String value) {
        Map<String, String> configuration = s3Settings();
        configuration.put(variable, value);

        assertThatThrownBy(() -> BlobStores.open("s3", configuration)).isInstanceOf(type).hasMessageContaining(message);
    }

    private static Map<String, String> s3Settings() {
        return new HashMap<>(s3.configuration(bucket));
    }
}
