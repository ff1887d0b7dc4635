package com.humanscrm.application.testing;

import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.PartyStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A valid {@link CreateHuman.Command} to vary: {@code aHuman().email("a@x.test", "Work").createdIn(crm)}.
 * Without an email it gets a unique one, as every human needs one.
 */
public final class NewHumanBuilder {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private String firstName = "Ada";
    private String middleName;
    private String lastName = "Lovelace";
    private PartyStatus status;
    private Set<HumanType> types = Set.of(HumanType.CLIENT);
    private final List<ContactInput<EmailAddress>> emails = new ArrayList<>();
    private final List<ContactInput<PhoneNumber>> phones = new ArrayList<>();

    public static NewHumanBuilder aHuman() {
        return new NewHumanBuilder();
    }

    public NewHumanBuilder named(String first, String middle, String last) {
        firstName = first;
        middleName = middle;
        lastName = last;
        return this;
    }

    public NewHumanBuilder status(PartyStatus value) {
        status = value;
        return this;
    }

    public NewHumanBuilder types(HumanType... value) {
        types = Set.of(value);
        return this;
    }

    /** An email with a label name from the human email labels (or {@code null}). */
    public NewHumanBuilder email(String address, String label) {
        emails.add(new ContactInput<>(() -> new EmailAddress(address), label, false));
        return this;
    }

    public NewHumanBuilder email(String address) {
        return email(address, null);
    }

    public NewHumanBuilder primaryEmail(String address) {
        emails.add(new ContactInput<>(() -> new EmailAddress(address), null, true));
        return this;
    }

    /** A phone with a label name from the human phone labels (or {@code null}). */
    public NewHumanBuilder phone(String number, String label, boolean hasWhatsapp) {
        phones.add(new ContactInput<>(() -> new PhoneNumber(number, hasWhatsapp), label, false));
        return this;
    }

    public NewHumanBuilder phone(String number) {
        return phone(number, null, false);
    }

    public CreateHuman.Command command() {
        String unique = "human" + SEQUENCE.incrementAndGet() + "@example.test";
        List<ContactInput<EmailAddress>> given = emails.isEmpty()
                ? List.of(new ContactInput<>(() -> new EmailAddress(unique), null, false))
                : emails;
        return new CreateHuman.Command(firstName, middleName, lastName, status == null ? null : status.wireName(),
                types.stream().map(HumanType::wireName).toList(), given, phones);
    }

    /** Created by the operator, so setting up a test needs no particular actor. */
    public Human createdIn(InMemoryCrm crm) {
        return crm.useCases.humans().create().execute(Actor.operator(), command());
    }
}
