package com.humanscrm.application.colleague;

import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import java.util.Optional;

public interface ColleagueRepository {

    Optional<Colleague> findById(ColleagueId id);

    /**
     * The colleague, held for a change until the transaction ends: concurrent changes and deletes of it wait,
     * then see what this one did (so of two deletes the second finds nothing, and a stale version is
     * refused rather than overwritten). Every use case that changes or deletes it loads it this way.
     */
    Optional<Colleague> findForChange(ColleagueId id);

    /** Emails compare without regard to case. */
    Optional<Colleague> findByEmail(String email);

    /** The colleague whose Google account (the ID token's {@code sub}) this is, once they have signed in with it. */
    Optional<Colleague> findByGoogleId(String googleId);

    /** Refuses an email another colleague has with a {@code DUPLICATE} conflict. */
    void add(Colleague colleague);

    /** Refuses a stale version with a {@code CONCURRENT_MODIFICATION} conflict. */
    void update(Colleague colleague);

    /** In creation order; {@code active} filters when given. */
    Page<Colleague> list(Boolean active, PageRequest page);
}
