package com.humanscrm.adapters.storage.s3;

import com.humanscrm.adapters.storage.shared.Configuration;
import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.adapters.storage.BlobStoreProvider;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@code CRM_BLOB_STORE=s3}: a bucket of any S3-compatible service. The bucket is checked at once
 * ({@code HeadBucket}), so a missing bucket, refused credentials or an unreachable endpoint stop the
 * server at start-up with the variables to check, instead of failing the first upload.
 */
public final class S3BlobStoreProvider implements BlobStoreProvider {

    public static final String ID = "s3";

    static final String ENDPOINT = "CRM_S3_ENDPOINT";
    static final String REGION = "CRM_S3_REGION";
    static final String BUCKET = "CRM_S3_BUCKET";
    static final String ACCESS_KEY_ID = "CRM_S3_ACCESS_KEY_ID";
    static final String SECRET_ACCESS_KEY = "CRM_S3_SECRET_ACCESS_KEY";
    static final String PATH_STYLE = "CRM_S3_PATH_STYLE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public BlobStore create(Map<String, String> configuration) {
        Configuration settings = new Configuration(configuration);
        String bucket = settings.required(BUCKET, "the bucket that holds the documents' bytes");
        Optional<URI> endpoint = settings.uri(ENDPOINT);
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(10)).socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(settings.required(REGION, "the bucket's region, e.g. eu-central-1 (auto for Cloudflare R2)")))
                .credentialsProvider(credentials(settings))
                .forcePathStyle(settings.flag(PATH_STYLE, false))
                // Checksums only where S3 requires them: R2 and older MinIO refuse the SDK's newer defaults,
                // and our own SHA-256 already proves the bytes.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        endpoint.ifPresent(builder::endpointOverride);
        S3Client s3 = builder.build();
        try {
            requireBucket(s3, bucket, endpoint.map(URI::toString).orElse("AWS S3"));
            return new S3BlobStore(s3, bucket);
        } catch (RuntimeException e) {
            s3.close();
            throw e;
        }
    }

    /** Both keys, or neither: then the SDK's usual chain (AWS_* variables, profile, instance role) applies. */
    private static AwsCredentialsProvider credentials(Configuration settings) {
        Optional<String> id = settings.optional(ACCESS_KEY_ID);
        Optional<String> secret = settings.optional(SECRET_ACCESS_KEY);
        if (id.isPresent() != secret.isPresent()) {
            throw new IllegalArgumentException(ACCESS_KEY_ID + " and " + SECRET_ACCESS_KEY + " are set together or not at all ("
                    + (id.isPresent() ? SECRET_ACCESS_KEY : ACCESS_KEY_ID) + " is missing)");
        }
        return id.isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(id.get(), secret.get()))
                : DefaultCredentialsProvider.builder().build();
    }

    private static void requireBucket(S3Client s3, String bucket, String where) {
        try {
            s3.headBucket(request -> request.bucket(bucket));
        } catch (S3Exception e) {
            throw new IllegalStateException(switch (e.statusCode()) {
                case 404 -> "The bucket " + bucket + " does not exist at " + where + ": check " + BUCKET + " and " + ENDPOINT;
                case 401, 403 -> "The S3 service at " + where + " refused the credentials for bucket " + bucket + ": check "
                        + ACCESS_KEY_ID + " and " + SECRET_ACCESS_KEY + " (and that the key may use the bucket)";
                case 301, 400 -> "The bucket " + bucket + " is not in the region given: check " + REGION
                        + " (and " + PATH_STYLE + ")";
                default -> "The S3 service at " + where + " answered " + e.statusCode() + " for bucket " + bucket + ": check "
                        + ENDPOINT + ", " + REGION + " and " + BUCKET;
            }, e);
        } catch (SdkClientException e) {
            throw new IllegalStateException("The S3 service at " + where + " cannot be reached: check " + ENDPOINT + " and "
                    + PATH_STYLE + " (" + e.getMessage() + ")", e);
        }
    }
}
