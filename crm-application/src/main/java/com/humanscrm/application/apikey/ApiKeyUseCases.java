package com.humanscrm.application.apikey;

import com.humanscrm.application.auth.AuthenticateApiKey;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Essentials;

/** API keys: who a request's key is, and what admins do with keys. */
public record ApiKeyUseCases(AuthenticateApiKey authenticate, ApiKeyQueries queries, CreateApiKey create, RevokeApiKey revoke) {

    public static ApiKeyUseCases over(ApiKeyRepository apiKeys, ColleagueRepository colleagues, Essentials core) {
        return new ApiKeyUseCases(new AuthenticateApiKey(apiKeys, core.clock()), new ApiKeyQueries(apiKeys),
                new CreateApiKey(apiKeys, colleagues, core.unitOfWork(), core.audit(), core.clock()),
                new RevokeApiKey(apiKeys, core.unitOfWork(), core.audit(), core.clock()));
    }
}
