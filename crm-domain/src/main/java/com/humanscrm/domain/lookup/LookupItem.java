package com.humanscrm.domain.lookup;

import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** One entry of a lookup list; its name is unique within the list, ignoring case. */
public record LookupItem(LookupItemId id, LookupList list, String name, int version, Instant createdAt, Instant updatedAt) {

    public LookupItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(list, "list");
        name = Checks.text(name, "name", 1, 100);
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static LookupItem create(LookupList list, String name, Clock clock) {
        Instant now = clock.instant();
        return new LookupItem(new LookupItemId(Ids.newId(clock)), list, name, 1, now, now);
    }

    public LookupItem rename(String newName, Clock clock) {
        return new LookupItem(id, list, newName, version + 1, createdAt, clock.instant());
    }

    public Label asLabel() {
        return new Label(id, name);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("list", list.slug());
        snapshot.put("name", name);
        return snapshot;
    }
}
