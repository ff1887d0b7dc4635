package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import io.javalin.http.Context;
import java.util.function.Function;

/** Paginated lists: {@code limit}, {@code cursor} and {@code count} in, the list envelope out. */
public final class Lists {

    private Lists() {
    }

    /**
     * The page the caller asks for. {@code order} is the sort token of the list (as {@code Sort.token()}
     * or the fixed order its repository documents), so a cursor from a differently sorted list is refused.
     */
    public static PageRequest pageRequest(Context ctx, String order) {
        Integer limit = Params.query(ctx, "limit", Params::wholeNumber,
                "must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
        Cursor cursor = Params.query(ctx, "cursor", token -> Cursor.decode(token, order));
        Boolean count = Params.bool(ctx, "count");
        return new PageRequest(limit == null ? PageRequest.DEFAULT_LIMIT : limit, cursor, Boolean.TRUE.equals(count));
    }

    public static <T, R> void respond(Context ctx, PageRequest request, Page<T> page, Function<T, R> toResponse) {
        ctx.json(new ListResponse<>(page.items().stream().map(toResponse).toList(),
                new ListResponse.PageInfo(request.limit(),
                        page.nextCursor() == null ? null : page.nextCursor().encode(), page.total())));
    }
}
