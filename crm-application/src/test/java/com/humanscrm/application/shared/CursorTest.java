package com.humanscrm.application.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.testing.Refusals;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    private static final UUID LAST_ID = UUID.fromString("019a0000-0000-7000-8000-000000000001");

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-01T09:00:00.000001Z", "", "O'Brien-Smith", "Ünal 🐶", "line\nbreak"})
    void aCursorReadsBackAsItWasWrittenWhateverItsKey(String key) {
        // A last name with a line break used to break the cursor's layout and make the next page a 400.
        Cursor cursor = new Cursor("lastName", key, LAST_ID);

        assertThat(Cursor.decode(cursor.encode(), "lastName")).isEqualTo(cursor);
    }

    @Test
    void theTokenIsUrlSafe() {
        String token = new Cursor("-createdAt", "ü?/+=&", LAST_ID).encode();

        assertThat(token).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void aCursorOfAnotherSortIsRefusedWithAHint() {
        String token = new Cursor("-createdAt", "2026-01-01T09:00:00Z", LAST_ID).encode();

        assertThat(malformed(token, "createdAt").getMessage()).contains("start again from the first page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "", "AAAA"})
    void aTokenThisApiDidNotIssueIsRefused(String token) {
        malformed(token, "createdAt");
    }

    @Test
    void aTamperedCursorIsRefused() {
        malformed(raw("2\ncreatedAt\nkey\n" + LAST_ID), "createdAt");
        malformed(raw("1\ncreatedAt\nkey\nnot-a-uuid"), "createdAt");
        // UUID.fromString reads "1-1-1-1-1"; a cursor must carry the id exactly as this API writes it.
        malformed(raw("1\ncreatedAt\nkey\n1-1-1-1-1"), "createdAt");
        malformed(raw("1\ncreatedAt"), "createdAt");
        String token = new Cursor("createdAt", "2026-01-01T09:00:00Z", LAST_ID).encode();
        malformed(token.substring(0, token.length() - 3), "createdAt");
    }

    @Test
    void aCursorMissingItsKeyIsRefused() {
        // Two separators where a cursor has three: the key would be cut from between the same two.
        malformed(raw("1\ncreatedAt\n" + LAST_ID), "createdAt");
    }

    private static MalformedRequestException malformed(String token, String expectedSort) {
        return Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST", () -> Cursor.decode(token, expectedSort));
    }

    private static String raw(String content) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(content.getBytes(StandardCharsets.UTF_8));
    }
}
