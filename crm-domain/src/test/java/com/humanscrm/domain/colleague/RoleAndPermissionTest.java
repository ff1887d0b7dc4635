package com.humanscrm.domain.colleague;

import static com.humanscrm.domain.colleague.Role.ADMIN;
import static com.humanscrm.domain.colleague.Role.AGENT;
import static com.humanscrm.domain.colleague.Role.MANAGER;
import static com.humanscrm.domain.colleague.Role.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Refusals;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RoleAndPermissionTest {

    /** DOMAIN.md's permission table, copied as written: a change to either must be a change to both. */
    private static final Map<Permission, Set<Role>> DOMAIN_TABLE = Map.of(
            Permission.VIEW_RECORDS, EnumSet.of(VIEWER, AGENT, MANAGER, ADMIN),
            Permission.EDIT_RECORDS, EnumSet.of(AGENT, MANAGER, ADMIN),
            Permission.MANAGE_LEADS, EnumSet.of(MANAGER, ADMIN),
            Permission.DELETE_RECORDS, EnumSet.of(ADMIN),
            Permission.ADMINISTER, EnumSet.of(ADMIN));

    @ParameterizedTest
    @EnumSource(Permission.class)
    void eachPermissionIsGrantedToExactlyTheRolesInTheDomainTable(Permission permission) {
        assertThat(DOMAIN_TABLE).containsKey(permission);
        assertThat(EnumSet.allOf(Role.class)).filteredOn(permission::grantedTo)
                .containsExactlyInAnyOrderElementsOf(DOMAIN_TABLE.get(permission));
    }

    @Test
    void rolesAreOrderedWeakestFirst() {
        assertThat(Role.values()).containsExactly(VIEWER, AGENT, MANAGER, ADMIN);
        assertThat(MANAGER.atLeast(AGENT)).isTrue();
        assertThat(MANAGER.atLeast(MANAGER)).isTrue();
        assertThat(AGENT.atLeast(MANAGER)).isFalse();
    }

    @Test
    void aRoleCappedByAWeakerCeilingBecomesTheCeiling() {
        assertThat(ADMIN.capTo(AGENT)).isEqualTo(AGENT);
        assertThat(VIEWER.capTo(ADMIN)).isEqualTo(VIEWER);
        assertThat(MANAGER.capTo(MANAGER)).isEqualTo(MANAGER);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleReadsBackFromItsWireName(Role role) {
        assertThat(role.wireName()).isEqualTo(role.name().toLowerCase(java.util.Locale.ROOT));
        assertThat(Role.fromWireName(role.wireName(), "role")).isEqualTo(role);
    }

    @Test
    void anUnknownRoleIsAFieldError() {
        Refusals.fieldError(() -> Role.fromWireName("superuser", "role"), "role");
    }
}
