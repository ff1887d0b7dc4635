package com.humanscrm.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.Collectors;

/**
 * Every kind of record the CRM holds, named one way everywhere: the wire name that the API, the audit log
 * and stored rows use ({@code api_key}), the words a message uses ({@code api key}), and the stem of its
 * error codes ({@code API_KEY_NOT_FOUND}). A new kind of record starts here.
 */
public enum RecordKind {
    HUMAN("human", true),
    EMAIL("email", false),
    PHONE_NUMBER("phone number", false),
    ACCOUNT("account", true),
    ACCOUNT_LINK("account link", false),
    PET("pet", true),
    FLIGHT("flight", false),
    BOOKING("booking", true),
    LEAD("lead", true),
    ACTIVITY("activity", true),
    GEO_INTEREST("geo interest", false),
    GEO_INTEREST_EXPRESSION("geo interest expression", false),
    DOCUMENT("document", false),
    LOOKUP_LIST("lookup list", false),
    LOOKUP_ITEM("lookup item", false),
    COLLEAGUE("colleague", false),
    API_KEY("api key", false),
    SESSION("session", false);

    private final String words;
    private final boolean holdsDocuments;

    RecordKind(String words, boolean holdsDocuments) {
        this.words = words;
        this.holdsDocuments = holdsDocuments;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How a sentence names one: "No api key with id …". */
    public String words() {
        return words;
    }

    /** Whether documents may be attached to records of this kind (DOMAIN.md). */
    public boolean holdsDocuments() {
        return holdsDocuments;
    }

    /** The kind with this wire name; anything else is refused on {@code field}. */
    public static RecordKind fromWireName(String value, String field) {
        return Arrays.stream(values()).filter(kind -> kind.wireName().equals(value)).findFirst()
                .orElseThrow(() -> refusal(field, Arrays.stream(values())));
    }

    /** A kind documents may be attached to; any other is refused on {@code field}. */
    public static RecordKind holdingDocuments(String value, String field) {
        return Arrays.stream(values()).filter(kind -> kind.holdsDocuments && kind.wireName().equals(value)).findFirst()
                .orElseThrow(() -> refusal(field, Arrays.stream(values()).filter(RecordKind::holdsDocuments)));
    }

    private static RuleViolationException refusal(String field, Stream<RecordKind> allowed) {
        return RuleViolationException.field(field, "must be one of "
                + allowed.map(RecordKind::wireName).collect(Collectors.joining(", ")));
    }
}
