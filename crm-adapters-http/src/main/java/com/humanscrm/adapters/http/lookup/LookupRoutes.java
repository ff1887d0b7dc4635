package com.humanscrm.adapters.http.lookup;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.adapters.http.shared.Versions;
import com.humanscrm.application.lookup.LookupUseCases;
import com.humanscrm.application.lookup.AddLookupItem;
import com.humanscrm.application.lookup.RemoveLookupItem;
import com.humanscrm.application.lookup.RenameLookupItem;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.lookup.LookupItem;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.NotFoundException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Arrays;

/** {@code /api/lookup-lists}: the admin-managed lists that labels and types come from. */
public final class LookupRoutes {

    private static final String PATH = "/api/lookup-lists";
    private static final String ITEMS = PATH + "/{list}/items";
    /** The order {@code LookupRepository.list} documents: creation order. */
    private static final String ITEM_ORDER = "createdAt";

    private final LookupUseCases lookups;

    private LookupRoutes(LookupUseCases lookups) {
        this.lookups = lookups;
    }

    public static void register(RoutesConfig routes, LookupUseCases useCases) {
        LookupRoutes lookups = new LookupRoutes(useCases);
        routes.get(PATH, lookups::lists);
        routes.get(ITEMS, lookups::items);
        routes.post(ITEMS, lookups::add);
        routes.patch(ITEMS + "/{id}", lookups::rename);
        routes.delete(ITEMS + "/{id}", lookups::remove);
    }

    /** All six lists: a fixed set, so not paginated. */
    private void lists(Context ctx) {
        Responses.ok(ctx, Arrays.stream(LookupList.values()).map(LookupListResponse::from).toList());
    }

    private void items(Context ctx) {
        LookupList list = list(ctx);
        PageRequest page = Lists.pageRequest(ctx, ITEM_ORDER);
        Lists.respond(ctx, page, lookups.queries().list(actor(ctx), list, page), LookupItemResponse::from);
    }

    private void add(Context ctx) {
        LookupList list = list(ctx);
        LookupItemRequest request = Bodies.read(ctx, LookupItemRequest.class);
        LookupItem item = lookups.add().execute(actor(ctx), new AddLookupItem.Command(list, request.name()));
        Responses.created(ctx, PATH + "/" + list.slug() + "/items/" + item.id(), LookupItemResponse.from(item));
    }

    private void rename(Context ctx) {
        LookupList list = list(ctx);
        LookupItemId id = itemId(ctx);
        Integer expectedVersion = Versions.expected(ctx);
        LookupItemRequest request = Bodies.read(ctx, LookupItemRequest.class);
        LookupItem item = lookups.rename().execute(actor(ctx),
                new RenameLookupItem.Command(list, id, expectedVersion, request.name()));
        Responses.ok(ctx, LookupItemResponse.from(item));
    }

    private void remove(Context ctx) {
        lookups.remove().execute(actor(ctx),
                new RemoveLookupItem.Command(list(ctx), itemId(ctx), Versions.expected(ctx)));
        Responses.noContent(ctx);
    }

    private static LookupList list(Context ctx) {
        String slug = ctx.pathParam("list");
        return LookupList.fromSlug(slug).orElseThrow(() -> NotFoundException.of(RecordKind.LOOKUP_LIST, slug));
    }

    private static LookupItemId itemId(Context ctx) {
        return new LookupItemId(Params.pathId(ctx, "id", RecordKind.LOOKUP_ITEM));
    }
}
