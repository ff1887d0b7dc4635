package com.humanscrm.application.testing;

import com.humanscrm.application.storage.BlobStore;
import com.humanscrm.application.testing.contract.BlobStoreContract;

class InMemoryBlobStoreContractTest extends BlobStoreContract {

    private final InMemoryBlobStore store = new InMemoryBlobStore();

    @Override
    protected BlobStore store() {
        return store;
    }

    /** The fake holds blobs in the heap, so its large stream stays modest. */
    @Override
    protected long largeBlobSize() {
        return 8L << 20;
    }
}
