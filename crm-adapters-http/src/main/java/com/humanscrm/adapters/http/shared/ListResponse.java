package com.humanscrm.adapters.http.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** The envelope of a list: {@code {"data": [...], "page": {"limit": 50, "nextCursor": null}}}. */
public record ListResponse<T>(List<T> data, PageInfo page) {

    /** {@code nextCursor} is null on the last page; {@code total} is there only when asked for with {@code count=true}. */
    public record PageInfo(int limit, String nextCursor, @JsonInclude(JsonInclude.Include.NON_NULL) Long total) {
    }
}
