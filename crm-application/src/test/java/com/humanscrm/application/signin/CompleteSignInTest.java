package com.humanscrm.application.signin;

import com.humanscrm.domain.shared.RecordKind;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.colleague.AddColleague;
import com.humanscrm.application.colleague.ChangeColleague;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.testing.FakeIdentityProvider;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.session.Session;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CompleteSignInTest extends SignInFixture {

    private static final String SUBJECT = "108204268033311374519";
    private static final String PICTURE = "https://lh3.googleusercontent.test/a/grace=s96-c";

    private final Colleague grace = useCases.colleagues().add().execute(Actor.operator(),
            new AddColleague.Command("grace@example.test", "Grace", null, "Hopper", null, "manager"));

    @Nested
    class Succeeding {

        @Test
        void theFirstSignInRecordsTheGoogleIdAndPictureAndStartsASession() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            google.willReturn(identity(SUBJECT, "grace@example.test"));

            Observed<CompleteSignIn.SignedIn> signedIn = observe(() -> complete(started.state()));

            Colleague after = signedIn.result().colleague();
            assertThat(after.googleId()).isEqualTo(SUBJECT);
            assertThat(after.avatarUrl()).isEqualTo(PICTURE);
            assertThat(after.version()).isEqualTo(grace.version() + 1);
            assertThat(crm.colleagues.findById(grace.id())).contains(after);
            assertThat(signedIn.transactions()).as("taking the state, then the rest").isEqualTo(2);

            Actor actor = new Actor(grace.id(), null, Role.MANAGER, "req-1", "203.0.113.7");
            List<AuditEntry> entries = signedIn.auditEntries();
            assertThat(entries).hasSize(2);
            assertAudit(entries.get(0), AuditAction.UPDATE, RecordKind.COLLEAGUE, grace.id().value(), actor);
            assertThat(entries.get(0).changes()).containsOnlyKeys("googleId", "avatarUrl")
                    .containsEntry("googleId", new FieldChange(null, SUBJECT));
            Session session = signedIn.result().session();
            assertAudit(entries.get(1), AuditAction.CREATE, RecordKind.SESSION, session.id().value(), actor);
            assertThat(entries.get(1).changes()).isEqualTo(AuditEntry.created(session.auditSnapshot()));
        }

        @Test
        void theSessionIsStoredWithTheTokensHashAndTheTokenIsNowhereButInTheResult() {
            CompleteSignIn.SignedIn signedIn = signIn(identity(SUBJECT, "grace@example.test"));

            Session session = signedIn.session();
            assertThat(sessions.all()).containsExactly(session);
            assertThat(session.colleagueId()).isEqualTo(grace.id());
            assertThat(session.tokenHash()).isEqualTo(signedIn.token().hash());
            assertThat(session.expiresAt()).isEqualTo(session.createdAt().plus(Duration.ofHours(24)));
            assertThat(session.userAgent()).isEqualTo("Firefox/140.0");
            assertThat(session.clientIp()).isEqualTo("203.0.113.7");
            String token = signedIn.token().value();
            assertThat(token).startsWith("crms_");
            assertThat(sessions.all().toString()).doesNotContain(token);
            assertThat(crm.auditLog.entries().toString()).doesNotContain(token).doesNotContain(session.tokenHash());
            assertThat(sessions.findCredential(signedIn.token().hash())).hasValueSatisfying(credential ->
                    assertThat(credential.colleague().id()).isEqualTo(grace.id()));
        }

        @Test
        void theCodeIsExchangedWithTheVerifierWhoseChallengeWentToGoogle() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            String challenge = FakeIdentityProvider.parameter(started.authorizationUri(), "code_challenge");
            google.willReturn(identity(SUBJECT, "grace@example.test"));

            complete(started.state());

            assertThat(google.exchanges()).singleElement().satisfies(exchange -> {
                assertThat(exchange.code()).isEqualTo("code-1");
                assertThat(Pkce.challenge(exchange.codeVerifier())).isEqualTo(challenge);
            });
        }

        @Test
        void laterSignInsFindTheColleagueByGoogleIdEvenWhenTheAccountsEmailChanged() {
            signIn(identity(SUBJECT, "grace@example.test"));
            Colleague known = crm.colleagues.findById(grace.id()).orElseThrow();

            Observed<CompleteSignIn.SignedIn> again = observe(() -> signIn(identity(SUBJECT, "grace.hopper@navy.test")));

            assertThat(again.result().colleague()).isEqualTo(known);
            assertThat(again.auditEntries()).as("only the new session").singleElement()
                    .satisfies(entry -> assertThat(entry.entityType()).isEqualTo(RecordKind.SESSION));
            assertThat(sessions.all()).hasSize(2);
        }

        @Test
        void theEmailMatchesWithoutRegardToCase() {
            assertThat(signIn(identity(SUBJECT, "Grace@Example.TEST")).colleague().id()).isEqualTo(grace.id());
        }

        @Test
        void anAvatarTheColleagueHasIsKeptAndAnUnusablePictureIsIgnored() {
            VerifiedIdentity withOddPicture = new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, null,
                    "javascript:alert(1)");

            assertThat(signIn(withOddPicture).colleague().avatarUrl()).isNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"/a/grace=s96-c", "https:///a/grace=s96-c", "ftp://lh3.googleusercontent.test/a/grace",
                "https://lh3.googleusercontent.test/a/grace s96"})
        void aPictureThatIsNoWebAddressIsIgnoredAndTheSignInGoesOn(String pictureUrl) {
            CompleteSignIn.SignedIn signedIn = signIn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, null, pictureUrl));

            assertThat(signedIn.colleague().googleId()).isEqualTo(SUBJECT);
            assertThat(signedIn.colleague().avatarUrl()).isNull();
        }

        @Test
        void aPictureLongerThanAnAvatarCanHoldIsIgnored() {
            String overlong = "https://lh3.googleusercontent.test/a/" + "g".repeat(2_000);

            assertThat(signIn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, null, overlong))
                    .colleague().avatarUrl()).isNull();
        }

        @Test
        void aPictureOfExactlyTheLengthAnAvatarCanHoldIsKept() {
            String prefix = "https://lh3.googleusercontent.test/a/";
            String longest = prefix + "g".repeat(2_000 - prefix.length());

            assertThat(signIn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, null, longest))
                    .colleague().avatarUrl()).isEqualTo(longest);
        }

        @Test
        void aPictureOverPlainHttpIsKept() {
            String http = "HTTP://lh3.googleusercontent.test/a/grace=s96-c";

            assertThat(signIn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, null, http))
                    .colleague().avatarUrl()).isEqualTo(http);
        }

        @Test
        void aBlankHostedDomainAllowsEveryAccount() {
            policy = new SignInPolicy(APP_URL, Set.of(), "  ");

            assertThat(signIn(identity(SUBJECT, "grace@example.test")).colleague().id()).isEqualTo(grace.id());
        }

        @Test
        void theBrowserReturnsWhereItAskedOrToTheApp() {
            assertThat(signIn(identity(SUBJECT, "grace@example.test")).returnTo()).isEqualTo(APP_URL);

            BeginSignIn.Started started = beginSignIn().execute("/humans/42");
            google.willReturn(identity(SUBJECT, "grace@example.test"));
            assertThat(complete(started.state()).returnTo()).isEqualTo(URI.create("https://crm.example.com/humans/42"));
        }

        @Test
        void theUseCasesTheAdaptersAreGivenSignAColleagueInAndKnowThemByTheirTokenAfterwards() {
            // The other tests build the two steps over their own fakes; this one goes through the CRM's wiring.
            FakeIdentityProvider crmsGoogle = (FakeIdentityProvider) crm.identityProvider;
            BeginSignIn.Started started = useCases.signIn().begin().execute(null);
            crmsGoogle.willReturn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, crmsGoogle.lastNonce(), PICTURE));

            CompleteSignIn.SignedIn signedIn = useCases.signIn().complete().execute(callback(started.state()));

            assertThat(signedIn.colleague().id()).isEqualTo(grace.id());
            assertThat(useCases.sessions().authenticate().execute(signedIn.token().value()).colleagueId()).isEqualTo(grace.id());
        }

        @Test
        void theStateIsHonouredByAnyInstanceSharingTheAttempts() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            google.willReturn(identity(SUBJECT, "grace@example.test"));
            CompleteSignIn otherInstance = new CompleteSignIn(attempts, google, crm.colleagues, sessions, policy,
                    crm.unitOfWork, audit, crm.clock);

            assertThat(otherInstance.execute(callback(started.state())).colleague().id()).isEqualTo(grace.id());
        }
    }

    @Nested
    class TheState {

        @Test
        void isSingleUse() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            google.willReturn(identity(SUBJECT, "grace@example.test"));
            complete(started.state());

            failed("INVALID_STATE", () -> complete(started.state()));
            assertThat(google.exchanges()).as("no second exchange").hasSize(1);
        }

        @Test
        void isUsedUpEvenWhenTheSignInFailsLater() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            google.willReturn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, "another nonce", null));
            failed("SIGN_IN_FAILED", () -> complete(started.state()));

            google.willReturn(identity(SUBJECT, "grace@example.test"));
            failed("INVALID_STATE", () -> complete(started.state()));
            assertThat(attempts.all()).isEmpty();
        }

        @Test
        void expiresAfterTenMinutes() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            crm.clock.advance(Duration.ofMinutes(10));
            google.willReturn(identity(SUBJECT, "grace@example.test"));

            failed("INVALID_STATE", () -> complete(started.state()));
            assertThat(google.exchanges()).isEmpty();
        }

        @Test
        void stillWorksJustBeforeItExpires() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            crm.clock.advance(Duration.ofMinutes(9).plusSeconds(59));
            google.willReturn(identity(SUBJECT, "grace@example.test"));

            assertThat(complete(started.state()).colleague().id()).isEqualTo(grace.id());
        }

        @Test
        void thatIsMissingOrUnknownFails() {
            beginSignIn().execute(null);

            failed("INVALID_STATE", () -> completeSignIn().execute(new CompleteSignIn.Callback(null, "code-1", null, null, null)));
            failed("INVALID_STATE", () -> completeSignIn().execute(new CompleteSignIn.Callback(" ", "code-1", null, null, null)));
            failed("INVALID_STATE", () -> complete("st_made-up"));
            assertThat(attempts.all()).as("the real attempt is untouched").hasSize(1);
        }
    }

    @Nested
    class Failing {

        @Test
        void anErrorFromGoogleFailsWithItsCodeShownSafely() {
            BeginSignIn.Started started = beginSignIn().execute(null);

            SignInException failure = failed("SIGN_IN_FAILED", () -> completeSignIn().execute(
                    new CompleteSignIn.Callback(started.state(), null, "access_denied<script>\n", null, null)));

            assertThat(failure.getMessage()).contains("access_deniedscript").doesNotContain("<", "\n");
            assertThat(google.exchanges()).isEmpty();
        }

        @Test
        void anErrorFromGoogleIsShownAtMostAHundredCharactersLongOrAsUnknown() {
            BeginSignIn.Started started = beginSignIn().execute(null);

            SignInException overlong = failed("SIGN_IN_FAILED", () -> completeSignIn().execute(
                    new CompleteSignIn.Callback(started.state(), null, "e".repeat(101), null, null)));
            SignInException unreadable = failed("SIGN_IN_FAILED", () -> completeSignIn().execute(
                    new CompleteSignIn.Callback(started.state(), null, "<>", null, null)));

            assertThat(overlong.getMessage()).contains("(" + "e".repeat(100) + ")");
            assertThat(unreadable.getMessage()).contains("(unknown error)");
        }

        @Test
        void aMissingCodeFails() {
            BeginSignIn.Started started = beginSignIn().execute(null);

            failed("SIGN_IN_FAILED", () -> completeSignIn().execute(new CompleteSignIn.Callback(started.state(), "", null, null, null)));
            BeginSignIn.Started again = beginSignIn().execute(null);
            failed("SIGN_IN_FAILED", () -> completeSignIn().execute(new CompleteSignIn.Callback(again.state(), null, null, null, null)));
            assertThat(google.exchanges()).isEmpty();
        }

        @Test
        void aFailedExchangeFailsAsGoogleSaid() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            google.willFail(SignInException.failed("SIGN_IN_FAILED", "The ID token does not verify"));

            assertThat(failed("SIGN_IN_FAILED", () -> complete(started.state())).getMessage()).isEqualTo("The ID token does not verify");
        }

        @Test
        void anUnreachableGoogleIsUnavailable() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            google.willFail(new UnavailableException("Google cannot be reached", null));

            refused(UnavailableException.class, "UNAVAILABLE", () -> complete(started.state()));
            assertThat(sessions.all()).isEmpty();
        }

        @Test
        void aTokenIssuedForAnotherSignInFailsOnTheNonce() {
            BeginSignIn.Started started = beginSignIn().execute(null);
            google.willReturn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, "not-this-sign-in", null));
            failed("SIGN_IN_FAILED", () -> complete(started.state()));

            BeginSignIn.Started again = beginSignIn().execute(null);
            google.willReturn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, null, null));
            assertThat(failed("SIGN_IN_FAILED", () -> complete(again.state())).getMessage()).contains("nonce");
        }
    }

    @Nested
    class Refusing {

        @Test
        void anUnverifiedEmail() {
            refusedSignIn("EMAIL_NOT_VERIFIED",
                    new VerifiedIdentity(SUBJECT, "grace@example.test", false, null, NONCE_OF_THE_SIGN_IN, PICTURE));
        }

        @Test
        void anAccountOutsideTheHostedDomainWhenOneIsConfigured() {
            policy = new SignInPolicy(APP_URL, Set.of(), "example.test");

            refusedSignIn("DOMAIN_NOT_ALLOWED", new VerifiedIdentity(SUBJECT, "grace@example.test", true, null, NONCE_OF_THE_SIGN_IN, null));
            refusedSignIn("DOMAIN_NOT_ALLOWED",
                    new VerifiedIdentity(SUBJECT, "grace@example.test", true, "evil.test", NONCE_OF_THE_SIGN_IN, null));
            assertThat(signIn(new VerifiedIdentity(SUBJECT, "grace@example.test", true, "Example.TEST", null, null))
                    .colleague().id()).isEqualTo(grace.id());
        }

        @Test
        void anUnknownPerson() {
            refusedSignIn("UNKNOWN_COLLEAGUE", new VerifiedIdentity("999", "nobody@example.test", true, null, NONCE_OF_THE_SIGN_IN, null));
            refusedSignIn("UNKNOWN_COLLEAGUE", new VerifiedIdentity("999", null, true, null, NONCE_OF_THE_SIGN_IN, null));
            refusedSignIn("UNKNOWN_COLLEAGUE", new VerifiedIdentity("999", " ", true, null, NONCE_OF_THE_SIGN_IN, null));
        }

        @Test
        void anotherGoogleAccountWithTheEmailOfAColleagueWhoSignedInWithTheirs() {
            signIn(identity(SUBJECT, "grace@example.test"));

            refusedSignIn("UNKNOWN_COLLEAGUE", new VerifiedIdentity("999", "grace@example.test", true, null, NONCE_OF_THE_SIGN_IN, null));
            assertThat(crm.colleagues.findById(grace.id()).orElseThrow().googleId()).isEqualTo(SUBJECT);
        }

        @Test
        void aDeactivatedColleagueByEmailOrByGoogleId() {
            Colleague ada = useCases.colleagues().add().execute(Actor.operator(),
                    new AddColleague.Command("ada@example.test", "Ada", null, "Lovelace", null, "agent"));
            signIn(identity("ada-google-id", "ada@example.test"));
            deactivate(ada);
            refusedSignIn("COLLEAGUE_DEACTIVATED", new VerifiedIdentity("ada-google-id", "changed@example.test", true, null,
                    NONCE_OF_THE_SIGN_IN, null));

            refusedSignIn("COLLEAGUE_DEACTIVATED", null, () -> deactivate(grace));
        }

        /** Runs a sign-in Google vouches for as {@code identity} (its nonce replaced with the real one), expecting a 403. */
        private void refusedSignIn(String code, VerifiedIdentity identity) {
            refusedSignIn(code, identity, () -> { });
        }

        private void refusedSignIn(String code, VerifiedIdentity identity, Runnable before) {
            before.run();
            BeginSignIn.Started started = beginSignIn().execute(null);
            VerifiedIdentity vouched = identity == null ? identity(SUBJECT, "grace@example.test")
                    : new VerifiedIdentity(identity.subject(), identity.email(), identity.emailVerified(), identity.hostedDomain(),
                            google.lastNonce(), identity.pictureUrl());
            google.willReturn(vouched);
            int sessionsBefore = sessions.all().size();
            Colleague colleagueBefore = crm.colleagues.findById(grace.id()).orElseThrow();

            SignInException refusal = refused(SignInException.class, code, () -> complete(started.state()));

            assertThat(refusal.refused()).as("a 403").isTrue();
            assertThat(sessions.all()).hasSize(sessionsBefore);
            assertThat(crm.colleagues.findById(grace.id())).contains(colleagueBefore);
        }

        private void deactivate(Colleague colleague) {
            useCases.colleagues().change().execute(admin, new ChangeColleague.Command(colleague.id(), null, null, null, null, null, null, false));
        }
    }

    /** A placeholder in identities the refusal helper gives the nonce of the sign-in under way. */
    private static final String NONCE_OF_THE_SIGN_IN = "replaced";

    private VerifiedIdentity identity(String subject, String email) {
        return new VerifiedIdentity(subject, email, true, null, google.lastNonce(), PICTURE);
    }

    /** Begins a sign-in and completes it as Google vouching for {@code identity}, with the nonce of this sign-in. */
    private CompleteSignIn.SignedIn signIn(VerifiedIdentity identity) {
        BeginSignIn.Started started = beginSignIn().execute(null);
        google.willReturn(new VerifiedIdentity(identity.subject(), identity.email(), identity.emailVerified(), identity.hostedDomain(),
                google.lastNonce(), identity.pictureUrl()));
        return complete(started.state());
    }

    private CompleteSignIn.SignedIn complete(String state) {
        return completeSignIn().execute(callback(state));
    }

    private static CompleteSignIn.Callback callback(String state) {
        return new CompleteSignIn.Callback(state, "code-1", null, "Firefox/140.0", "203.0.113.7", "req-1");
    }

    /** Asserts a 400: the browser's or Google's request went wrong; nothing audited, no session. */
    private SignInException failed(String code, ThrowingCallable call) {
        int sessionsBefore = sessions.all().size();
        SignInException failure = refused(SignInException.class, code, call);
        assertThat(failure.refused()).as("a 400, not a 403").isFalse();
        assertThat(sessions.all()).hasSize(sessionsBefore);
        return failure;
    }
}
