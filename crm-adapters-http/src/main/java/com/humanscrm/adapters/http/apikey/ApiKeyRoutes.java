package com.humanscrm.adapters.http.apikey;

import com.humanscrm.domain.shared.RecordKind;
import static com.humanscrm.adapters.http.shared.Authentication.actor;

import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.adapters.http.shared.Lists;
import com.humanscrm.adapters.http.shared.Params;
import com.humanscrm.adapters.http.shared.Responses;
import com.humanscrm.application.apikey.ApiKeyUseCases;
import com.humanscrm.application.apikey.CreateApiKey;
import com.humanscrm.application.apikey.RevokeApiKey;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.colleague.ColleagueId;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import java.util.UUID;

/**
 * {@code /api/admin/api-keys}: credentials for internal REST clients. Revoking is an action on the key
 * ({@code POST …/revoke}), not a {@code DELETE}: the key stays listed, with its revocation time, for
 * the audit trail.
 */
public final class ApiKeyRoutes {

    private static final String PATH = "/api/admin/api-keys";
    /** The order {@code ApiKeyRepository.list} documents: newest first. */
    private static final String ORDER = "-createdAt";

    private final ApiKeyUseCases apiKeys;

    private ApiKeyRoutes(ApiKeyUseCases apiKeys) {
        this.apiKeys = apiKeys;
    }

    public static void register(RoutesConfig routes, ApiKeyUseCases useCases) {
        ApiKeyRoutes apiKeys = new ApiKeyRoutes(useCases);
        routes.get(PATH, apiKeys::list);
        routes.post(PATH, apiKeys::create);
        routes.get(PATH + "/{id}", apiKeys::get);
        routes.post(PATH + "/{id}/revoke", apiKeys::revoke);
    }

    private void list(Context ctx) {
        UUID colleagueId = Params.uuid(ctx, "colleagueId");
        PageRequest page = Lists.pageRequest(ctx, ORDER);
        Lists.respond(ctx, page, apiKeys.queries().list(actor(ctx),
                colleagueId == null ? null : new ColleagueId(colleagueId), page), ApiKeyResponse::from);
    }

    private void create(Context ctx) {
        CreateApiKeyRequest request = Bodies.read(ctx, CreateApiKeyRequest.class);
        CreateApiKey.Created created = apiKeys.create().execute(actor(ctx), request.toCommand());
        // The secret is shown once: no cache, proxy or idempotency key may keep a copy.
        ctx.header(Header.CACHE_CONTROL, "no-store");
        Responses.created(ctx, PATH + "/" + created.key().id(), CreatedApiKeyResponse.from(created));
    }

    private void get(Context ctx) {
        Responses.ok(ctx, ApiKeyResponse.from(apiKeys.queries().get(actor(ctx), apiKeyId(ctx))));
    }

    private void revoke(Context ctx) {
        Responses.ok(ctx, ApiKeyResponse.from(apiKeys.revoke().execute(actor(ctx),
                new RevokeApiKey.Command(apiKeyId(ctx)))));
    }

    private static ApiKeyId apiKeyId(Context ctx) {
        return new ApiKeyId(Params.pathId(ctx, "id", RecordKind.API_KEY));
    }
}
