package com.humanscrm.application.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    void aBlobInfoRefusesANegativeSizeAndAMissingChecksum() {
        Instant now = Instant.now();
        assertThatThrownBy(() -> new BlobInfo("a", -1, EMPTY_SHA256, "application/pdf", now))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> new BlobInfo("a", 0, null, "application/pdf", now))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> new BlobInfo("a", 0, EMPTY_SHA256.substring(1), "application/pdf", now))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SHA-256");
        assertThatThrownBy(() -> new BlobInfo("a/../b", 0, EMPTY_SHA256, "application/pdf", now))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blob key");
        assertThatThrownBy(() -> new BlobInfo("a", 0, EMPTY_SHA256, "application/pdf", null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void aContentTypeIsOneTo255PrintableAsciiCharacters() {
        // It travels in HTTP headers and S3 metadata, which carry neither nothing nor more than ASCII.
        for (String refused : new String[] {null, "", "text/plain; charset=\u00e9", "text/plain\u007f", "text/\tplain"}) {
            assertThatThrownBy(() -> BlobInfo.requireValidContentType(refused)).as("%s", refused)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        String longest = "a".repeat(BlobInfo.MAX_CONTENT_TYPE_LENGTH);
        assertThat(BlobInfo.requireValidContentType(longest)).isEqualTo(longest);
        assertThat(BlobInfo.requireValidContentType(" ~")).isEqualTo(" ~");
    }

    @Test
    void aBlobGivesOnlyBytesWithinTheBlobItReads() {
        BlobInfo tenBytes = new BlobInfo("a", 10, EMPTY_SHA256, "application/pdf", Instant.now());

        assertThat(new Blob(tenBytes, 4, 6, InputStream.nullInputStream()).length()).isEqualTo(6);
        assertThat(new Blob(tenBytes, 10, 0, InputStream.nullInputStream()).offset()).isEqualTo(10);
        assertThatThrownBy(() -> new Blob(tenBytes, -1, 1, InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not within a blob of 10 bytes");
        assertThatThrownBy(() -> new Blob(tenBytes, 0, -1, InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Blob(tenBytes, 4, 7, InputStream.nullInputStream()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aStreamThatFailsToCloseIsReportedUnchecked() {
        BlobInfo empty = new BlobInfo("a", 0, EMPTY_SHA256, "application/pdf", Instant.now());
        InputStream unclosable = new FilterInputStream(InputStream.nullInputStream()) {
            @Override
            public void close() throws IOException {
                throw new IOException("the connection is gone");
            }
        };

        assertThatThrownBy(() -> new Blob(empty, 0, 0, unclosable).close())
                .isInstanceOf(UncheckedIOException.class).hasRootCauseMessage("the connection is gone");
    }

    @Test
    void aKeyIsValidOnlyInTheSmallAlphabetEveryStoreKeeps() {
        assertThat(BlobKeys.isValid("documents/019b78c9-0a80-77d2-9824-557a517aa707")).isTrue();
        assertThat(BlobKeys.isValid(null)).isFalse();
        assertThat(BlobKeys.isValid("documents/../secrets")).isFalse();
        assertThat(BlobKeys.isValid("Documents/a")).isFalse();
    }

    @Test
    void aRefusedKeyIsQuotedWithItsControlCharactersVisible() {
        assertThatThrownBy(() -> BlobKeys.requireValid("a\0b")).hasMessageEndingWith("\"a\\u0000b\"");
    }

    @Test
    void aRefusedKeyIsQuotedWholeUpToEightyCharactersAndCutShortAfter() {
        String eighty = "A".repeat(80);

        assertThatThrownBy(() -> BlobKeys.requireValid(eighty)).hasMessageEndingWith(": \"" + eighty + "\"");
        assertThatThrownBy(() -> BlobKeys.requireValid(eighty + "B")).hasMessageEndingWith(": \"" + eighty + "…\"");
    }

    @Test
    void aMissingKeyIsNamedAsSuchInTheRefusal() {
        assertThatThrownBy(() -> BlobKeys.requireValid(null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith(": null");
    }

    @Test
    void aValidListingPrefixIsReturnedAsGiven() {
        assertThat(BlobKeys.requireValidPrefix("")).isEmpty();
        assertThat(BlobKeys.requireValidPrefix("documents/")).isEqualTo("documents/");
        assertThat(BlobKeys.requireValidPrefix("documents/019b")).isEqualTo("documents/019b");
        assertThatThrownBy(() -> BlobKeys.requireValidPrefix("documents//")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("blob key prefix");
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

    @Test
    void aSkipWithinTheStreamReadsJustThatMany() throws IOException {
        MeasuringInputStream measured = new MeasuringInputStream(new ByteArrayInputStream(new byte[20_000]));

        assertThat(measured.skip(10_000)).isEqualTo(10_000);
        assertThat(measured.skip(0)).isZero();
        assertThat(measured.size()).isEqualTo(10_000);
        assertThat(measured.readAllBytes()).hasSize(10_000);
    }

    @Test
    void bytesReadOneByOneAreMeasuredLikeBytesReadInBulk() throws IOException {
        byte[] bytes = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        MeasuringInputStream oneByOne = new MeasuringInputStream(new ByteArrayInputStream(bytes));
        MeasuringInputStream inBulk = new MeasuringInputStream(new ByteArrayInputStream(bytes));

        for (int i = 0; i < bytes.length; i++) {
            assertThat(oneByOne.read()).isEqualTo(bytes[i]);
            assertThat(oneByOne.size()).isEqualTo(i + 1);
        }
        assertThat(oneByOne.read()).as("the end, not counted").isEqualTo(-1);
        inBulk.readAllBytes();

        assertThat(oneByOne.size()).isEqualTo(bytes.length);
        assertThat(oneByOne.sha256Hex()).isEqualTo(inBulk.sha256Hex());
    }

    @Test
    void aZeroByteReadOnItsOwnIsCountedLikeAnyOther() throws IOException {
        MeasuringInputStream measured = new MeasuringInputStream(new ByteArrayInputStream(new byte[] {0, 0}));

        assertThat(measured.read()).isZero();
        assertThat(measured.size()).isEqualTo(1);
        assertThat(measured.read()).isZero();
        assertThat(measured.read()).isEqualTo(-1);
        assertThat(measured.size()).isEqualTo(2);
    }

    @Test
    void aMeasuredStreamCannotBeRewound() {
        // A reset would read bytes twice into the size and checksum.
        assertThat(new MeasuringInputStream(new ByteArrayInputStream(new byte[1])).markSupported()).isFalse();
    }
}
