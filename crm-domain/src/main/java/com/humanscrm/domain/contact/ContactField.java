package com.humanscrm.domain.contact;

import com.humanscrm.domain.shared.RecordKind;

/**
 * One list of contact points an owner holds, {@code emails} or {@code phones}: the name its errors are
 * reported under, the field of its value, the kind of record an entry is and how many it may hold.
 */
public final class ContactField<V extends ContactValue> {

    /** The most emails, and phone numbers, one owner holds: more than anyone has, and a bound on what a request costs. */
    public static final int MAX_EMAILS = 50;
    public static final int MAX_PHONES = 50;

    public static final ContactField<EmailAddress> EMAILS =
            new ContactField<>("emails", "email", RecordKind.EMAIL, MAX_EMAILS);
    public static final ContactField<PhoneNumber> PHONES =
            new ContactField<>("phones", "number", RecordKind.PHONE_NUMBER, MAX_PHONES);

    private final String name;
    private final String valueField;
    private final RecordKind kind;
    private final int max;

    private ContactField(String name, String valueField, RecordKind kind, int max) {
        this.name = name;
        this.valueField = valueField;
        this.kind = kind;
        this.max = max;
    }

    public String name() {
        return name;
    }

    /** The field of an entry that holds its value ({@code email}, {@code number}). */
    public String valueField() {
        return valueField;
    }

    public RecordKind kind() {
        return kind;
    }

    public int max() {
        return max;
    }

    /** "50 phone numbers". */
    String count(int n) {
        return n + " " + kind.words() + "s";
    }
}
