package com.humanscrm.application.document;

import static com.humanscrm.application.document.Uploads.PDF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.application.document.Uploads.WatchedStream;
import java.io.ByteArrayInputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The upload's byte counter read one byte at a time, which a blob store may do as well as read in bulk
 * (UploadDocumentTest reads in bulk, through the use case).
 */
class SizeLimitedInputStreamTest {

    @Test
    void bytesReadOneAtATimeComeThroughUpToTheLimit() {
        SizeLimitedInputStream upload = new SizeLimitedInputStream(new ByteArrayInputStream(PDF), PDF.length);

        for (byte expected : PDF) {
            assertThat(upload.read()).isEqualTo(expected);
        }
        assertThat(upload.read()).as("the end").isEqualTo(-1);
    }

    @Test
    void theByteOneAtATimeThatPassesTheLimitIsRefused() {
        SizeLimitedInputStream upload = new SizeLimitedInputStream(new ByteArrayInputStream(PDF), 2);
        upload.read();
        upload.read();

        assertThatThrownBy(upload::read).isInstanceOf(DocumentTooLargeException.class)
                .satisfies(refusal -> assertThat(((DocumentTooLargeException) refusal).maxBytes()).isEqualTo(2));
    }

    @Test
    void zeroBytesReadOneAtATimeCountTowardsTheLimitToo() {
        SizeLimitedInputStream upload = new SizeLimitedInputStream(new ByteArrayInputStream(new byte[3]), 2);
        assertThat(upload.read()).isZero();
        assertThat(upload.read()).isZero();

        assertThatThrownBy(upload::read).isInstanceOf(DocumentTooLargeException.class);
    }

    @Test
    void aBulkReadThatPassesTheLimitIsRefusedAtOnceRatherThanHandedOn() {
        // The store must not be given bytes of a file already known to be too large.
        SizeLimitedInputStream upload = new SizeLimitedInputStream(new ByteArrayInputStream(new byte[100]), 10);

        assertThatThrownBy(() -> upload.read(new byte[100], 0, 100)).isInstanceOf(DocumentTooLargeException.class);
    }

    @Test
    void aFileOfExactlyTheLimitComesThroughInOneBulkRead() {
        SizeLimitedInputStream upload = new SizeLimitedInputStream(new ByteArrayInputStream(PDF), PDF.length);
        byte[] buffer = new byte[PDF.length + 100];

        assertThat(upload.read(buffer, 0, buffer.length)).isEqualTo(PDF.length);
        assertThat(upload.read(buffer, 0, buffer.length)).as("the end").isEqualTo(-1);
    }

    @Test
    void anUploadBreakingOffOneByteAtATimeIsUnchecked() {
        SizeLimitedInputStream oneByOne = new SizeLimitedInputStream(WatchedStream.breakingAfter(PDF, 1), 100);
        oneByOne.read();

        assertThatThrownBy(oneByOne::read).isInstanceOf(UncheckedIOException.class).hasMessage("The upload broke off");
    }

    @Test
    void noByteCanBeSkippedPastTheCounterNorReadTwice() {
        SizeLimitedInputStream upload = new SizeLimitedInputStream(new ByteArrayInputStream(PDF), 4);

        assertThatThrownBy(() -> upload.skip(100)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(upload.markSupported()).isFalse();
    }
}
