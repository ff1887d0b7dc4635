package com.humanscrm.adapters.persistence.account;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.adapters.persistence.StatementLog;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.domain.account.Account;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.Ids;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What only PostgreSQL shows of accounts: the statements a detail costs, and what other records' deletion does. */
class JooqAccountRepositoryTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private final MutableClock clock = MutableClock.startingAt("2025-03-01T09:00:00Z");
    private final Label director = database.persistence().lookups()
            .findByName(LookupList.ACCOUNT_HUMAN_ROLES, "Director").orElseThrow().asLabel();

    @Test
    void anAccountWithTypesContactsAndLinksIsReadInOneStatement() {
        Label type = database.persistence().lookups().findByName(LookupList.ACCOUNT_TYPES, "Pet Services").orElseThrow().asLabel();
        Account account = Account.create(new Account.NewAccount("Skyward", null, List.of(type),
                List.of(HumanDrafts.email("desk@skyward.test", null, true)),
                List.of(HumanDrafts.phone("+44 1", null, false, true))), clock)
                .link(Ids.newId(clock), human("ada@example.test").id(), director, clock);
        store(account);
        StatementLog statements = new StatementLog();
        JooqAccountRepository accounts = new JooqAccountRepository(statements.dsl(database.settings()));

        Account read = accounts.findById(account.id()).orElseThrow();

        assertThat(statements.count()).isEqualTo(1);
        assertThat(read.types()).containsExactly(type);
        assertThat(read.links()).hasSize(1);
    }

    @Test
    void deletingAHumanRemovesItsLinksToAccounts() {
        Human ada = human("ada.linked@example.test");
        Human grace = human("grace.linked@example.test");
        Account account = Account.create(new Account.NewAccount("Paws", null, List.of(), List.of(), List.of()), clock)
                .link(Ids.newId(clock), ada.id(), director, clock)
                .link(Ids.newId(clock), grace.id(), director, clock);
        store(account);

        database.persistence().unitOfWork().inTransaction(() -> {
            database.persistence().humans().remove(ada.id());
            return null;
        });

        assertThat(database.persistence().accounts().findById(account.id()).orElseThrow().links())
                .extracting(link -> link.humanId()).containsExactly(grace.id());
    }

    private Human human(String email) {
        Human human = Human.create(HumanDrafts.draft("Ada", null, "Lovelace", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(email, null, true)), List.of()), clock);
        database.persistence().unitOfWork().inTransaction(() -> {
            database.persistence().humans().add(human);
            return null;
        });
        return human;
    }

    /** Stored as one version: the account as made, all its children at once. */
    private void store(Account account) {
        database.persistence().unitOfWork().inTransaction(() -> {
            database.persistence().accounts().add(account);
            return null;
        });
    }
}
