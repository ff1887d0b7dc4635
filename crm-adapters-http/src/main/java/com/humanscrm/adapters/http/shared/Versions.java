package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.shared.MalformedRequestException;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A versioned record's version travels as its entity tag: {@code ETag: "3"} on the way out, and
 * {@code If-Match} on the way in, which the use cases check (412 on a mismatch).
 */
public final class Versions {

    // "3", W/"3" or a bare 3; weak and strong compare alike, since the version is the whole identity.
    private static final Pattern TAG = Pattern.compile("(?:W/)?\"?(\\d{1,9})\"?");

    private Versions() {
    }

    public static String etag(int version) {
        return "\"" + version + "\"";
    }

    /** The version the caller last saw, or {@code null} when they want no check (no header, or {@code *}). */
    public static Integer expected(Context ctx) {
        String ifMatch = ctx.header(Header.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        Matcher tag = TAG.matcher(ifMatch.strip());
        if (!tag.matches()) {
            throw new MalformedRequestException("If-Match must be one entity tag from an ETag of this API, like \"3\"");
        }
        return Integer.valueOf(tag.group(1));
    }
}
