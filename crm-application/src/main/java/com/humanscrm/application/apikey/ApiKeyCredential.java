package com.humanscrm.application.apikey;

import com.humanscrm.domain.apikey.ApiKey;
import com.humanscrm.domain.colleague.Colleague;

/** An API key with the colleague it acts for. */
public record ApiKeyCredential(ApiKey key, Colleague colleague) {
}
