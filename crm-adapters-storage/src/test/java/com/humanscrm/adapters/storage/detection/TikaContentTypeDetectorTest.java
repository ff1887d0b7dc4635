package com.humanscrm.adapters.storage.detection;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.storage.ContentTypeDetectors;
import com.humanscrm.application.document.ContentTypeDetector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** The bytes decide what a file is; its name may narrow that, never overrule it. */
class TikaContentTypeDetectorTest {

    private static final ContentTypeDetector DETECTOR = ContentTypeDetectors.fromSignatures();

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @Test
    void anHtmlPageNamedLikeAPdfIsHtml() {
        assertThat(DETECTOR.detect(ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), "invoice.pdf"))
                .isEqualTo("text/html");
    }

    @Test
    void aPdfNamedLikeTextIsAPdf() {
        assertThat(DETECTOR.detect(ascii("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"), "notes.txt"))
                .isEqualTo("application/pdf");
    }

    @Test
    void aZipWithOfficeContentTypesNamedDocxIsAWordDocument() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "word/document.xml");

        assertThat(DETECTOR.detect(docx, "contract.docx")).isEqualTo(DOCX);
        assertThat(DETECTOR.detect(docx, "contract.pdf")).as("the name cannot make it something else")
                .isEqualTo("application/x-tika-ooxml");
    }

    @Test
    void aWindowsExecutableIsOneWhateverItsName() {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';

        assertThat(DETECTOR.detect(exe, "cv.pdf")).as("without Tika's ; format=pe parameter").isEqualTo("application/x-msdownload");
        assertThat(DETECTOR.detect(exe, null)).isEqualTo("application/x-msdownload");
    }

    @Test
    void svgIsRecognisedByItsRootElement() {
        byte[] svg = ascii("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>");

        assertThat(DETECTOR.detect(svg, "logo.png")).isEqualTo("image/svg+xml");
        assertThat(DETECTOR.detect(svg, null)).isEqualTo("image/svg+xml");
    }

    @Test
    void anEmptyFileIsUnknownWhateverItsName() {
        assertThat(DETECTOR.detect(new byte[0], "notes.txt")).isEqualTo("application/octet-stream");
        assertThat(DETECTOR.detect(new byte[0], null)).isEqualTo("application/octet-stream");
    }

    @Test
    void aNameCannotClaimASignatureTheBytesLack() {
        byte[] noise = new byte[300];
        new Random(1).nextBytes(noise);

        assertThat(DETECTOR.detect(noise, "scan.pdf")).isEqualTo("application/octet-stream");
        assertThat(DETECTOR.detect(ascii("hello <b>world</b>"), "page.html")).isEqualTo("text/plain");
        assertThat(DETECTOR.detect(ascii("just text"), "image.svg")).isEqualTo("text/plain");
    }

    @Test
    void aNameNarrowsTextToATypeWithoutASignature() {
        assertThat(DETECTOR.detect(ascii("name,email\nAda,ada@example.com\n"), "people.csv")).isEqualTo("text/csv");
        assertThat(DETECTOR.detect(ascii("just text"), "notes.txt")).isEqualTo("text/plain");
        assertThat(DETECTOR.detect(ascii("just text"), null)).isEqualTo("text/plain");
        assertThat(DETECTOR.detect(ascii("just text"), " ")).as("a blank name is no name").isEqualTo("text/plain");
    }

    @Test
    void commonImagesAreRecognised() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0};

        assertThat(DETECTOR.detect(png, "photo.jpg")).isEqualTo("image/png");
        assertThat(DETECTOR.detect(jpeg, "page.html")).isEqualTo("image/jpeg");
    }

    @Test
    void itAsksForEnoughBytesToFindAnXmlRootAfterAProlog() {
        assertThat(DETECTOR.bytesNeeded()).isBetween(8 * 1024, 1024 * 1024);
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write(ascii("<x/>"));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
