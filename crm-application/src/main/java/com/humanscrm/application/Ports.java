package com.humanscrm.application;

import com.humanscrm.application.document.ContentTypeDetector;
import com.humanscrm.application.signin.IdentityProvider;
import com.humanscrm.application.storage.BlobStore;
import java.time.Clock;

/**
 * Everything the use cases need from outside the core, by the adapter that provides it: the database's
 * stores, the blob store, content-type detection, the identity provider, and time.
 */
public record Ports(Storage storage, BlobStore blobs, ContentTypeDetector contentTypes, IdentityProvider identityProvider,
                    Clock clock) {

    public Ports withStorage(Storage replacement) {
        return new Ports(replacement, blobs, contentTypes, identityProvider, clock);
    }

    public Ports withBlobs(BlobStore replacement) {
        return new Ports(storage, replacement, contentTypes, identityProvider, clock);
    }
}
