package com.humanscrm.bootstrap.archfixture.adapters.storage;

import software.amazon.awssdk.services.s3.S3Client;

/** A well-behaved storage adapter class (the AWS SDK belongs here), so every layer of the fixture exists. */
public final class S3PetPhotos {

    S3Client s3;
}
