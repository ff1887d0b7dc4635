package com.humanscrm.domain.audit;

import java.util.Locale;

public enum AuditAction {
    CREATE, UPDATE, DELETE, LINK, UNLINK, UNDO;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
