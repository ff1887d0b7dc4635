package com.humanscrm.domain.document;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DocumentTest {

    private static final String SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private static final DocumentId ID = new DocumentId(Ids.newId(Clocks.t0()));
    private static final RecordRef HUMAN = new RecordRef(RecordKind.HUMAN, UUID.fromString("0190a0b4-0000-7000-8000-000000000001"));

    @Test
    void aDocumentKeepsWhatItWasGiven() {
        ColleagueId uploader = new ColleagueId(Ids.newId(Clocks.t0()));

        Document document = new Document(ID, HUMAN, "cv.pdf", "application/pdf", 1234, SHA256,
                Document.storageKeyOf(ID), uploader, Clocks.T0);

        assertThat(document.filename()).isEqualTo("cv.pdf");
        assertThat(document.sizeBytes()).isEqualTo(1234);
        assertThat(document.uploadedBy()).isEqualTo(uploader);
        assertThat(document.storageKey()).isEqualTo("documents/" + ID.value());
    }

    @Test
    void theOperatorsUploadsHaveNoUploaderAndAnEmptyFileIsADocument() {
        Document document = document("empty.txt", 0, SHA256);

        assertThat(document.uploadedBy()).isNull();
        assertThat(document.sizeBytes()).isZero();
    }

    @Test
    void aStoredFilenameIsCheckedAgainWhenTheDocumentIsRestored() {
        assertThat(document("  C:\\fakepath\\cv.pdf ", 1, SHA256).filename()).isEqualTo("cv.pdf");
        Refusals.fieldError(() -> document("dir/", 1, SHA256), "file");
    }

    @Test
    void aNegativeSizeIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> document("a.txt", -1, SHA256));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85g",
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8550"})
    void aChecksumMustBeSixtyFourLowerCaseHexDigits(String sha256) {
        assertThatIllegalArgumentException().isThrownBy(() -> document("a.txt", 1, sha256));
    }

    @Test
    void everyPartButTheUploaderIsRequired() {
        assertThatNullPointerException().isThrownBy(() -> new Document(null, HUMAN, "a", "text/plain", 1, SHA256, "documents/x", null, Clocks.T0));
        assertThatNullPointerException().isThrownBy(() -> new Document(ID, null, "a", "text/plain", 1, SHA256, "documents/x", null, Clocks.T0));
        assertThatNullPointerException().isThrownBy(() -> new Document(ID, HUMAN, "a", null, 1, SHA256, "documents/x", null, Clocks.T0));
        assertThatNullPointerException().isThrownBy(() -> new Document(ID, HUMAN, "a", "text/plain", 1, SHA256, null, null, Clocks.T0));
        assertThatNullPointerException().isThrownBy(() -> new Document(ID, HUMAN, "a", "text/plain", 1, SHA256, "documents/x", null, null));
        assertThatIllegalArgumentException().isThrownBy(() -> document("a.txt", 1, null));
    }

    @Test
    void onlyTheLastSegmentOfAPathIsKept() {
        assertThat(Document.filename("C:\\fakepath\\x.pdf")).isEqualTo("x.pdf");
        assertThat(Document.filename("../../etc/passwd")).isEqualTo("passwd");
        assertThat(Document.filename("a\\b/c\\report.docx")).isEqualTo("report.docx");
    }

    @Test
    void aFilenameIsTrimmed() {
        assertThat(Document.filename("  quarterly report.pdf \u3000")).isEqualTo("quarterly report.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "dir/", "C:\\fakepath\\", "dir/  ", ".", "..", "uploads/..", " .. "})
    void aNameThatNamesNoFileIsRefused(String name) {
        assertThat(Refusals.fieldError(() -> Document.filename(name), "file")).containsExactly("must have a file name");
    }

    @Test
    void aMissingNameIsRefused() {
        assertThat(Refusals.fieldError(() -> Document.filename(null), "file")).containsExactly("must have a file name");
    }

    @ParameterizedTest
    @ValueSource(strings = {"tab\there.pdf", "new\nline.pdf", "carriage\rreturn.pdf", "nul\u0000.pdf", "bell\u0007.pdf",
            "delete\u007f.pdf", "lone \ud800 high.pdf", "lone \udc36 low.pdf", "ends with half \ud83d"})
    void aNameWithControlCharactersOrBrokenUnicodeIsRefused(String name) {
        assertThat(Refusals.fieldError(() -> Document.filename(name), "file")).containsExactly("file name " + Checks.UNSTORABLE_TEXT);
    }

    @Test
    void aNameMayHave255CharactersCountingAnEmojiAsOne() {
        String dogs = "\uD83D\uDC36".repeat(251) + ".pdf";

        assertThat(Document.filename(dogs)).isEqualTo(dogs);
        assertThat(Document.filename("a".repeat(255))).hasSize(255);
        assertThat(Refusals.fieldError(() -> Document.filename("\uD83D\uDC36" + dogs), "file"))
                .containsExactly("file name must be at most 255 characters");
        Refusals.fieldError(() -> Document.filename("a".repeat(256)), "file");
    }

    @Test
    void theLengthIsCountedAfterTrimming() {
        assertThat(Document.filename("  " + "a".repeat(255) + "  ")).hasSize(255);
    }

    @Test
    void theAuditSnapshotSaysWhatWasAttachedWhereButNotWhereTheBytesAre() {
        Document document = document("cv.pdf", 42, SHA256);

        assertThat(document.auditSnapshot()).containsExactly(
                Map.entry("entityType", "human"),
                Map.entry("entityId", HUMAN.id().toString()),
                Map.entry("filename", "cv.pdf"),
                Map.entry("contentType", "application/pdf"),
                Map.entry("sizeBytes", 42L),
                Map.entry("sha256", SHA256));
    }

    private static Document document(String filename, long size, String sha256) {
        return new Document(ID, HUMAN, filename, "application/pdf", size, sha256, Document.storageKeyOf(ID), null, Clocks.T0);
    }
}
