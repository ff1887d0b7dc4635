package com.humanscrm.adapters.http.shared;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The body of every error response: RFC 9457 problem details with this API's extension members.
 * {@code type} and {@code title} depend only on {@code code}, so clients can branch on either.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String code, String requestId,
                      Map<String, List<String>> fieldErrors, List<String> formErrors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_BASE = "https://humans-crm.dev/problems/";

    static Problem of(int status, String code, String detail, String requestId,
                      Map<String, List<String>> fieldErrors, List<String> formErrors) {
        String words = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return new Problem(TYPE_BASE + words.replace(' ', '-'),
                Character.toUpperCase(words.charAt(0)) + words.substring(1),
                status, detail, code, requestId, fieldErrors, formErrors);
    }
}
