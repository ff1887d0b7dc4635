package com.humanscrm.domain.colleague;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColleagueTest {

    private static final Clock LATER = Clocks.after(Duration.ofDays(1));

    private final Colleague grace = create(" Grace@Example.TEST ", null);

    @Test
    void aNewColleagueIsActiveAtVersionOneWithTheEmailInLowerCase() {
        assertThat(grace.email()).isEqualTo("grace@example.test");
        assertThat(grace.active()).isTrue();
        assertThat(grace.version()).isEqualTo(1);
        assertThat(grace.createdAt()).isEqualTo(Clocks.T0);
        assertThat(grace.googleId()).as("set at the first sign-in, not before").isNull();
    }

    @Test
    void theDisplayNameDefaultsToFirstAndLastName() {
        assertThat(grace.displayName()).isEqualTo("Grace Hopper");
        assertThat(create("g@example.test", "  Amazing Grace ").displayName()).isEqualTo("Amazing Grace");
        assertThat(create("g@example.test", "   ").displayName()).as("blank is no choice").isEqualTo("Grace Hopper");
    }

    @Test
    void invalidValuesAreFieldErrors() {
        Refusals.fieldError(() -> create("grace", null), "email");
        Refusals.fieldError(() -> Colleague.create("g@example.test", " ", null, "Hopper", null, Role.AGENT, Clocks.t0()), "firstName");
        Refusals.fieldError(() -> Colleague.create("g@example.test", "Grace", null, "Hopper", null, null, Clocks.t0()), "role");
    }

    @Test
    void aChangeAppliesOnlyTheGivenFieldsOneVersionLater() {
        Colleague changed = grace.change(new Colleague.Changes(null, Optional.of("Brewster"), null, null, Role.ADMIN, false), LATER);

        assertThat(changed.middleNames()).isEqualTo("Brewster");
        assertThat(changed.role()).isEqualTo(Role.ADMIN);
        assertThat(changed.active()).isFalse();
        assertThat(changed.firstName()).isEqualTo("Grace");
        assertThat(changed.email()).isEqualTo(grace.email());
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.updatedAt()).isEqualTo(LATER.instant());
        assertThat(changed.createdAt()).isEqualTo(grace.createdAt());
    }

    @Test
    void anEmptyMiddleNamesClearsThem() {
        Colleague withMiddle = grace.change(new Colleague.Changes(null, Optional.of("Brewster"), null, null, null, null), LATER);

        assertThat(withMiddle.change(new Colleague.Changes(null, Optional.empty(), null, null, null, null), LATER).middleNames())
                .isNull();
    }

    @Test
    void theAuditSnapshotUsesWireNames() {
        assertThat(grace.auditSnapshot())
                .containsEntry("email", "grace@example.test")
                .containsEntry("role", "agent")
                .containsEntry("isActive", true)
                .containsKeys("firstName", "middleNames", "lastName", "displayName", "avatarUrl", "googleId");
    }

    @Test
    void aDisplayNameMadeFromTheNamesFollowsThemButAChosenOneStays() {
        Colleague derived = create("g@example.test", null);
        Colleague chosen = create("h@example.test", "Amazing Grace");
        Colleague.Changes marriage = new Colleague.Changes(null, null, "Murray", null, null, null);

        assertThat(derived.change(marriage, Clocks.t0()).displayName()).isEqualTo("Grace Murray");
        assertThat(chosen.change(marriage, Clocks.t0()).displayName()).isEqualTo("Amazing Grace");
    }

    @Test
    void aNewFirstNameIsFollowedByADerivedDisplayName() {
        Colleague renamed = grace.change(new Colleague.Changes("Amazing", null, null, null, null, null), LATER);

        assertThat(renamed.firstName()).isEqualTo("Amazing");
        assertThat(renamed.displayName()).isEqualTo("Amazing Hopper");
    }

    @Test
    void aDisplayNameChosenInAChangeReplacesTheDerivedOneAndStaysThroughLaterRenames() {
        Colleague chosen = grace.change(new Colleague.Changes(null, null, null, "Admiral Hopper", null, null), LATER);

        assertThat(chosen.displayName()).isEqualTo("Admiral Hopper");
        assertThat(chosen.change(new Colleague.Changes("Amazing", null, null, null, null, null), LATER).displayName())
                .isEqualTo("Admiral Hopper");
    }

    @Test
    void theFirstSignInWithGoogleRecordsTheGoogleIdAndPictureOneVersionLater() {
        Colleague signedIn = grace.signedInWithGoogle("1234567890", "https://lh3.example.test/grace.png", LATER);

        assertThat(signedIn.googleId()).isEqualTo("1234567890");
        assertThat(signedIn.avatarUrl()).isEqualTo("https://lh3.example.test/grace.png");
        assertThat(signedIn.version()).isEqualTo(grace.version() + 1);
        assertThat(signedIn.updatedAt()).isEqualTo(LATER.instant());
        assertThat(signedIn).usingRecursiveComparison()
                .ignoringFields("googleId", "avatarUrl", "version", "updatedAt").isEqualTo(grace);
    }

    @Test
    void signingInWithGoogleKeepsAnAvatarTheColleagueHasAndToleratesNoPicture() {
        Colleague withAvatar = grace.signedInWithGoogle("1", "https://lh3.example.test/first.png", LATER);

        assertThat(withAvatar.signedInWithGoogle("1", "https://lh3.example.test/second.png", LATER).avatarUrl())
                .isEqualTo("https://lh3.example.test/first.png");
        assertThat(grace.signedInWithGoogle("1", null, LATER).avatarUrl()).isNull();
    }

    @Test
    void aGoogleIdMustBeGiven() {
        Refusals.fieldError(() -> grace.signedInWithGoogle(" ", null, LATER), "googleId");
        Refusals.fieldError(() -> grace.signedInWithGoogle(null, null, LATER), "googleId");
    }

    private static Colleague create(String email, String displayName) {
        return Colleague.create(email, "Grace", null, "Hopper", displayName, Role.AGENT, Clocks.t0());
    }
}
