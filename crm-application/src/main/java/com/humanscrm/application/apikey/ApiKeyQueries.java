package com.humanscrm.application.apikey;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.apikey.ApiKeyId;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.shared.NotFoundException;

public final class ApiKeyQueries {

    private final ApiKeyRepository apiKeys;

    public ApiKeyQueries(ApiKeyRepository apiKeys) {
        this.apiKeys = apiKeys;
    }

    public ApiKey get(Actor actor, ApiKeyId id) {
        actor.require(Permission.ADMINISTER);
        return apiKeys.findById(id).orElseThrow(() -> notFound(id));
    }

    public Page<ApiKey> list(Actor actor, ColleagueId colleagueId, PageRequest page) {
        actor.require(Permission.ADMINISTER);
        return apiKeys.list(colleagueId, page);
    }

    /** The key, held for a change ({@link ApiKeyRepository#findForChange}). */
    static ApiKey loadForChange(ApiKeyRepository apiKeys, ApiKeyId id) {
        return apiKeys.findForChange(id).orElseThrow(() -> notFound(id));
    }

    private static NotFoundException notFound(ApiKeyId id) {
        return NotFoundException.of(RecordKind.API_KEY, id);
    }
}
