package com.humanscrm.adapters.http.apikey;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.application.apikey.CreateApiKey;

/** A new key with its secret: the only response that ever shows it. */
record CreatedApiKeyResponse(@JsonUnwrapped ApiKeyResponse key, String secret) implements Versioned {

    static CreatedApiKeyResponse from(CreateApiKey.Created created) {
        return new CreatedApiKeyResponse(ApiKeyResponse.from(created.key()), created.secret().value());
    }

    @Override
    public int version() {
        return key.version();
    }
}
