package com.humanscrm.adapters.storage.testing;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible service in this JVM (s3proxy, in memory) on a free loopback port, checking request
 * signatures like the real thing, so tests exercise the S3 adapter offline. Published in the test-jar for
 * bootstrap's journeys.
 */
public final class LocalS3 implements AutoCloseable {

    public static final String ACCESS_KEY_ID = "local-access-key";
    public static final String SECRET_ACCESS_KEY = "local-secret-key";

    private final S3Proxy proxy;
    private final BlobStore backend;

    private LocalS3(S3Proxy proxy, BlobStore backend) {
        this.proxy = proxy;
        this.backend = backend;
    }

    public static LocalS3 start() {
        TransientNio2BlobStore backend = new TransientNio2BlobStore();
        S3Proxy proxy = S3Proxy.builder().blobStore(backend).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY_ID, SECRET_ACCESS_KEY).build();
        try {
            proxy.start();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
        return new LocalS3(proxy, backend);
    }

    /** Makes an empty bucket; returns its name. */
    public String createBucket(String name) {
        backend.createContainer(name);
        return name;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + proxy.getPort());
    }

    /** The {@code CRM_*} settings that select this service's bucket. */
    public Map<String, String> configuration(String bucket) {
        Map<String, String> configuration = new HashMap<>();
        configuration.put("CRM_BLOB_STORE", "s3");
        configuration.put("CRM_S3_ENDPOINT", endpoint().toString());
        configuration.put("CRM_S3_REGION", "us-east-1");
        configuration.put("CRM_S3_BUCKET", bucket);
        configuration.put("CRM_S3_ACCESS_KEY_ID", ACCESS_KEY_ID);
        configuration.put("CRM_S3_SECRET_ACCESS_KEY", SECRET_ACCESS_KEY);
        configuration.put("CRM_S3_PATH_STYLE", "true");
        return configuration;
    }

    /**
     * A client of this service, for tests that look behind the adapter's back; {@code interceptors} may change
     * what it is answered, to play a service that differs from this one.
     */
    public S3Client client(ExecutionInterceptor... interceptors) {
        return S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1).forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY_ID, SECRET_ACCESS_KEY)))
                .overrideConfiguration(override -> override.executionInterceptors(List.of(interceptors)))
                .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop", e);
        }
    }
}
