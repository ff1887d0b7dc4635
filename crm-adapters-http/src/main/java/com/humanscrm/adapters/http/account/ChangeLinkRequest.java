package com.humanscrm.adapters.http.account;

import java.util.UUID;

/** {@code PATCH /api/accounts/{id}/humans/{linkId}}: the link's new role. */
record ChangeLinkRequest(UUID roleId) {
}
