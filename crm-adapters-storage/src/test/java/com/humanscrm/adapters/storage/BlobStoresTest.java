package com.humanscrm.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.storage.filesystem.FilesystemBlobStoreProvider;
import com.humanscrm.adapters.storage.testing.LocalS3;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.storage.ByteRange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @Test
    void twoProvidersClaimingOneIdStopStartUpNamingBoth() throws Exception {
        Method open = new WithThirdPartyJar().loadClass(BlobStores.class.getName()).getMethod("open", String.class, Map.class);

        assertThatThrownBy(() -> open.invoke(null, "s3", Map.of())).isInstanceOf(InvocationTargetException.class).cause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two blob store providers claim the id filesystem: " + FilesystemBlobStoreProvider.class.getName()
                        + " and " + AnotherFilesystemBlobStoreProvider.class.getName());
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

    @ParameterizedTest
    @CsvSource({
            "301, The bucket settings is not in the region given: check CRM_S3_REGION (and CRM_S3_PATH_STYLE)",
            "400, The bucket settings is not in the region given: check CRM_S3_REGION (and CRM_S3_PATH_STYLE)",
            "405, answered 405 for bucket settings: check CRM_S3_ENDPOINT, CRM_S3_REGION and CRM_S3_BUCKET"})
    void aServiceThatWillNotShowTheBucketStopsStartUpNamingWhatToCheck(int status, String message) throws Exception {
        // Not s3proxy: the answers of a bucket in another region (AWS's 301, others' 400), or of a server that is no S3 at all.
        HttpServer service = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        service.createContext("/", exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        service.start();
        try {
            assertRefused(IllegalStateException.class, message, "CRM_S3_ENDPOINT", "http://127.0.0.1:" + service.getAddress().getPort());
        } finally {
            service.stop(0);
        }
    }

    @Test
    void withNeitherKeySetTheSdksUsualCredentialsApply() {
        Map<String, String> configuration = s3Settings();
        configuration.remove("CRM_S3_ACCESS_KEY_ID");
        configuration.remove("CRM_S3_SECRET_ACCESS_KEY");
        // The first the SDK's chain looks at, before AWS_* variables, profiles and instance roles.
        System.setProperty("aws.accessKeyId", LocalS3.ACCESS_KEY_ID);
        System.setProperty("aws.secretAccessKey", LocalS3.SECRET_ACCESS_KEY);
        try {
            BlobStore store = BlobStores.open("s3", configuration);

            store.put("through-the-chain", new ByteArrayInputStream(new byte[] {1}), "text/plain");

            assertThat(store.head("through-the-chain")).isPresent();
        } finally {
            System.clearProperty("aws.accessKeyId");
            System.clearProperty("aws.secretAccessKey");
        }
    }

    private static void assertRefused(Class<? extends RuntimeException> type, String message, String variable, String value) {
        Map<String, String> configuration = s3Settings();
        configuration.put(variable, value);

        assertThatThrownBy(() -> BlobStores.open("s3", configuration)).isInstanceOf(type).hasMessageContaining(message);
    }

    private static Map<String, String> s3Settings() {
        return new HashMap<>(s3.configuration(bucket));
    }

    /** A provider in another jar that wants our default's id. */
    public static final class AnotherFilesystemBlobStoreProvider implements BlobStoreProvider {

        @Override
        public String id() {
            return FilesystemBlobStoreProvider.ID;
        }

        @Override
        public BlobStore create(Map<String, String> configuration) {
            throw new UnsupportedOperationException("never chosen: the clash stops start-up first");
        }
    }

    /**
     * The class path with a third-party jar on it: that jar's services file (under {@code third-party-jar/} in
     * the test resources) is found beside ours, and {@link BlobStores} is loaded afresh here, so its
     * {@code ServiceLoader} reads both. Everything else comes from the usual class path.
     */
    private static final class WithThirdPartyJar extends ClassLoader {

        WithThirdPartyJar() {
            super(BlobStoresTest.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(BlobStores.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream classFile = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                    byte[] bytes = classFile.readAllBytes();
                    // From where the original came (agents such as JaCoCo's skip classes with no code source).
                    return defineClass(name, bytes, 0, bytes.length, BlobStores.class.getProtectionDomain());
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }

        @Override
        protected Enumeration<URL> findResources(String name) throws IOException {
            return getParent().getResources("third-party-jar/" + name);
        }
    }
}
