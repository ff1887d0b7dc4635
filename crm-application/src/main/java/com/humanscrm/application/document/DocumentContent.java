package com.humanscrm.application.document;

import com.humanscrm.application.storage.Blob;
import com.humanscrm.domain.document.Document;

/** A document with a stream of (some of) its bytes, which the reader must close. */
public record DocumentContent(Document document, Blob blob) implements AutoCloseable {

    @Override
    public void close() {
        blob.close();
    }
}
