package com.humanscrm.application.detail;

import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.human.HumanId;
import java.util.Optional;

/**
 * The detail views of humans and accounts: each record with what other records say of it, read in one
 * round trip however many links and activities there are.
 */
public interface DetailReads {

    /** How many of the newest activities a detail shows; the activities list pages through the rest. */
    int RECENT_ACTIVITIES = 20;

    /** How many of a human's newest expressions of interest its detail shows; their list pages through all. */
    int RECENT_INTERESTS = 50;

    /** How many of a human's pets its detail shows, by name; the pets list pages through all. */
    int PETS_SHOWN = 50;

    /** The human, its pets, its links to accounts (by account name, then role), its newest activities and interests. */
    Optional<HumanDetail> human(HumanId id);

    /** The account, who its linked humans are, and the newest activities of the account and of those humans, each once. */
    Optional<AccountDetail> account(AccountId id);

    /** A human linked to an account, as the account's detail names them: names, primary email and phone. */
    record LinkedPerson(HumanId id, String firstName, String middleName, String lastName, String primaryEmail,
                        String primaryPhone) {
    }
}
