package com.humanscrm.application.idempotency;

import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes a creating request safe to retry: the first request under a colleague's idempotency key runs,
 * and its retries (same key, same request) get its response again instead of running a second time.
 *
 * <p>The API calls {@link #claim} before the request runs and, when told to run it, {@link #settle}
 * after. A success is kept for {@link #KEPT}; a failure releases the key, so a corrected request can
 * be sent under it again.
 */
public final class Idempotency {

    /** How long a key and its first response are kept; an older entry counts as unknown. */
    public static final Duration KEPT = Duration.ofHours(24);
    /** The field a malformed key is reported under: the header that carries it. */
    public static final String FIELD = "Idempotency-Key";
    public static final String KEY_IN_USE = "IDEMPOTENCY_KEY_IN_USE";
    public static final String RESPONSE_NOT_KEPT = "IDEMPOTENCY_RESPONSE_NOT_KEPT";

    private static final Pattern KEY = Pattern.compile("[\\x20-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final Clock clock;

    public Idempotency(IdempotencyStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Claims {@code key} for this request of {@code actor}'s: {@link Run} when it is the first under
     * the key (then {@link #settle} it), {@link Replay} with the first response when it is a retry.
     *
     * @throws RuleViolationException when the key is not 1–255 printable ASCII characters
     * @throws IdempotencyKeyReusedException when the key was used for another request
     * @throws ConflictException {@code IDEMPOTENCY_KEY_IN_USE} while the first request under the key still runs;
     *                           {@code IDEMPOTENCY_RESPONSE_NOT_KEPT} when it succeeded with a response that was not kept
     */
    public Claim claim(Actor actor, String key, Request request) {
        ColleagueId colleagueId = Objects.requireNonNull(actor.colleagueId(),
                "Idempotency keys belong to colleagues; the operator has none");
        if (key == null || !KEY.matcher(key).matches()) {
            throw RuleViolationException.field(FIELD, "must be 1 to 255 printable ASCII characters");
        }
        Fingerprint fingerprint = Fingerprint.of(request.method(), request.path(), request.body());
        Instant now = clock.instant();
        Optional<IdempotencyStore.Entry> held = store.claim(colleagueId, key, fingerprint, now, now.minus(KEPT));
        if (held.isEmpty()) {
            return new Run(colleagueId, key);
        }
        IdempotencyStore.Entry entry = held.get();
        if (!entry.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException("This Idempotency-Key was used for another request (another path "
                    + "or body) within the last " + KEPT.toHours() + " hours; use a new key for a new request");
        }
        if (entry.inProgress()) {
            throw new ConflictException(KEY_IN_USE,
                    "The first request with this Idempotency-Key is still running; retry in a moment");
        }
        if (!entry.response().kept()) {
            throw new ConflictException(RESPONSE_NOT_KEPT, "The first request with this Idempotency-Key succeeded, "
                    + "but its response holds a secret and was not kept; look the result up instead");
        }
        return new Replay(entry.response());
    }

    /**
     * Ends the request a {@link Run} let through: a success ({@code response} not {@code null}) is kept
     * for its retries; a failure ({@code null}) releases the key.
     */
    public void settle(Run run, FirstResponse response) {
        if (response == null) {
            store.release(run.colleagueId(), run.key());
        } else {
            store.complete(run.colleagueId(), run.key(), response);
        }
    }

    /** A request, as far as telling it from another under the same key goes. */
    public record Request(String method, String path, byte[] body) {

        public Request {
            Objects.requireNonNull(method, "method");
            Objects.requireNonNull(path, "path");
            body = body == null ? new byte[0] : body;
        }
    }

    /** What to do with a request under an idempotency key. */
    public sealed interface Claim permits Run, Replay {
    }

    /** The first request under the key: run it, then {@link #settle} it. */
    public record Run(ColleagueId colleagueId, String key) implements Claim {
    }

    /** A retry: answer with the first response, without running it again. */
    public record Replay(FirstResponse response) implements Claim {
    }
}
