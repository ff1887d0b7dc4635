package com.humanscrm.application.signin;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.Essentials;

/** Signing in with the identity provider: the two steps of the browser's round trip. */
public record SignInUseCases(BeginSignIn begin, CompleteSignIn complete) {

    public static SignInUseCases over(SignInAttempts attempts, IdentityProvider identityProvider, ColleagueRepository colleagues,
                                      SessionRepository sessions, SignInPolicy policy, Essentials core) {
        return new SignInUseCases(new BeginSignIn(attempts, identityProvider, policy, core.unitOfWork(), core.clock()),
                new CompleteSignIn(attempts, identityProvider, colleagues, sessions, policy, core.unitOfWork(), core.audit(),
                        core.clock()));
    }
}
