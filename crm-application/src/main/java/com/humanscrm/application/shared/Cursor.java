package com.humanscrm.application.shared;

import com.humanscrm.domain.shared.Checks;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Where the previous page ended: the sort it was read in, the last row's sort key and its id (which
 * breaks ties). Clients see it only as an opaque string; a cursor for another sort is refused.
 */
public record Cursor(String sort, String key, UUID lastId) {

    private static final String VERSION = "1";
    private static final char SEPARATOR = '\n';

    public String encode() {
        String raw = String.join(String.valueOf(SEPARATOR), VERSION, sort, key == null ? "" : key, lastId.toString());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a cursor that must have been made for {@code expectedSort}. */
    public static Cursor decode(String token, String expectedSort) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = split(raw);
            if (parts.size() != 4 || !parts.get(0).equals(VERSION)) {
                throw new IllegalArgumentException("unknown cursor layout");
            }
            if (!parts.get(1).equals(expectedSort)) {
                throw new MalformedRequestException("The cursor belongs to a list sorted by " + parts.get(1)
                        + ", not " + expectedSort + "; start again from the first page");
            }
            if (!Checks.isStorableText(parts.get(2))) {
                throw new IllegalArgumentException("not a key this API wrote");
            }
            UUID lastId = UUID.fromString(parts.get(3));
            if (!lastId.toString().equals(parts.get(3))) {
                // UUID.fromString accepts short groups, so a truncated cursor would pass as another position.
                throw new IllegalArgumentException("not an id this API wrote");
            }
            return new Cursor(parts.get(1), parts.get(2), lastId);
        } catch (IllegalArgumentException e) {
            throw new MalformedRequestException("The cursor is not one this API issued");
        }
    }

    /**
     * Version, sort and id never hold the separator, but the key is a record's value (a last name) and
     * may: so the key is everything between the second separator and the last one.
     */
    private static List<String> split(String raw) {
        int afterVersion = raw.indexOf(SEPARATOR);
        int afterSort = afterVersion < 0 ? -1 : raw.indexOf(SEPARATOR, afterVersion + 1);
        int beforeId = raw.lastIndexOf(SEPARATOR);
        if (afterSort < 0 || beforeId <= afterSort) {
            return List.of();
        }
        return List.of(raw.substring(0, afterVersion), raw.substring(afterVersion + 1, afterSort),
                raw.substring(afterSort + 1, beforeId), raw.substring(beforeId + 1));
    }
}
