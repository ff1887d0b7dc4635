package com.humanscrm.application.testing;

import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.application.signin.SignInAttempts;
import com.humanscrm.application.testing.contract.SignInAttemptsContract;

class InMemorySignInAttemptsContractTest extends SignInAttemptsContract {

    private final InMemorySignInAttempts signInAttempts = new InMemorySignInAttempts();
    private final DirectUnitOfWork unitOfWork = new DirectUnitOfWork();

    @Override
    protected SignInAttempts signInAttempts() {
        return signInAttempts;
    }

    @Override
    protected UnitOfWork unitOfWork() {
        return unitOfWork;
    }
}
