package com.humanscrm.application.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.auth.AuthenticationException;
import com.humanscrm.application.auth.Principal;
import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.SessionToken;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuthenticateSessionTest extends SessionFixture {

    private final Colleague grace = crm.colleague(Role.MANAGER);
    private final AuthenticateSession authenticate = new AuthenticateSession(sessions, crm.clock);

    @Test
    void aValidTokenIsItsColleagueWithTheirRoleAndNoApiKey() {
        SessionToken token = signedIn(grace);

        Principal principal = authenticate.execute(token.value());

        assertThat(principal).isEqualTo(new Principal(grace.id(), null, Role.MANAGER, grace.email(), grace.displayName()));
    }

    @Test
    void eachUseIsRecordedAsSeen() {
        SessionToken token = signedIn(grace);
        crm.clock.advance(Duration.ofHours(1));
        Instant before = crm.clock.instant();

        authenticate.execute(token.value());

        assertThat(sessions.seenRecorded()).isEqualTo(1);
        assertThat(sessionOf(token).lastSeenAt()).isAfter(before);
    }

    @Test
    void aMissingOrUnknownTokenIsInvalid() {
        signedIn(grace);

        invalid(null);
        invalid("");
        invalid("crms_made-up");
        assertThat(sessions.seenRecorded()).isZero();
    }

    @Test
    void aSessionEndsTwentyFourHoursAfterItBegan() {
        SessionToken token = signedIn(grace);
        crm.clock.advance(Duration.ofHours(24).minusSeconds(1));
        authenticate.execute(token.value());

        crm.clock.advance(Duration.ofSeconds(1));

        invalid(token.value());
    }

    @Test
    void aColleagueDeactivatedAfterSigningInIsRefusedOnTheirNextRequest() {
        SessionToken token = signedIn(grace);
        authenticate.execute(token.value());

        useCases.colleagues().change().execute(admin, new ChangeColleague.Command(grace.id(), null, null, null, null, null, null, false));

        invalid(token.value());
    }

    @Test
    void aNewRoleAppliesToTheNextRequest() {
        SessionToken token = signedIn(grace);

        useCases.colleagues().change().execute(admin, new ChangeColleague.Command(grace.id(), null, null, null, null, null, Optional.of("viewer"), null));

        assertThat(authenticate.execute(token.value()).role()).isEqualTo(Role.VIEWER);
    }

    @Test
    void anEndedSessionIsInvalid() {
        SessionToken token = signedIn(grace);

        sessions.remove(sessionOf(token).id());

        invalid(token.value());
    }

    private void invalid(String token) {
        refused(AuthenticationException.class, "AUTH_INVALID", () -> authenticate.execute(token));
    }
}
