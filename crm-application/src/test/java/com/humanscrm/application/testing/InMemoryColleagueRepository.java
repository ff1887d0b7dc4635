package com.humanscrm.application.testing;

import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.shared.ConflictException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryColleagueRepository implements ColleagueRepository {

    private final Map<ColleagueId, Colleague> colleagues = new ConcurrentHashMap<>();

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<Colleague> findForChange(ColleagueId id) {
        return findById(id);
    }

    @Override
    public Optional<Colleague> findById(ColleagueId id) {
        return Optional.ofNullable(colleagues.get(id));
    }

    @Override
    public Optional<Colleague> findByEmail(String email) {
        return colleagues.values().stream().filter(colleague -> colleague.email().equalsIgnoreCase(email)).findFirst();
    }

    @Override
    public Optional<Colleague> findByGoogleId(String googleId) {
        return colleagues.values().stream().filter(colleague -> googleId.equals(colleague.googleId())).findFirst();
    }

    @Override
    public void add(Colleague colleague) {
        if (findByEmail(colleague.email()).isPresent()) {
            throw ConflictException.duplicate("A colleague with the email " + colleague.email() + " exists already");
        }
        colleagues.put(colleague.id(), colleague);
    }

    @Override
    public void update(Colleague colleague) {
        Colleague stored = colleagues.get(colleague.id());
        if (stored == null || stored.version() != colleague.version() - 1) {
            throw ConflictException.concurrentModification(RecordKind.COLLEAGUE, colleague.id());
        }
        colleagues.put(colleague.id(), colleague);
    }

    @Override
    public Page<Colleague> list(Boolean active, PageRequest page) {
        return InMemoryPages.page(
                colleagues.values().stream().filter(colleague -> active == null || colleague.active() == active).toList(),
                new InMemoryPages.Order<>("createdAt", false, Colleague::createdAt, Instant::toString, Instant::parse,
                        colleague -> colleague.id().value()), page);
    }
}
