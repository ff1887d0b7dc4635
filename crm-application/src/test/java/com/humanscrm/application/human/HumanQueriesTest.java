package com.humanscrm.application.human;

import static com.humanscrm.application.testing.NewHumanBuilder.aHuman;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.lookup.RenameLookupItem;
import com.humanscrm.application.shared.Actor;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.shared.Sort;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.lookup.Label;
import com.humanscrm.domain.lookup.LookupList;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.PartyStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Reads are open to every role; the list's filters and paging are pinned in HumanRepositoryContract. */
class HumanQueriesTest extends UseCaseTest {

    private final Human ada = aHuman().named("Ada", null, "Lovelace").status(PartyStatus.ACTIVE).createdIn(crm);
    private final Human grace = aHuman().named("Grace", null, "Hopper").createdIn(crm);

    @Test
    void everyRoleReadsAHuman() {
        for (Actor anyone : new Actor[] {viewer, agent, manager, admin}) {
            assertThat(useCases.details().human(anyone, ada.id()).human().id()).isEqualTo(ada.id());
        }
    }

    @Test
    void anUnknownHumanIsNotFound() {
        refused(NotFoundException.class, "HUMAN_NOT_FOUND", () -> useCases.details().human(viewer, new HumanId(UUID.randomUUID())).human());
    }

    @Test
    void aViewerListsHumansNewestFirstByDefault() {
        Page<HumanSummary> page = useCases.humans().queries().list(viewer, new HumanListQuery(null, null, null, null, PageRequest.first(10)));

        assertThat(page.items()).extracting(HumanSummary::id).containsExactly(grace.id(), ada.id());
    }

    @Test
    void theListPassesItsFiltersAndSortToTheRepository() {
        Sort<HumanSortField> byLastName = Sort.parse("lastName", HumanSortField.class, HumanListQuery.DEFAULT_SORT);

        assertThat(useCases.humans().queries().list(viewer, new HumanListQuery(PartyStatus.ACTIVE, null, null, byLastName,
                PageRequest.first(10))).items()).extracting(HumanSummary::id).containsExactly(ada.id());
        assertThat(useCases.humans().queries().list(viewer, new HumanListQuery(null, null, "  HOP ", byLastName,
                PageRequest.first(10))).items()).extracting(HumanSummary::id).containsExactly(grace.id());
    }

    @Test
    void aRenamedLabelShowsItsNewNameOnTheHumansThatUseIt() {
        Human labelled = aHuman().email("x@example.test", "Work").createdIn(crm);
        Label work = labelled.emails().getFirst().label();

        useCases.lookups().rename().execute(admin, new RenameLookupItem.Command(LookupList.HUMAN_EMAIL_LABELS, work.id(), null, "Office"));

        assertThat(useCases.details().human(viewer, labelled.id()).human().emails().getFirst().label().name()).isEqualTo("Office");
    }
}
