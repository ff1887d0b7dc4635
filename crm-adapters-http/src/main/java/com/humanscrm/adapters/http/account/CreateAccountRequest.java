package com.humanscrm.adapters.http.account;

import com.humanscrm.adapters.http.contact.NewContactRequest;
import com.humanscrm.adapters.http.contact.NewEmailRequest;
import com.humanscrm.adapters.http.contact.NewPhoneRequest;
import com.humanscrm.adapters.http.shared.Bodies;
import com.humanscrm.application.account.CreateAccount;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.contact.ContactField;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/accounts}. Only the shape is checked here: every value rule is the domain's, so all
 * of them are reported together; the lists' lengths first, on their own ({@link Bodies.Counts}).
 */
record CreateAccountRequest(
        String name,
        String status,
        @Size(max = Account.MAX_TYPES, message = "must hold at most {max} types", groups = Bodies.Counts.class)
        List<@NotNull UUID> typeIds,
        @Size(max = ContactField.MAX_EMAILS, message = "must hold at most {max} emails", groups = Bodies.Counts.class)
        List<@NotNull NewEmailRequest> emails,
        @Size(max = ContactField.MAX_PHONES, message = "must hold at most {max} phone numbers", groups = Bodies.Counts.class)
        List<@NotNull NewPhoneRequest> phones) {

    CreateAccount.Command toCommand() {
        return new CreateAccount.Command(name, status, typeIds,
                emails == null ? List.of() : emails.stream().map(NewContactRequest::toInput).toList(),
                phones == null ? List.of() : phones.stream().map(NewContactRequest::toInput).toList());
    }
}
