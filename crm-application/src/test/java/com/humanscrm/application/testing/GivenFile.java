package com.humanscrm.application.testing;

import com.humanscrm.application.document.IncomingFile;
import com.humanscrm.domain.document.RecordRef;
import java.io.InputStream;

/**
 * A file as an adapter hands one to the upload use case; {@code atEnd} runs when the use case asks whether the request
 * ended well, and may refuse, or do something a concurrent request would. Counts whether it was opened.
 */
public final class GivenFile implements IncomingFile {

    private final RecordRef to;
    private final String filename;
    private final InputStream content;
    private final long declaredSize;
    private final Runnable atEnd;
    private boolean opened;

    public GivenFile(RecordRef to, String filename, InputStream content, long declaredSize, Runnable atEnd) {
        this.to = to;
        this.filename = filename;
        this.content = content;
        this.declaredSize = declaredSize;
        this.atEnd = atEnd;
    }

    @Override
    public long declaredSize() {
        return declaredSize;
    }

    @Override
    public Opened open() {
        opened = true;
        return new Opened(to, filename, content);
    }

    @Override
    public void requireEnd() {
        atEnd.run();
    }

    public boolean opened() {
        return opened;
    }
}
