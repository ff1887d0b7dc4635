package com.humanscrm.application.document;

import com.humanscrm.domain.document.RecordRef;
import java.io.InputStream;

/**
 * A file on its way in, as the adapter that parses the request hands it to {@link UploadDocument}. The use
 * case asks for it piece by piece, in this order, so that nothing is read before it is wanted: how large
 * the request says it is, then what the file is for and its name, then its bytes, then whether the request
 * ended as it should.
 */
public interface IncomingFile {

    /** The most bytes the file can have, by what the request declares before anything is read; -1 when it declares nothing. */
    long declaredSize();

    /** Reads the request up to the file's bytes: the record it is for, its name, and the bytes, to be read to their end. */
    Opened open();

    /** After the bytes: refuses a request that goes on, or ends badly, past the file. */
    void requireEnd();

    /** {@code content} is read by the use case, not closed. */
    record Opened(RecordRef attachedTo, String filename, InputStream content) {
    }
}
