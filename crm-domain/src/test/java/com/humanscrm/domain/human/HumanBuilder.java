package com.humanscrm.domain.human;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A valid human to start from, so each test names only the part it is about:
 * {@code aHuman().emails(email("a@x.test"), primaryEmail("b@x.test")).create()}. Status and types go into
 * the draft as wire names, as a client sends them: {@link #status(PartyStatus)} and {@link #types(HumanType...)}
 * convert, {@link #statusName(String)} and {@link #typeNames(List)} pass anything on as it is.
 */
final class HumanBuilder {

    static final Label WORK = label("Work");
    static final Label PERSONAL = label("Personal");
    static final Label MOBILE = label("Mobile");

    private String firstName = "Ada";
    private String middleName;
    private String lastName = "Lovelace";
    private String status;
    private List<String> types = List.of(HumanType.CLIENT.wireName());
    private List<NewContactPoint<EmailAddress>> emails = new ArrayList<>(List.of(email("ada@example.test")));
    private List<NewContactPoint<PhoneNumber>> phones = new ArrayList<>();

    static HumanBuilder aHuman() {
        return new HumanBuilder();
    }

    static NewContactPoint<EmailAddress> email(String address) {
        return email(address, null);
    }

    static NewContactPoint<EmailAddress> email(String address, Label label) {
        return new NewContactPoint<>(() -> new EmailAddress(address), label, false);
    }

    static NewContactPoint<EmailAddress> primaryEmail(String address) {
        return new NewContactPoint<>(() -> new EmailAddress(address), null, true);
    }

    static NewContactPoint<PhoneNumber> phone(String number) {
        return new NewContactPoint<>(() -> new PhoneNumber(number, false), null, false);
    }

    static NewContactPoint<PhoneNumber> primaryPhone(String number) {
        return new NewContactPoint<>(() -> new PhoneNumber(number, false), null, true);
    }

    static NewContactPoint<PhoneNumber> whatsappPhone(String number, Label label) {
        return new NewContactPoint<>(() -> new PhoneNumber(number, true), label, false);
    }

    HumanBuilder names(String first, String middle, String last) {
        this.firstName = first;
        this.middleName = middle;
        this.lastName = last;
        return this;
    }

    HumanBuilder status(PartyStatus value) {
        return statusName(value.wireName());
    }

    /** The status as sent; {@code null} leaves it to the domain (open). */
    HumanBuilder statusName(String value) {
        this.status = value;
        return this;
    }

    HumanBuilder types(HumanType... value) {
        return typeNames(Arrays.stream(value).map(HumanType::wireName).toList());
    }

    /** The types as sent, unknown names and {@code null} included. */
    HumanBuilder typeNames(List<String> value) {
        this.types = value;
        return this;
    }

    HumanBuilder typeNames(String... value) {
        return typeNames(Arrays.asList(value));
    }

    @SafeVarargs
    final HumanBuilder emails(NewContactPoint<EmailAddress>... value) {
        this.emails = new ArrayList<>(Arrays.asList(value));
        return this;
    }

    HumanBuilder emails(List<NewContactPoint<EmailAddress>> value) {
        this.emails = value;
        return this;
    }

    @SafeVarargs
    final HumanBuilder phones(NewContactPoint<PhoneNumber>... value) {
        this.phones = new ArrayList<>(Arrays.asList(value));
        return this;
    }

    HumanBuilder phones(List<NewContactPoint<PhoneNumber>> value) {
        this.phones = value;
        return this;
    }

    Human.NewHuman draft() {
        return new Human.NewHuman(firstName, middleName, lastName, status, types, emails, phones);
    }

    /** Created at {@link Clocks#T0}. */
    Human create() {
        return create(Clocks.t0());
    }

    Human create(Clock clock) {
        return Human.create(draft(), clock);
    }

    private static Label label(String name) {
        return new Label(new LookupItemId(Ids.newId(Clocks.t0())), name);
    }
}
