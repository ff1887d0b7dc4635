package com.humanscrm.adapters.persistence.session;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.signin.SignInAttempts;
import com.humanscrm.application.testing.contract.SignInAttemptsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqSignInAttemptsContractTest extends SignInAttemptsContract {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    @Override
    protected SignInAttempts signInAttempts() {
        return database.persistence().signInAttempts();
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return database.persistence().unitOfWork();
    }
}
