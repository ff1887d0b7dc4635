package com.humanscrm.bootstrap.archfixture.adapters.http;

import software.amazon.awssdk.services.s3.S3Client;

/** Breaks "the AWS SDK stays in the storage adapter": a route reading S3 itself instead of through the port. */
public final class PetPhotoDownloads {

    S3Client s3;
}
