package com.humanscrm.application.signin;

import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.testing.FakeIdentityProvider;
import com.humanscrm.application.testing.InMemorySessionRepository;
import com.humanscrm.application.testing.InMemorySignInAttempts;
import com.humanscrm.application.testing.UseCaseTest;
import java.net.URI;
import java.util.Set;

/** The sign-in use cases over fakes: Google scripted by each test, attempts and sessions in memory. */
abstract class SignInFixture extends UseCaseTest {

    static final URI APP_URL = URI.create("https://crm.example.com");

    final InMemorySignInAttempts attempts = new InMemorySignInAttempts();
    final InMemorySessionRepository sessions = new InMemorySessionRepository(crm.colleagues);
    final FakeIdentityProvider google = new FakeIdentityProvider();
    final AuditTrail audit = new AuditTrail(crm.auditLog, crm.clock);

    SignInPolicy policy = new SignInPolicy(APP_URL, Set.of("https://admin.example.com", "http://localhost:5173/"), null);

    BeginSignIn beginSignIn() {
        return new BeginSignIn(attempts, google, policy, crm.unitOfWork, crm.clock);
    }

    CompleteSignIn completeSignIn() {
        return new CompleteSignIn(attempts, google, crm.colleagues, sessions, policy, crm.unitOfWork, audit, crm.clock);
    }
}
