package com.humanscrm.domain.shared;

import java.util.Map;

/**
 * A record changed and versioned as a whole (a human, an account): each change makes it one version
 * later, and the audit log keeps it in full before and after.
 */
public interface Aggregate {

    int version();

    /** The whole record as the audit log shows it. */
    Map<String, Object> auditSnapshot();
}
