package com.humanscrm.adapters.http.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The one reader and writer of {@code Content-Disposition}: what a download says, an upload reads back. */
class ContentDispositionTest {

    @ParameterizedTest
    @ValueSource(strings = {"cv.pdf", "Größe 表.pdf", "say \"hi\".txt", "100% done;final.txt", "a\\b.txt", "emoji 😀.png", "'quote'.txt"})
    void whatIsWrittenIsReadBackExactly(String filename) {
        String header = ContentDisposition.of("application/pdf", filename);

        assertThat(ContentDisposition.fileName(asSent(header))).isEqualTo(filename);
    }

    @Test
    void onlyTypesABrowserRendersWithoutRunningAnythingAreInline() {
        assertThat(ContentDisposition.of("application/pdf", "a.pdf")).startsWith("inline;");
        assertThat(ContentDisposition.of("text/html", "a.html")).startsWith("attachment;");
        assertThat(ContentDisposition.of("image/svg+xml", "a.svg")).startsWith("attachment;");
    }

    @Test
    void theAsciiFallbackIsSafeInsideAQuotedString() {
        assertThat(ContentDisposition.asciiFallback("Größe \"1\" \\ 5%.pdf")).isEqualTo("Gr__e _1_ _ 5_.pdf");
    }

    @Test
    void filenameStarIsPreferredAndAPlainTokenIsRead() {
        assertThat(ContentDisposition.fileName("form-data; name=\"file\"; filename=\"old.pdf\"; filename*=UTF-8''new.pdf"))
                .isEqualTo("new.pdf");
        assertThat(ContentDisposition.fileName("form-data; name=file; filename=plain.pdf ")).isEqualTo("plain.pdf");
        assertThat(ContentDisposition.fileName("form-data; NAME=\"file\"; FILENAME=\"upper.pdf\"")).isEqualTo("upper.pdf");
    }

    @Test
    void aDispositionWithoutAFileNameGivesNone() {
        assertThat(ContentDisposition.fileName(null)).isNull();
        assertThat(ContentDisposition.fileName("form-data; name=\"entityId\"")).isNull();
        assertThat(ContentDisposition.fileName("form-data; ; flag; name=\"file\"")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "form-data; filename=\"unterminated.pdf",
            "form-data; filename=\"a.pdf\" trailing",
            "form-data; filename=\"a.pdf\"; filename=\"b.pdf\""})
    void aDispositionThatCannotBeReadIsRefused(String header) {
        assertThatIllegalArgumentException().isThrownBy(() -> ContentDisposition.fileName(header))
                .withMessageContaining("Content-Disposition");
    }

    @ParameterizedTest
    @ValueSource(strings = {"filename*=ISO-8859-1''caf%E9.txt", "filename*=abc", "filename*=UTF-8''%C3", "filename*=UTF-8''%ED%A0%80"})
    void aNameThatIsNotUtf8IsRefused(String parameter) {
        assertThatIllegalArgumentException().isThrownBy(() -> ContentDisposition.fileName("form-data; " + parameter))
                .withMessageContaining("UTF-8");
    }

    @Test
    void aBrokenPercentEscapeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ContentDisposition.fileName("form-data; filename*=UTF-8''a%2"))
                .withMessageContaining("percent-encoded");
    }

    /** A header as a server reads it off the wire: each byte one ISO-8859-1 character. */
    private static String asSent(String header) {
        return new String(header.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
