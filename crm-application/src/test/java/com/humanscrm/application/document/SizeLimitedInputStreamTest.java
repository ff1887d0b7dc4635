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
