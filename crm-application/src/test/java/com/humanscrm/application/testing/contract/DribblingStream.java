package com.humanscrm.application.testing.contract;

import java.io.ByteArrayInputStream;

/**
 * A stream that gives at most a few bytes per read and claims nothing is {@linkplain #available()
 * available}, as a slow upload does: a store must read to the end, not trust one read or a length.
 */
final class DribblingStream extends ByteArrayInputStream {

    private final int most;

    DribblingStream(byte[] bytes, int most) {
        super(bytes);
        this.most = most;
    }

    @Override
    public synchronized int read(byte[] buffer, int offset, int length) {
        return super.read(buffer, offset, Math.min(length, most));
    }

    @Override
    public synchronized int available() {
        return 0;
    }
}
