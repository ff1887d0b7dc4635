package com.humanscrm.application.testing;

import com.humanscrm.domain.contact.ContactChange;
import com.humanscrm.domain.contact.ContactField;
import com.humanscrm.domain.contact.ContactPoints;
import com.humanscrm.domain.contact.ContactValue;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.contact.NewContactPoint;
import com.humanscrm.domain.contact.PhoneNumber;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.PartyStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Domain-level humans for repository contracts: drafts in typed values, and contact changes in one call. */
public final class HumanDrafts {

    private HumanDrafts() {
    }

    public static Human.NewHuman draft(String first, String middle, String last, PartyStatus status, Set<HumanType> types,
                                       List<NewContactPoint<EmailAddress>> emails, List<NewContactPoint<PhoneNumber>> phones) {
        return new Human.NewHuman(first, middle, last, status == null ? null : status.wireName(),
                types.stream().map(HumanType::wireName).toList(), emails, phones);
    }

    public static NewContactPoint<EmailAddress> email(String address, Label label, boolean primary) {
        return new NewContactPoint<>(() -> new EmailAddress(address), label, primary);
    }

    public static NewContactPoint<PhoneNumber> phone(String number, Label label, boolean hasWhatsapp, boolean primary) {
        return new NewContactPoint<>(() -> new PhoneNumber(number, hasWhatsapp), label, primary);
    }

    /** {@code null} leaves a field as it is (for {@code middle}: an empty Optional clears it), as {@link Human.HumanChanges}. */
    public static Human.HumanChanges changes(String first, Optional<String> middle, String last, PartyStatus status,
                                             Set<HumanType> types) {
        return new Human.HumanChanges(first == null ? null : Optional.of(first), middle, last == null ? null : Optional.of(last),
                status == null ? null : Optional.of(status.wireName()),
                types == null ? null : Optional.of(types.stream().map(HumanType::wireName).toList()));
    }

    public static Human addEmail(Human human, NewContactPoint<EmailAddress> email, Clock clock) {
        return edit(human, ContactField.EMAILS, points -> points.add(Ids.newId(clock), email, clock), clock);
    }

    public static Human addPhone(Human human, NewContactPoint<PhoneNumber> phone, Clock clock) {
        return edit(human, ContactField.PHONES, points -> points.add(Ids.newId(clock), phone, clock), clock);
    }

    /** {@code address} {@code null} keeps it; {@code label} and {@code primary} as {@link ContactChange}. */
    public static Human changeEmail(Human human, UUID id, String address, Optional<Label> label, Boolean primary, Clock clock) {
        ContactChange<EmailAddress> change = new ContactChange<>(
                current -> address == null ? current : new EmailAddress(address), label, primary);
        return edit(human, ContactField.EMAILS, points -> points.change(id, change, clock), clock);
    }

    public static Human changePhone(Human human, UUID id, String number, Optional<Label> label, Boolean hasWhatsapp,
                                    Boolean primary, Clock clock) {
        ContactChange<PhoneNumber> change = new ContactChange<>(current -> new PhoneNumber(
                number == null ? current.number() : number, hasWhatsapp == null ? current.hasWhatsapp() : hasWhatsapp),
                label, primary);
        return edit(human, ContactField.PHONES, points -> points.change(id, change, clock), clock);
    }

    public static Human removeEmail(Human human, UUID id, Clock clock) {
        return edit(human, ContactField.EMAILS, points -> points.remove(id, clock), clock);
    }

    public static Human removePhone(Human human, UUID id, Clock clock) {
        return edit(human, ContactField.PHONES, points -> points.remove(id, clock), clock);
    }

    private static <V extends ContactValue> Human edit(Human human, ContactField<V> field,
                                                       UnaryOperator<ContactPoints<V>> change, Clock clock) {
        return human.withContacts(human.contacts().with(change.apply(human.contacts().of(field))), clock);
    }
}
