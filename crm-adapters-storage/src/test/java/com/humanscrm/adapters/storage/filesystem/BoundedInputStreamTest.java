package com.humanscrm.adapters.storage.filesystem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The edges of a range's stream that the contract cannot ask of every store's stream. */
class BoundedInputStreamTest {

    private static final byte[] DIGITS = "0123456789".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aZeroLengthReadReadsNothingBeforeTheBoundAndAtIt() throws IOException {
        InputStream bounded = new BoundedInputStream(new ByteArrayInputStream(DIGITS), 2);
        byte[] buffer = new byte[4];

        assertThat(bounded.read(buffer, 0, 0)).isZero();
        assertThat(bounded.readNBytes(buffer, 0, 4)).isEqualTo(2);
        assertThat(bounded.read(buffer, 0, 0)).as("no end of stream for a read of nothing").isZero();
        assertThat(bounded.read(buffer, 0, 4)).isEqualTo(-1);
    }

    @Test
    void itTellsWhatIsAvailableUpToItsBound() throws IOException {
        assertThat(new BoundedInputStream(new ByteArrayInputStream(DIGITS), 4).available()).isEqualTo(4);
        assertThat(new BoundedInputStream(new ByteArrayInputStream(DIGITS), 40).available()).isEqualTo(DIGITS.length);
    }

    @Test
    void aSourceEndingBeforeTheBoundEndsItToo() throws IOException {
        // A file cut short behind the store's back: the stream ends with it rather than waiting for bytes.
        InputStream bounded = new BoundedInputStream(new ByteArrayInputStream(DIGITS, 0, 1), 5);

        assertThat(bounded.read()).isEqualTo('0');
        assertThat(bounded.read()).isEqualTo(-1);
        assertThat(bounded.read()).isEqualTo(-1);
    }

    @Test
    void itCannotBeMarkedEvenOverAStreamThatCan() {
        // A reset would re-read bytes the bound has already counted, and the range would end early.
        assertThat(new ByteArrayInputStream(DIGITS).markSupported()).isTrue();
        assertThat(new BoundedInputStream(new ByteArrayInputStream(DIGITS), 4).markSupported()).isFalse();
    }
}
