package com.humanscrm.application.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.application.testing.FakeIdentityProvider;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.domain.shared.Secrets;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BeginSignInTest extends SignInFixture {

    @Test
    void itSendsTheBrowserToGoogleWithAFreshStateNonceAndS256Challenge() {
        BeginSignIn.Started started = beginSignIn().execute(null);

        URI uri = started.authorizationUri();
        assertThat(started.state()).matches("st_[A-Za-z0-9_-]{43}");
        assertThat(FakeIdentityProvider.parameter(uri, "state")).isEqualTo(started.state());
        String nonce = FakeIdentityProvider.parameter(uri, "nonce");
        assertThat(nonce).matches("[A-Za-z0-9_-]{43}");
        assertThat(FakeIdentityProvider.parameter(uri, "code_challenge")).matches("[A-Za-z0-9_-]{43}");

        BeginSignIn.Started other = beginSignIn().execute(null);
        assertThat(other.state()).isNotEqualTo(started.state());
        assertThat(FakeIdentityProvider.parameter(other.authorizationUri(), "nonce")).isNotEqualTo(nonce);
    }

    @Test
    void itStoresTheHashOfTheStateTheNonceAndTheVerifierOfTheChallengeForTenMinutes() {
        var before = crm.clock.instant();

        Observed<BeginSignIn.Started> observed = observe(() -> beginSignIn().execute(null));

        BeginSignIn.Started started = observed.result();

        assertThat(attempts.all()).singleElement().satisfies(attempt -> {
            assertThat(attempt.stateHash()).isEqualTo(Secrets.sha256Hex(started.state())).isNotEqualTo(started.state());
            assertThat(attempt.nonce()).isEqualTo(FakeIdentityProvider.parameter(started.authorizationUri(), "nonce"));
            assertThat(attempt.codeVerifier()).matches("[A-Za-z0-9_-]{43,128}");
            assertThat(Pkce.challenge(attempt.codeVerifier()))
                    .isEqualTo(FakeIdentityProvider.parameter(started.authorizationUri(), "code_challenge"));
            assertThat(attempt.codeVerifier()).isNotEqualTo(attempt.nonce());
            assertThat(attempt.returnTo()).isNull();
            assertThat(Duration.between(before, attempt.expiresAt())).isBetween(Duration.ofMinutes(10), Duration.ofMinutes(10).plusSeconds(1));
        });
        assertThat(observed.transactions()).isEqualTo(1);
        assertThat(observed.auditEntries()).as("nothing about anyone happened yet").isEmpty();
    }

    @Test
    void aProviderThatCannotServeLeavesNoAttemptBehind() {
        IdentityProvider unavailable = new IdentityProvider() {
            @Override
            public URI authorizationUri(String state, String nonce, String codeChallenge) {
                throw new IllegalStateException("not configured");
            }

            @Override
            public VerifiedIdentity exchange(String code, String codeVerifier) {
                throw new IllegalStateException("not configured");
            }
        };

        assertThatThrownBy(() -> new BeginSignIn(attempts, unavailable, policy, crm.unitOfWork, crm.clock).execute(null))
                .hasMessage("not configured");
        assertThat(attempts.all()).isEmpty();
    }

    @Test
    void thePkceChallengeIsTheUnpaddedBase64UrlSha256OfTheVerifier() {
        // RFC 7636, appendix B.
        assertThat(Pkce.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk")).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Nested
    class ReturnTo {

        @ParameterizedTest
        @ValueSource(strings = {"", "   "})
        void noneMeansTheAppLater(String returnTo) {
            beginSignIn().execute(returnTo);

            assertThat(attempts.all()).singleElement().satisfies(attempt -> assertThat(attempt.returnTo()).isNull());
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://crm.example.com/humans/1?tab=pets#top", "https://CRM.Example.com:443/x",
                "https://admin.example.com/", "http://localhost:5173/dashboard", "HTTPS://admin.example.com:443"})
        void aUrlOfTheAppOrOfAnAllowedOriginIsKept(String returnTo) {
            assertThat(storedReturnTo(returnTo)).isEqualTo(returnTo);
        }

        @Test
        void anAbsolutePathIsTakenWithinTheApp() {
            assertThat(storedReturnTo("/humans/1?tab=pets")).isEqualTo("https://crm.example.com/humans/1?tab=pets");
        }

        @ParameterizedTest
        @ValueSource(strings = {"https://evil.com/", "//evil.com", "///evil.com", "//crm.example.com/x",
                "https://crm.example.com.evil.com/", "https://crm.example.com@evil.com/", "https://user@crm.example.com/",
                "javascript:alert(document.cookie)", "JavaScript://crm.example.com/%0aalert(1)", "data:text/html,hi",
                "https:crm.example.com", "http://crm.example.com/", "https://crm.example.com:8443/", "ftp://crm.example.com/",
                "humans/1", "\\\\evil.com", "/\\evil.com", "https://crm.example.com%2eevil.com/", "https://evil.com/https://crm.example.com",
                "http://localhost:5174/", "https://admin.example.com.evil.com"})
        void anythingElseIsRefusedBeforeAnythingIsStored(String returnTo) {
            refusedOnField("returnTo", () -> beginSignIn().execute(returnTo));

            assertThat(attempts.all()).isEmpty();
        }

        @Test
        void anOverlongOneIsRefused() {
            refusedOnField("returnTo", () -> beginSignIn().execute("https://crm.example.com/" + "a".repeat(3_000)));
        }

        @Test
        void oneOfExactlyTheLongestLengthIsKeptAndOneCharacterMoreIsRefused() {
            int longest = com.humanscrm.application.signin.ReturnTo.MAX_LENGTH;
            String app = "https://crm.example.com/";
            String atTheLimit = app + "a".repeat(longest - app.length());

            assertThat(storedReturnTo(atTheLimit)).isEqualTo(atTheLimit);
            assertThat(refusedOnField("returnTo", () -> beginSignIn().execute(atTheLimit + "a")))
                    .containsExactly("must be at most " + longest + " characters");
        }

        private String storedReturnTo(String returnTo) {
            beginSignIn().execute(returnTo);
            return attempts.all().getFirst().returnTo();
        }
    }
}
