package com.humanscrm.adapters.persistence.shared;

import com.humanscrm.domain.contact.ContactPoint;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The emails and phone numbers of any owner (humans, accounts) as a detail query's child rows give
 * them: each owner's tables have the same columns but their owner's, so one piece of code reads them all.
 */
public final class ContactRows {

    /** A child row of a detail query, of the kind its first column names. */
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";

    private ContactRows() {
    }

    /**
     * Reads the email or phone number of the current row, whose columns from {@code first} on are kind,
     * id, value, label id, label name, has-WhatsApp, primary, created and updated; answers whether it was one.
     */
    public static boolean read(ResultSet rows, int first, List<ContactPoint<EmailAddress>> emails,
                               List<ContactPoint<PhoneNumber>> phones) throws SQLException {
        String kind = rows.getString(first);
        if (EMAIL.equals(kind)) {
            emails.add(new ContactPoint<>(rows.getObject(first + 1, UUID.class), new EmailAddress(rows.getString(first + 2)),
                    label(rows, first + 3), rows.getBoolean(first + 6), instant(rows, first + 7), instant(rows, first + 8)));
            return true;
        }
        if (PHONE.equals(kind)) {
            phones.add(new ContactPoint<>(rows.getObject(first + 1, UUID.class),
                    new PhoneNumber(rows.getString(first + 2), rows.getBoolean(first + 5)), label(rows, first + 3),
                    rows.getBoolean(first + 6), instant(rows, first + 7), instant(rows, first + 8)));
            return true;
        }
        return false;
    }

    public static Instant instant(ResultSet rows, int column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    public static UUID labelId(Label label) {
        return label == null ? null : label.id().value();
    }

    /** The label whose id is in {@code column} and name in the next one; {@code null} for none. */
    public static Label label(ResultSet rows, int column) throws SQLException {
        UUID id = rows.getObject(column, UUID.class);
        return id == null ? null : new Label(new LookupItemId(id), rows.getString(column + 1));
    }
}
