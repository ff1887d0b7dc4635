package com.humanscrm.adapters.storage;

import com.humanscrm.adapters.storage.detection.TikaContentTypeDetector;
import com.humanscrm.application.document.ContentTypeDetector;

/** The one way bootstrap gets a {@link ContentTypeDetector}: Apache Tika's signatures, loaded once. */
public final class ContentTypeDetectors {

    private ContentTypeDetectors() {
    }

    /** Loads Tika's registry of file signatures (a fraction of a second; keep the result). */
    public static ContentTypeDetector fromSignatures() {
        return new TikaContentTypeDetector();
    }
}
