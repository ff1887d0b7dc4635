package com.humanscrm.domain.colleague;

/** The permissions of DOMAIN.md, each granted to a role and every stronger one. */
public enum Permission {
    VIEW_RECORDS(Role.VIEWER),
    EDIT_RECORDS(Role.AGENT),
    MANAGE_LEADS(Role.MANAGER),
    DELETE_RECORDS(Role.ADMIN),
    ADMINISTER(Role.ADMIN);

    private final Role weakestRole;

    Permission(Role weakestRole) {
        this.weakestRole = weakestRole;
    }

    public boolean grantedTo(Role role) {
        return role.atLeast(weakestRole);
    }
}
