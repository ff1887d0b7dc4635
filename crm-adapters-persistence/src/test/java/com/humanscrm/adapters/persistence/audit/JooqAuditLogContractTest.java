package com.humanscrm.adapters.persistence.audit;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.apikey.ApiKeyRepository;
import com.humanscrm.application.audit.AuditLog;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.testing.contract.AuditLogContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqAuditLogContractTest extends AuditLogContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected AuditLog auditLog() {
        return database.persistence().auditLog();
    }

    @Override
    protected ColleagueRepository colleagues() {
        return database.persistence().colleagues();
    }

    @Override
    protected ApiKeyRepository apiKeys() {
        return database.persistence().apiKeys();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
