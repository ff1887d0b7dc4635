package com.humanscrm.application;

import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.document.ContentTypeDetector;
import com.humanscrm.application.document.DocumentRepository;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.idempotency.IdempotencyStore;
import com.humanscrm.application.lookup.LookupRepository;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.signin.IdentityProvider;
import com.humanscrm.application.signin.SignInAttempts;
import com.humanscrm.application.storage.BlobStore;
import java.time.Clock;

/** Everything the use cases need from outside the core: storage adapters, the transaction, time. */
public record Ports(UnitOfWork unitOfWork, HumanRepository humans, LookupRepository lookups,
                    ColleagueRepository colleagues, ApiKeyRepository apiKeys, AuditLog auditLog,
                    IdempotencyStore idempotencyKeys, DocumentRepository documents, BlobStore blobs,
                    ContentTypeDetector contentTypes, SessionRepository sessions, SignInAttempts signInAttempts,
                    IdentityProvider identityProvider, Clock clock) {
}
