package com.humanscrm.adapters.persistence.colleague;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.humanscrm.adapters.persistence.FreshDatabase;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.MutableClock;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class JooqColleagueRepositoryTest {

    @RegisterExtension
    static final FreshDatabase database = new FreshDatabase();

    private final MutableClock clock = MutableClock.startingAt("2025-01-15T12:00:00Z");
    private ColleagueRepository colleagues;

    @BeforeEach
    void setUp() {
        colleagues = database.persistence().colleagues();
    }

    @Test
    void aStoredColleagueComesBackWithEveryField() {
        Colleague created = Colleague.create("grace@crm.example", "Grace", "Brewster Murray", "Hopper", "Amazing Grace",
                Role.MANAGER, clock);
        Colleague signedIn = new Colleague(created.id(), created.email(), created.firstName(), created.middleNames(),
                created.lastName(), created.displayName(), "https://avatars.example/grace.png", "google-grace",
                created.role(), true, 1, created.createdAt(), created.updatedAt());

        colleagues.add(signedIn);

        assertThat(colleagues.findById(signedIn.id())).contains(signedIn);
    }

    @Test
    void findsAColleagueByEmailIgnoringCase() {
        Colleague colleague = stored("alan@crm.example");

        assertThat(colleagues.findByEmail("Alan@CRM.example")).contains(colleague);
        assertThat(colleagues.findByEmail("nobody@crm.example")).isEmpty();
    }

    @Test
    void anEmailAnotherColleagueHasInAnyCaseIsADuplicate() {
        stored("katherine@crm.example");

        Colleague sameEmail = colleague("KATHERINE@crm.example");

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> colleagues.add(sameEmail));
    }

    @Test
    void aGoogleAccountAnotherColleagueSignsInWithIsADuplicate() {
        colleagues.add(withGoogleId(colleague("one@crm.example"), "google-shared"));

        assertThatThrownBy(() -> colleagues.add(withGoogleId(colleague("two@crm.example"), "google-shared")))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("Google account");
    }

    @Test
    void aChangeIsStoredIncludingAClearedFieldAndAStaleOneRefused() {
        Colleague before = colleagues.findById(stored("edsger@crm.example").id()).orElseThrow();
        Colleague after = before.change(new Colleague.Changes(null, Optional.empty(), null, null, Role.ADMIN, false), clock);

        colleagues.update(after);

        assertThat(colleagues.findById(before.id())).contains(after);
        assertThat(after.middleNames()).isNull();
        Colleague stale = before.change(new Colleague.Changes("E.", null, null, null, null, null), clock);
        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION, () -> colleagues.update(stale));
    }

    @Test
    void listsInCreationOrderFilteredByActivityWithATotal() {
        List<Colleague> active = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            active.add(stored("active" + i + "@list.example"));
            Colleague inactive = stored("inactive" + i + "@list.example");
            colleagues.update(inactive.change(new Colleague.Changes(null, null, null, null, null, false), clock));
        }

        List<Colleague> listed = new ArrayList<>();
        PageRequest request = new PageRequest(2, null, true);
        Page<Colleague> page;
        do {
            page = colleagues.list(true, request);
            listed.addAll(page.items());
            request = new PageRequest(2, page.nextCursor(), true);
        } while (page.nextCursor() != null);

        assertThat(listed).filteredOn(c -> c.email().endsWith("@list.example")).containsExactlyElementsOf(active);
        assertThat(listed).allMatch(Colleague::active);
        assertThat(page.total()).isEqualTo(listed.size());
        assertThat(colleagues.list(false, PageRequest.first(50)).items())
                .noneMatch(Colleague::active).hasSizeGreaterThanOrEqualTo(5);
    }

    private Colleague stored(String email) {
        Colleague colleague = colleague(email);
        colleagues.add(colleague);
        return colleague;
    }

    private Colleague colleague(String email) {
        return Colleague.create(email, "First", "Middle", "Last", null, Role.AGENT, clock);
    }

    private static Colleague withGoogleId(Colleague c, String googleId) {
        return new Colleague(c.id(), c.email(), c.firstName(), c.middleNames(), c.lastName(), c.displayName(), c.avatarUrl(),
                googleId, c.role(), c.active(), c.version(), c.createdAt(), c.updatedAt());
    }
}
