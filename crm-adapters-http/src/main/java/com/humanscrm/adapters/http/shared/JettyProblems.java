package com.humanscrm.adapters.http.shared;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Requests Jetty refuses before Javalin sees them (a malformed URI, headers over Jetty's limit) are
 * answered as problem+json too, instead of Jetty's HTML page.
 */
public final class JettyProblems extends ErrorHandler {

    private final SecurityHeaders securityHeaders;

    public JettyProblems(SecurityHeaders securityHeaders) {
        this.securityHeaders = securityHeaders;
    }

    /** Jetty's default gives PATCH, DELETE, PUT and OPTIONS refusals an empty body; every method gets the problem. */
    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause,
                                    Callback callback) {
        String requestId = UUID.randomUUID().toString();
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
        response.getHeaders().put(RequestIds.HEADER, requestId);
        securityHeaders.apply(response.getHeaders()::put, request.isSecure());
        response.write(true, body(status, message, requestId), callback);
    }

    /** Errors in the request line or headers, answered before there is a request at all. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        String requestId = UUID.randomUUID().toString();
        fields.put(new HttpField(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE));
        fields.put(RequestIds.HEADER, requestId);
        securityHeaders.apply(fields::put, securityHeaders.https());
        return body(status, reason, requestId);
    }

    private static ByteBuffer body(int status, String message, String requestId) {
        Problem problem = Problem.of(status, Problems.codeOf(status), message, requestId, Map.of(), List.of());
        return ByteBuffer.wrap(Json.MAPPER.writeValueAsBytes(problem));
    }
}
