package com.humanscrm.adapters.http.human;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.humanscrm.adapters.http.activity.ActivitySummaryResponse;
import com.humanscrm.adapters.http.contact.EmailResponse;
import com.humanscrm.adapters.http.contact.PhoneResponse;
import com.humanscrm.adapters.http.shared.LookupItemRef;
import com.humanscrm.adapters.http.shared.Versioned;
import com.humanscrm.application.account.AccountOfHuman;
import com.humanscrm.application.detail.HumanDetail;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A human in full. Its detail ({@code GET /api/humans/{id}}) adds what other records say of it: its pets,
 * the accounts, the newest activities and the places it is interested in; writes answer without them.
 */
record HumanResponse(UUID id, String firstName, String middleName, String lastName, String status, List<String> types,
                     List<EmailResponse> emails, List<PhoneResponse> phones, int version, Instant createdAt,
                     Instant updatedAt, @JsonInclude(JsonInclude.Include.NON_NULL) List<OwnPet> pets,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<LinkedAccount> accounts,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<ActivitySummaryResponse> recentActivities,
                     @JsonInclude(JsonInclude.Include.NON_NULL) List<Interest> geoInterests)
        implements Versioned {

    static HumanResponse from(Human human) {
        return of(human, null, null, null, null);
    }

    static HumanResponse from(HumanDetail detail) {
        return of(detail.human(), detail.pets().stream().map(OwnPet::from).toList(),
                detail.accounts().stream().map(LinkedAccount::from).toList(),
                ActivitySummaryResponse.of(detail.recentActivities()),
                detail.geoInterests().stream().map(Interest::from).toList());
    }

    private static HumanResponse of(Human human, List<OwnPet> pets, List<LinkedAccount> accounts,
                                    List<ActivitySummaryResponse> activities, List<Interest> interests) {
        return new HumanResponse(human.id().value(), human.firstName(), human.middleName(), human.lastName(),
                human.status().wireName(), wireNames(human.types()),
                human.emails().stream().map(EmailResponse::from).toList(),
                human.phones().stream().map(PhoneResponse::from).toList(),
                human.version(), human.createdAt(), human.updatedAt(), pets, accounts, activities, interests);
    }

    static List<String> wireNames(Set<HumanType> types) {
        return types.stream().map(HumanType::wireName).toList();
    }

    /** One of the human's pets; the pet in full is at {@code /api/pets/{id}}. */
    record OwnPet(UUID id, String name, String breed, boolean isActive) {

        static OwnPet from(HumanDetail.PetOfHuman pet) {
            return new OwnPet(pet.id().value(), pet.name(), pet.breed() == null ? null : pet.breed().displayName(),
                    pet.active());
        }
    }

    /** One expression of the human's interest in a place; the expression is at {@code /api/geo-interest-expressions/{id}}. */
    record Interest(UUID id, UUID geoInterestId, String city, String country, UUID activityId, String notes,
                    Instant createdAt) {

        static Interest from(HumanDetail.Interest interest) {
            return new Interest(interest.id().value(), interest.geoInterestId().value(), interest.city(), interest.country(),
                    interest.activityId() == null ? null : interest.activityId().value(), interest.notes(),
                    interest.createdAt());
        }
    }

    /** One link of the human to an account; {@code linkId} is the link's id under {@code /api/accounts/{accountId}/humans}. */
    record LinkedAccount(UUID linkId, UUID accountId, String accountName, LookupItemRef role) {

        static LinkedAccount from(AccountOfHuman link) {
            return new LinkedAccount(link.linkId(), link.accountId().value(), link.accountName(), LookupItemRef.of(link.role()));
        }
    }
}
