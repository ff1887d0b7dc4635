package com.humanscrm.application.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The port's values refuse what no store could keep; what every store does is BlobStoreContract's business. */
class StorageValuesTest {

    private static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    @Test
    void aRangeIsClampedToTheBlobItReads() {
        assertThat(ByteRange.of(2, 5).lengthWithin(10)).isEqualTo(4);
        assertThat(ByteRange.of(8, 100).lengthWithin(10)).isEqualTo(2);
        assertThat(ByteRange.from(12).offsetWithin(10)).isEqualTo(10);
        assertThat(ByteRange.from(12).lengthWithin(10)).isZero();
        assertThat(ByteRange.ALL.lengthWithin(0)).isZero();
        assertThat(ByteRange.from(0).isAll()).isTrue();
        assertThat(ByteRange.of(0, 9).isAll()).isFalse();
    }

    @Test
    void anInvertedOrNegativeRangeIsRefused() {
        assertThatThrownBy(() -> ByteRange.of(5, 4)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ByteRange.from(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aBlobInfoNeedsAChecksumAndAContentTypeAStoreCanKeep() {
        Instant now = Instant.now();
        assertThat(new BlobInfo("a", 0, EMPTY_SHA256, "application/pdf", now).size()).isZero();
        assertThatThrownBy(() -> new BlobInfo("a", 0, EMPTY_SHA256.toUpperCase(), "application/pdf", now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BlobInfo("a", 0, EMPTY_SHA256, "text/plain\r\nX-Evil: 1", now))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BlobInfo.requireValidContentType("a".repeat(BlobInfo.MAX_CONTENT_TYPE_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedKeyIsQuotedWithItsControlCharactersVisible() {
        assertThatThrownBy(() -> BlobKeys.requireValid("a\0b")).hasMessageEndingWith("\"a\\u0000b\"");
    }

    @Test
    void skippedBytesStillCountTowardsSizeAndChecksum() throws IOException {
        MeasuringInputStream skipped = new MeasuringInputStream(new ByteArrayInputStream(new byte[20_000]));
        MeasuringInputStream read = new MeasuringInputStream(new ByteArrayInputStream(new byte[20_000]));

        assertThat(skipped.skip(30_000)).isEqualTo(20_000);
        read.readAllBytes();

        assertThat(skipped.size()).isEqualTo(20_000);
        assertThat(skipped.sha256Hex()).isEqualTo(read.sha256Hex());
    }
}
