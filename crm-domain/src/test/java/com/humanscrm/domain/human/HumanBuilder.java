package com.humanscrm.domain.human;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupItemId;
import com.humanscrm.domain.shared.Ids;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * A valid human to start from, so each test names only the part it is about:
 * {@code aHuman().emails(email("a@x.test"), primaryEmail("b@x.test")).create()}.
 */
final class HumanBuilder {

    static final Label WORK = label("Work");
    static final Label PERSONAL = label("Personal");
    static final Label MOBILE = label("Mobile");

    private String firstName = "Ada";
    private String middleName;
    private String lastName = "Lovelace";
    private HumanStatus status;
    private Set<HumanType> types = Set.of(HumanType.CLIENT);
    private List<Human.NewEmail> emails = new ArrayList<>(List.of(email("ada@example.test")));
    private List<Human.NewPhone> phones = new ArrayList<>();

    static HumanBuilder aHuman() {
        return new HumanBuilder();
    }

    static Human.NewEmail email(String address) {
        return new Human.NewEmail(address, null, false);
    }

    static Human.NewEmail email(String address, Label label) {
        return new Human.NewEmail(address, label, false);
    }

    static Human.NewEmail primaryEmail(String address) {
        return new Human.NewEmail(address, null, true);
    }

    static Human.NewPhone phone(String number) {
        return new Human.NewPhone(number, null, false, false);
    }

    static Human.NewPhone primaryPhone(String number) {
        return new Human.NewPhone(number, null, false, true);
    }

    static Human.NewPhone whatsappPhone(String number, Label label) {
        return new Human.NewPhone(number, label, true, false);
    }

    HumanBuilder names(String first, String middle, String last) {
        this.firstName = first;
        this.middleName = middle;
        this.lastName = last;
        return this;
    }

    HumanBuilder status(HumanStatus value) {
        this.status = value;
        return this;
    }

    HumanBuilder types(Set<HumanType> value) {
        this.types = value;
        return this;
    }

    HumanBuilder emails(Human.NewEmail... value) {
        this.emails = new ArrayList<>(Arrays.asList(value));
        return this;
    }

    HumanBuilder emails(List<Human.NewEmail> value) {
        this.emails = value;
        return this;
    }

    HumanBuilder phones(Human.NewPhone... value) {
        this.phones = new ArrayList<>(Arrays.asList(value));
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
