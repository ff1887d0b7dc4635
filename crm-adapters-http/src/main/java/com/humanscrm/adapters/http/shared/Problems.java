package com.humanscrm.adapters.http.shared;

import com.humanscrm.application.auth.AuthenticationException;
import com.humanscrm.application.document.DocumentTooLargeException;
import com.humanscrm.application.idempotency.IdempotencyKeyReusedException;
import com.humanscrm.application.shared.AccessDeniedException;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.UnavailableException;
import com.humanscrm.application.signin.SignInException;
import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.DomainException;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.VersionMismatchException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The one place where failures become HTTP responses: every error, whoever raises it, leaves as
 * problem+json with the request id. Whatever is not recognised as the client's fault is a 500 that
 * says nothing but the request id; its stack goes to the log under that id.
 */
public final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);

    private static final Map<Class<? extends DomainException>, Integer> DOMAIN_STATUS = Map.of(
            MalformedRequestException.class, 400,
            AuthenticationException.class, 401,
            AccessDeniedException.class, 403,
            NotFoundException.class, 404,
            ConflictException.class, 409,
            VersionMismatchException.class, 412,
            RuleViolationException.class, 422,
            IdempotencyKeyReusedException.class, 422,
            UnavailableException.class, 503);
    /** Long enough for a database restart or fail-over to finish, short enough for a script to wait. */
    private static final String RETRY_AFTER_SECONDS = "5";

    private Problems() {
    }

    public static void install(RoutesConfig routes) {
        routes.exception(DomainException.class, Problems::domain);
        routes.exception(InvalidRequestException.class, (e, ctx) -> invalid(ctx, e.fieldErrors(), e.formErrors()));
        routes.exception(DocumentTooLargeException.class,
                (e, ctx) -> respond(ctx, 413, codeOf(413), e.getMessage()));
        routes.exception(RequestTimeoutException.class, (e, ctx) -> respond(ctx, 408, codeOf(408), e.getMessage()));
        routes.exception(RateLimitedException.class, (e, ctx) -> {
            ctx.header(Header.RETRY_AFTER, Long.toString(e.retryAfterSeconds()));
            respond(ctx, 429, "RATE_LIMITED", e.getMessage());
        });
        routes.exception(OriginNotAllowedException.class, (e, ctx) -> respond(ctx, 403, "ORIGIN_NOT_ALLOWED", e.getMessage()));
        routes.exception(SignInNotConfiguredException.class,
                (e, ctx) -> respond(ctx, 503, SignInNotConfiguredException.CODE, e.getMessage()));
        routes.exception(JacksonException.class, Problems::unreadableBody);
        routes.exception(HttpResponseException.class, Problems::refusedByJavalin);
        routes.exception(Exception.class, Problems::unexpected);
    }

    private static void domain(DomainException e, Context ctx) {
        // A refusal the table does not know yet is still a refusal of the client's request, not a crash.
        int status = e instanceof SignInException signIn ? signIn.refused() ? 403 : 400
                : DOMAIN_STATUS.getOrDefault(e.getClass(), 422);
        if (e instanceof AuthenticationException) {
            ctx.header(Header.WWW_AUTHENTICATE, "Bearer");
        }
        if (e instanceof UnavailableException) {
            LOG.warn("Unavailable, request {}", RequestIds.of(ctx), e);
            ctx.header(Header.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        if (e instanceof RuleViolationException violation) {
            respond(ctx, status, e.code(), e.getMessage(), violation.fieldErrors(), violation.formErrors());
        } else {
            respond(ctx, status, e.code(), e.getMessage());
        }
    }

    private static void unreadableBody(JacksonException e, Context ctx) {
        if (e instanceof UnrecognizedPropertyException) {
            invalid(ctx, Map.of(pathOf(e), List.of("is not a known field")), List.of());
        } else if (e instanceof MismatchedInputException mismatch) {
            String path = pathOf(e);
            if (path.isEmpty()) {
                invalid(ctx, Map.of(), List.of("The body must be a JSON object"));
            } else {
                String problem = mismatch instanceof InvalidFormatException && mismatch.getTargetType() == String.class
                        ? Checks.UNSTORABLE_TEXT : expectation(mismatch.getTargetType());
                invalid(ctx, Map.of(path, List.of(problem)), List.of());
            }
        } else if (e instanceof DatabindException) {
            unexpected(e, ctx); // the body was fine; our mapping of it is not
        } else {
            respond(ctx, 400, "MALFORMED_REQUEST", "The body is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void refusedByJavalin(HttpResponseException e, Context ctx) {
        int status = e.getStatus();
        String allowed = e.getDetails().getOrDefault("availableMethods", "");
        if (status == 405) {
            ctx.header(Header.ALLOW, allowed); // Javalin sets it only when it renders the 405 itself
        }
        String detail = switch (status) {
            case 404 -> "There is nothing at " + ctx.path();
            case 405 -> ctx.method() + " is not allowed on " + ctx.path() + "; allowed: " + allowed;
            case 413 -> "The request body is larger than this API accepts";
            default -> e.getMessage();
        };
        respond(ctx, status, codeOf(status), detail);
    }

    /** The code of a refusal that only has a status: one that Javalin or Jetty raised. */
    static String codeOf(int status) {
        return switch (status) {
            case 400 -> "MALFORMED_REQUEST";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 408 -> "REQUEST_TIMEOUT";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            case 416 -> "RANGE_NOT_SATISFIABLE";
            case 429 -> "RATE_LIMITED";
            case 500 -> "INTERNAL_ERROR";
            case 503 -> "UNAVAILABLE";
            default -> HttpStatus.forStatus(status).name();
        };
    }

    private static void unexpected(Exception e, Context ctx) {
        String requestId = RequestIds.of(ctx);
        LOG.error("Request {} ({} {}) failed", requestId, ctx.method(), ctx.path(), e);
        respond(ctx, 500, "INTERNAL_ERROR", "Something went wrong on our side; quote request id " + requestId
                + " when you report it");
    }

    private static void invalid(Context ctx, Map<String, List<String>> fieldErrors, List<String> formErrors) {
        respond(ctx, 422, "VALIDATION_FAILED", "The request is not valid; see fieldErrors and formErrors",
                fieldErrors, formErrors);
    }

    private static void respond(Context ctx, int status, String code, String detail) {
        respond(ctx, status, code, detail, Map.of(), List.of());
    }

    private static void respond(Context ctx, int status, String code, String detail,
                                Map<String, List<String>> fieldErrors, List<String> formErrors) {
        ctx.status(status)
                .json(Problem.of(status, code, detail, RequestIds.of(ctx), fieldErrors, formErrors))
                .contentType(Problem.MEDIA_TYPE);
    }

    /** {@code emails[0].email}: the same notation as the Bean Validation and domain field errors. */
    private static String pathOf(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String expectation(Class<?> type) {
        if (type == String.class) {
            return "must be a string";
        } else if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        } else if (type == UUID.class) {
            return "must be a UUID";
        } else if (type == Instant.class) {
            return "must be an ISO-8601 timestamp";
        } else if (type != null && (Collection.class.isAssignableFrom(type) || type.isArray())) {
            return "must be an array";
        } else if (type != null && (Number.class.isAssignableFrom(type) || type.isPrimitive())) {
            return "must be a number";
        } else if (type != null && (type.isRecord() || Map.class.isAssignableFrom(type))) {
            return "must be an object";
        }
        return "has the wrong type";
    }
}
