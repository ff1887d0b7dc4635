package com.humanscrm.application.signin;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.audit.AuditTrail;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.session.SessionRepository;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.UnitOfWork;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.session.Session;
import com.humanscrm.domain.session.SessionToken;
import com.humanscrm.domain.shared.Secrets;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Completes a sign-in when Google sends the browser back: checks the callback against the attempt
 * {@link BeginSignIn} stored, lets Google vouch for the person, finds them among the colleagues and
 * starts a session.
 */
public final class CompleteSignIn {

    private static final int MAX_AVATAR_URL_LENGTH = 2000;

    private final SignInAttempts attempts;
    private final IdentityProvider identityProvider;
    private final ColleagueRepository colleagues;
    private final SessionRepository sessions;
    private final SignInPolicy policy;
    private final UnitOfWork unitOfWork;
    private final AuditTrail audit;
    private final Clock clock;

    public CompleteSignIn(SignInAttempts attempts, IdentityProvider identityProvider, ColleagueRepository colleagues,
                          SessionRepository sessions, SignInPolicy policy, UnitOfWork unitOfWork, AuditTrail audit, Clock clock) {
        this.attempts = attempts;
        this.identityProvider = identityProvider;
        this.colleagues = colleagues;
        this.sessions = sessions;
        this.policy = policy;
        this.unitOfWork = unitOfWork;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @throws SignInException {@code failed} (400): {@code SIGN_IN_FAILED}, {@code INVALID_STATE};
     *         {@code refused} (403): {@code EMAIL_NOT_VERIFIED}, {@code DOMAIN_NOT_ALLOWED},
     *         {@code UNKNOWN_COLLEAGUE}, {@code COLLEAGUE_DEACTIVATED}
     * @throws com.humanscrm.application.shared.UnavailableException when Google cannot be reached
     */
    public SignedIn execute(Callback callback) {
        if (callback.error() != null) {
            throw SignInException.failed("SIGN_IN_FAILED", "Google did not sign you in (" + printable(callback.error()) + ")");
        }
        if (callback.state() == null || callback.state().isBlank()) {
            throw invalidState();
        }
        // Its own transaction, committed before anything else can fail: a state is used at most once.
        SignInAttempt attempt = unitOfWork.inTransaction(
                        () -> attempts.take(Secrets.sha256Hex(callback.state()), clock.instant()))
                .orElseThrow(CompleteSignIn::invalidState);
        if (callback.code() == null || callback.code().isBlank()) {
            throw SignInException.failed("SIGN_IN_FAILED", "Google's answer carries no authorization code");
        }
        VerifiedIdentity identity = identityProvider.exchange(callback.code(), attempt.codeVerifier());
        if (identity.nonce() == null || !MessageDigest.isEqual(identity.nonce().getBytes(StandardCharsets.UTF_8),
                attempt.nonce().getBytes(StandardCharsets.UTF_8))) {
            throw SignInException.failed("SIGN_IN_FAILED", "The ID token was not issued for this sign-in (nonce mismatch)");
        }
        if (!identity.emailVerified()) {
            throw SignInException.refused("EMAIL_NOT_VERIFIED", "Google has not verified the email address of this account");
        }
        String hostedDomain = policy.hostedDomain();
        if (hostedDomain != null && !hostedDomain.isBlank() && !hostedDomain.strip().equalsIgnoreCase(identity.hostedDomain())) {
            throw SignInException.refused("DOMAIN_NOT_ALLOWED", "Only accounts of " + hostedDomain.strip() + " may sign in");
        }
        URI returnTo = attempt.returnTo() != null ? URI.create(attempt.returnTo()) : policy.appUrl();
        return unitOfWork.inTransaction(() -> {
            Colleague colleague = colleagueOf(identity);
            Actor actor = new Actor(colleague.id(), null, colleague.role(), callback.requestId(), callback.clientIp());
            if (colleague.googleId() == null) {
                Colleague before = colleague;
                colleague = before.signedInWithGoogle(identity.subject(), avatarUrl(identity.pictureUrl()), clock);
                colleagues.update(colleague);
                audit.updated(actor, RecordKind.COLLEAGUE, colleague.id().value(), before.auditSnapshot(), colleague.auditSnapshot());
            }
            SessionToken token = SessionToken.generate();
            Session session = Session.start(colleague.id(), token, callback.userAgent(), callback.clientIp(), clock);
            sessions.add(session);
            audit.created(actor, RecordKind.SESSION, session.id().value(), session.auditSnapshot());
            return new SignedIn(token, session, colleague, returnTo);
        });
    }

    /** By Google id once known; before the first sign-in by email, unless it is known with another Google account. */
    private Colleague colleagueOf(VerifiedIdentity identity) {
        Optional<Colleague> found = colleagues.findByGoogleId(identity.subject());
        if (found.isEmpty() && identity.email() != null && !identity.email().isBlank()) {
            found = colleagues.findByEmail(identity.email().strip().toLowerCase(Locale.ROOT))
                    .filter(colleague -> colleague.googleId() == null || colleague.googleId().equals(identity.subject()));
        }
        // Held, and read again under the lock: a deactivation or change racing this sign-in lands before or after it.
        Colleague colleague = found.flatMap(match -> colleagues.findForChange(match.id()))
                .orElseThrow(() -> SignInException.refused("UNKNOWN_COLLEAGUE",
                        "This Google account is not a colleague of this CRM; ask an admin to add you"));
        if (!colleague.active()) {
            throw SignInException.refused("COLLEAGUE_DEACTIVATED", "Your colleague account is deactivated");
        }
        return colleague;
    }

    /** Google's picture, when it is a URL a colleague's avatar can hold; a sign-in never fails over it. */
    private static String avatarUrl(String pictureUrl) {
        if (pictureUrl == null || pictureUrl.length() > MAX_AVATAR_URL_LENGTH) {
            return null;
        }
        try {
            URI uri = new URI(pictureUrl);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null ? pictureUrl : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** Google's error code comes from the query string: shown only as the few characters such codes use. */
    private static String printable(String error) {
        String kept = error.replaceAll("[^A-Za-z0-9_.\\-]", "");
        kept = kept.length() > 100 ? kept.substring(0, 100) : kept;
        return kept.isEmpty() ? "unknown error" : kept;
    }

    private static SignInException invalidState() {
        return SignInException.failed("INVALID_STATE", "The sign-in is unknown, used or expired; start again");
    }

    /**
     * What Google's redirect brought back, and about the request.
     *
     * @param error Google's {@code error} parameter, when it refused or the person cancelled
     * @param requestId for the audit entries; may be {@code null}
     */
    public record Callback(String state, String code, String error, String userAgent, String clientIp, String requestId) {

        public Callback(String state, String code, String error, String userAgent, String clientIp) {
            this(state, code, error, userAgent, clientIp, null);
        }
    }

    /**
     * @param token for the browser's session cookie; it is nowhere else
     * @param colleague as they are after signing in
     * @param returnTo where to send the browser now
     */
    public record SignedIn(SessionToken token, Session session, Colleague colleague, URI returnTo) {
    }
}
