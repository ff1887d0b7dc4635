package com.humanscrm.application.session;

import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.session.Session;

/** A session with the colleague it belongs to. */
public record SessionCredential(Session session, Colleague colleague) {
}
