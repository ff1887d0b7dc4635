package com.humanscrm.adapters.http.human;

import com.humanscrm.adapters.http.contact.NewContactRequest;
import com.humanscrm.adapters.http.contact.NewEmailRequest;
import com.humanscrm.adapters.http.contact.NewPhoneRequest;
import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.domain.contact.ContactField;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * {@code POST /api/humans}. Only the shape is checked here: every value rule (names, addresses, types,
 * labels) is the domain's, so all of them are reported together. The lists' lengths are checked first,
 * on their own ({@link Bodies.Counts}): a list of 20,000 entries is one error, and its entries are not
 * looked at.
 */
record CreateHumanRequest(
        String firstName,
        String middleName,
        String lastName,
        String status,
        List<@NotNull String> types,
        @Size(max = ContactField.MAX_EMAILS, message = "must hold at most {max} emails", groups = Bodies.Counts.class)
        List<@NotNull NewEmailRequest> emails,
        @Size(max = ContactField.MAX_PHONES, message = "must hold at most {max} phone numbers", groups = Bodies.Counts.class)
        List<@NotNull NewPhoneRequest> phones) {

    CreateHuman.Command toCommand() {
        return new CreateHuman.Command(firstName, middleName, lastName, status, types,
                emails == null ? List.of() : emails.stream().map(NewContactRequest::toInput).toList(),
                phones == null ? List.of() : phones.stream().map(NewContactRequest::toInput).toList());
    }
}
