package com.humanscrm.adapters.http.shared;

import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpStatus;

/** Success responses, shaped the same way by every route. */
public final class Responses {

    private Responses() {
    }

    /** 200 with {@code {"data": record}}, and its {@code ETag} when the record is versioned. */
    public static void ok(Context ctx, Object record) {
        if (record instanceof Versioned versioned) {
            ctx.header(Header.ETAG, Versions.etag(versioned.version()));
        }
        ctx.json(new DataResponse<>(record));
    }

    /** 201 with the created record and where to find it. */
    public static void created(Context ctx, String location, Object record) {
        ctx.status(HttpStatus.CREATED).header(Header.LOCATION, location);
        ok(ctx, record);
    }

    public static void noContent(Context ctx) {
        ctx.status(HttpStatus.NO_CONTENT);
    }
}
