package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.shared.Cursor;
import com.humanscrm.application.shared.MalformedRequestException;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ColleagueRepository} must do; each test's colleagues have addresses with {@link #token}. */
public abstract class ColleagueRepositoryContract extends RepositoryContract {

    /** The repository under test. */
    protected abstract ColleagueRepository colleagues();

    @Test
    public void aStoredColleagueReadsBackWithEveryField() {
        Instant created = clock.instant();
        Colleague grace = new Colleague(new ColleagueId(Ids.newId(clock)), uniqueEmail("grace"), "Grace", "Brewster Murray",
                "Hopper", "Amazing Grace", "https://example.test/" + token + ".png", "google-" + token, Role.MANAGER, false,
                3, created, clock.instant());

        add(grace);

        assertThat(colleagues().findById(grace.id())).contains(grace);
        assertThat(colleagues().findById(new ColleagueId(Ids.newId(clock)))).isEmpty();
    }

    @Test
    public void aColleagueHeldForAChangeReadsBackAsStored() {
        Colleague grace = add(colleague("grace"));

        assertThat(inTransaction(() -> colleagues().findForChange(grace.id()))).contains(grace);
        assertThat(inTransaction(() -> colleagues().findForChange(new ColleagueId(Ids.newId(clock))))).isEmpty();
    }

    @Test
    public void anEmailFindsItsColleagueIgnoringCase() {
        Colleague grace = add(colleague("grace"));

        assertThat(colleagues().findByEmail(grace.email().toUpperCase(Locale.ROOT))).contains(grace);
        assertThat(colleagues().findByEmail(uniqueEmail("nobody"))).isEmpty();
    }

    @Test
    public void aGoogleIdFindsTheColleagueWhoSignedInWithIt() {
        Colleague grace = add(colleague("grace"));
        Colleague signedIn = update(grace.signedInWithGoogle("google-" + token, null, clock));

        assertThat(colleagues().findByGoogleId("google-" + token)).contains(signedIn);
        assertThat(colleagues().findByGoogleId("google-" + token.toUpperCase(Locale.ROOT))).as("ids are exact").isEmpty();
        assertThat(colleagues().findByGoogleId("google-nobody-" + token)).isEmpty();
    }

    @Test
    public void anEmailAnotherColleagueHasIsADuplicate() {
        Colleague grace = add(colleague("grace"));
        Colleague twin = Colleague.create(grace.email(), "Other", null, "Person", null, Role.VIEWER, clock);

        Refusals.refusal(ConflictException.class, ConflictException.DUPLICATE, () -> add(twin));
        assertThat(colleagues().findById(twin.id())).isEmpty();
    }

    @Test
    public void aChangeIsStored() {
        Colleague grace = add(colleague("grace"));
        Colleague changed = grace.change(new Colleague.Changes("Gracie", Optional.of("B."), null, "Admiral", Role.ADMIN, false), clock);

        update(changed);

        assertThat(colleagues().findById(grace.id())).contains(changed);
    }

    @Test
    public void aChangeFromAStaleVersionIsAConcurrentModification() {
        Colleague grace = add(colleague("grace"));
        Colleague first = update(grace.change(new Colleague.Changes(null, null, null, null, Role.ADMIN, null), clock));

        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> update(grace.change(new Colleague.Changes(null, null, null, null, null, false), clock)));
        assertThat(colleagues().findById(grace.id())).contains(first);
    }

    @Test
    public void theListIsInCreationOrderAcrossPagesAndFiltersByActiveFlag() {
        Colleague a = add(colleague("a"));
        Colleague b = add(colleague("b"));
        Colleague c = add(colleague("c"));
        Colleague d = add(colleague("d"));
        update(b.change(new Colleague.Changes(null, null, null, null, null, false), clock));
        Colleague inactiveB = colleagues().findById(b.id()).orElseThrow();

        assertThat(mine(Pages.all(2, page -> colleagues().list(null, page)))).containsExactly(a, inactiveB, c, d);
        assertThat(mine(Pages.all(2, page -> colleagues().list(true, page)))).containsExactly(a, c, d);
        assertThat(mine(Pages.all(2, page -> colleagues().list(false, page)))).containsExactly(inactiveB);
        assertThat(Pages.all(PageRequest.MAX_LIMIT, page -> colleagues().list(null, page))).doesNotHaveDuplicates();
    }

    @Test
    public void theTotalCountsMatchesOnlyWhenAskedFor() {
        add(colleague("a"));
        int inactive = Pages.all(PageRequest.MAX_LIMIT, page -> colleagues().list(false, page)).size();

        assertThat(colleagues().list(false, new PageRequest(1, null, true)).total()).isEqualTo((long) inactive);
        assertThat(colleagues().list(null, PageRequest.first(1)).total()).isNull();
    }

    @Test
    public void aCursorWithAnUnreadableKeyOrOfAnotherSortIsMalformed() {
        for (Cursor cursor : List.of(new Cursor("createdAt", "soon", Ids.newId(clock)),
                new Cursor("lastName", "Hopper", Ids.newId(clock)))) {
            Refusals.refusal(MalformedRequestException.class, "MALFORMED_REQUEST",
                    () -> colleagues().list(null, new PageRequest(10, cursor, false)));
        }
    }

    private List<Colleague> mine(List<Colleague> colleagues) {
        return colleagues.stream().filter(colleague -> colleague.email().contains(token)).toList();
    }

    private Colleague colleague(String name) {
        return Colleague.create(uniqueEmail(name), name, null, "Tester", null, Role.AGENT, clock);
    }

    private Colleague add(Colleague colleague) {
        inTransaction(() -> colleagues().add(colleague));
        return colleague;
    }

    private Colleague update(Colleague colleague) {
        inTransaction(() -> colleagues().update(colleague));
        return colleague;
    }
}
