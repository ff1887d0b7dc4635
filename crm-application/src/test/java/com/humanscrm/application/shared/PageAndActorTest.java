package com.humanscrm.application.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.colleague.Permission;
import com.humanscrm.domain.colleague.Role;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageAndActorTest {

    @Test
    void aPageHoldsOneToTwoHundredItems() {
        assertThat(PageRequest.first(1).limit()).isEqualTo(1);
        assertThat(PageRequest.first(PageRequest.MAX_LIMIT).withTotal()).isFalse();
        Refusals.fieldError("limit", () -> PageRequest.first(0));
        Refusals.fieldError("limit", () -> PageRequest.first(201));
    }

    @Test
    void mappingAPageKeepsItsCursorAndTotal() {
        Cursor cursor = new Cursor("createdAt", "k", UUID.randomUUID());

        Page<Integer> mapped = new Page<>(List.of("a", "bb"), cursor, 7L).map(String::length);

        assertThat(mapped).isEqualTo(new Page<>(List.of(1, 2), cursor, 7L));
    }

    @Test
    void anActorMayDoWhatItsRoleGrants() {
        Actor agent = new Actor(null, null, Role.AGENT, "r", "ip");

        assertThatCode(() -> agent.require(Permission.EDIT_RECORDS)).doesNotThrowAnyException();
        assertThat(Refusals.refusal(AccessDeniedException.class, "FORBIDDEN", () -> agent.require(Permission.DELETE_RECORDS))
                .getMessage()).contains("agent");
    }

    @Test
    void theOperatorIsAnAdminRecordedAsTheSystem() {
        Actor operator = Actor.operator();

        assertThat(operator.role()).isEqualTo(Role.ADMIN);
        assertThat(operator.colleagueId()).isNull();
        assertThat(operator.apiKeyId()).isNull();
    }
}
