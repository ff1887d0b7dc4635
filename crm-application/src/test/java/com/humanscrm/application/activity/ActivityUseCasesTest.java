package com.humanscrm.application.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.account.CreateAccount;
import com.humanscrm.application.account.DeleteAccount;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.FieldChange;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.RuleViolationException;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActivityUseCasesTest extends UseCaseTest {

    private static final Instant MONDAY = Instant.parse("2026-02-02T09:00:00Z");
    private final ActivityUseCases activities = useCases.activities();
    private final HumanId ada = aHuman();
    private final AccountId skyward = anAccount();

    // ---- create -------------------------------------------------------------------------------

    @Test
    void anAgentLogsAnActivityAsTheirOwnInOneAuditedTransaction() {
        Observed<Activity> logged = observe(() -> activities.create().execute(agent, new CreateActivity.Command("email",
                " Quote for Lisbon ", "Two dogs, one cat", MONDAY, ada.value(), skyward.value(), "gmail-1", null)));

        Activity activity = logged.result();
        assertThat(activity.type()).isEqualTo(ActivityType.EMAIL);
        assertThat(activity.subject()).contains("Quote for Lisbon");
        assertThat(activity.createdBy()).isEqualTo(agent.colleagueId());
        assertThat(activity.humanId()).contains(ada);
        assertThat(activity.accountId()).contains(skyward);
        assertThat(activities.queries().get(viewer, activity.id())).usingRecursiveComparison().isEqualTo(activity);
        assertThat(logged.transactions()).isEqualTo(1);
        assertAudit(logged.onlyAuditEntry(), AuditAction.CREATE, RecordKind.ACTIVITY, activity.id().value(), agent);
    }

    @Test
    void anActivityWithoutADateHappenedNow() {
        Activity activity = log("phone_call", null, ada, null);

        assertThat(activity.activityDate()).isEqualTo(activity.createdAt());
    }

    @Test
    void everyBrokenRuleIsReportedAtOnceUnknownRecordsIncluded() {
        var problems = refusedOnFields(() -> activities.create().execute(agent, new CreateActivity.Command("fax",
                "s".repeat(Activity.MAX_SUBJECT + 1), null, MONDAY, Ids.newId(crm.clock), Ids.newId(crm.clock), null, null)),
                "type", "subject", "humanId", "accountId");

        assertThat(problems.get("humanId")).containsExactly("no human with this id");
        assertThat(problems.get("accountId")).containsExactly("no account with this id");
        refusedOnFields(() -> activities.create().execute(agent, new CreateActivity.Command("email", null, null, MONDAY,
                null, null, null, null)), "subject", "humanId");
        assertThat(crm.activities.list(everything()).items()).isEmpty();
    }

    @Test
    void aGmailOrFrontIdBelongsToOneActivity() {
        activities.create().execute(agent, new CreateActivity.Command("email", "Hi", null, MONDAY, ada.value(), null,
                "gmail-1", "front-1"));

        refused(ConflictException.class, ConflictException.DUPLICATE, () -> activities.create().execute(agent,
                new CreateActivity.Command("email", "Hi again", null, MONDAY, ada.value(), null, "gmail-1", null)));
        refused(ConflictException.class, ConflictException.DUPLICATE, () -> activities.create().execute(agent,
                new CreateActivity.Command("email", "Hi again", null, MONDAY, ada.value(), null, null, "front-1")));
    }

    @Test
    void aViewerReadsButNeitherLogsChangesNorDeletes() {
        Activity activity = log("phone_call", MONDAY, ada, null);

        forbidden(() -> activities.create().execute(viewer, new CreateActivity.Command("phone_call", null, null, null,
                ada.value(), null, null, null)));
        forbidden(() -> activities.change().execute(viewer, renote(activity.id(), null, "x")));
        forbidden(() -> activities.delete().execute(viewer, new DeleteActivity.Command(activity.id(), null)));
        assertThat(activities.queries().get(viewer, activity.id())).isNotNull();
    }

    // ---- change and delete ----------------------------------------------------------------------

    @Test
    void anotherAgentChangesAnActivityAndItsCreatorStays() {
        Activity activity = log("phone_call", MONDAY, ada, null);
        var other = crm.actor(com.humanscrm.domain.colleague.Role.AGENT);
        crm.clock.advance(Duration.ofMinutes(5));

        Observed<Activity> changed = observe(() -> activities.change().execute(other, new ChangeActivity.Command(
                activity.id(), 1, Optional.of("online_meeting"), Optional.of("Kick-off"), Optional.empty(), null,
                Optional.empty(), Optional.of(skyward.value()), null, null)));

        assertThat(changed.result().type()).isEqualTo(ActivityType.ONLINE_MEETING);
        assertThat(changed.result().humanId()).isEmpty();
        assertThat(changed.result().accountId()).contains(skyward);
        assertThat(changed.result().activityDate()).isEqualTo(MONDAY);
        assertThat(changed.result().createdBy()).isEqualTo(agent.colleagueId());
        assertThat(changed.result().version()).isEqualTo(2);
        var entry = changed.onlyAuditEntry();
        assertAudit(entry, AuditAction.UPDATE, RecordKind.ACTIVITY, activity.id().value(), other);
        assertThat(entry.changes()).containsOnlyKeys("type", "subject", "humanId", "accountId")
                .containsEntry("humanId", new FieldChange(ada.toString(), null));
    }

    @Test
    void aChangeThatLeavesNeitherHumanNorAccountOrPointsNowhereIsRefused() {
        Activity activity = log("phone_call", MONDAY, ada, null);

        refusedOnFields(() -> activities.change().execute(agent, new ChangeActivity.Command(activity.id(), null, null,
                null, null, null, Optional.empty(), null, null, null)), "humanId");
        refusedOnFields(() -> activities.change().execute(agent, new ChangeActivity.Command(activity.id(), null,
                Optional.empty(), null, null, Optional.empty(), null, Optional.of(Ids.newId(crm.clock)), null, null)),
                "type", "activityDate", "accountId");
        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> activities.change().execute(agent, renote(activity.id(), 2, "late")));
        refused(NotFoundException.class, "ACTIVITY_NOT_FOUND", () -> activities.change().execute(agent,
                renote(new ActivityId(Ids.newId(crm.clock)), null, "x")));
    }

    @Test
    void anAgentDeletesAnActivityAndTheAuditEntryKeepsIt() {
        Activity activity = log("phone_call", MONDAY, ada, null);

        var deleted = observe(() -> activities.delete().execute(agent, new DeleteActivity.Command(activity.id(), 1)));

        assertAudit(deleted.onlyAuditEntry(), AuditAction.DELETE, RecordKind.ACTIVITY, activity.id().value(), agent);
        refused(NotFoundException.class, "ACTIVITY_NOT_FOUND", () -> activities.queries().get(viewer, activity.id()));
    }

    // ---- what deleting a human or an account does to activities ---------------------------------

    @Test
    void aHumanOrAnAccountActivitiesAreAboutIsNotDeletedUntilTheyAreGone() {
        Activity aboutAda = log("phone_call", MONDAY, ada, null);
        Activity aboutSkyward = log("phone_call", MONDAY, null, skyward);

        refused(ConflictException.class, ConflictException.IN_USE,
                () -> useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada, null)));
        refused(ConflictException.class, ConflictException.IN_USE,
                () -> useCases.accounts().delete().execute(admin, new DeleteAccount.Command(skyward, null)));

        activities.delete().execute(agent, new DeleteActivity.Command(aboutAda.id(), null));
        activities.delete().execute(agent, new DeleteActivity.Command(aboutSkyward.id(), null));
        useCases.humans().delete().execute(admin, new DeleteHuman.Command(ada, null));
        useCases.accounts().delete().execute(admin, new DeleteAccount.Command(skyward, null));
    }

    // ---- list ---------------------------------------------------------------------------------

    @Test
    void theListIsNewestFirstFilteredAndPaged() {
        Activity old = log("phone_call", MONDAY, ada, null);
        Activity newer = log("email", MONDAY.plus(Duration.ofDays(1)), ada, skyward);
        Activity newest = log("phone_call", MONDAY.plus(Duration.ofDays(2)), null, skyward);

        Page<Activity> first = activities.queries().list(viewer, new ActivityListQuery(null, null, null, null, null, null,
                new PageRequest(2, null, true)));
        assertThat(first.items()).containsExactly(newest, newer);
        assertThat(first.total()).isEqualTo(3);
        assertThat(activities.queries().list(viewer, new ActivityListQuery(null, null, null, null, null, null,
                new PageRequest(2, first.nextCursor(), false))).items()).containsExactly(old);
        assertThat(list(new ActivityListQuery(ada, null, null, null, null, null, PageRequest.first(10))))
                .containsExactly(newer, old);
        assertThat(list(new ActivityListQuery(null, skyward, ActivityType.PHONE_CALL, agent.colleagueId(), null, null,
                PageRequest.first(10)))).containsExactly(newest);
        assertThat(list(new ActivityListQuery(null, null, null, null, MONDAY.plus(Duration.ofDays(1)),
                MONDAY.plus(Duration.ofDays(1)), PageRequest.first(10)))).containsExactly(newer);
        assertThat(list(new ActivityListQuery(null, null, null, admin.colleagueId(), null, null, PageRequest.first(10))))
                .isEmpty();
    }

    @Test
    void aReversedDateRangeIsRefusedOnItsStart() {
        RuleViolationException refusal = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolationException.class,
                () -> new ActivityListQuery(null, null, null, null, MONDAY, MONDAY.minusSeconds(1), PageRequest.first(10)));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("dateFrom");
    }

    private List<Activity> list(ActivityListQuery query) {
        return activities.queries().list(viewer, query).items();
    }

    private static ActivityListQuery everything() {
        return new ActivityListQuery(null, null, null, null, null, null, PageRequest.first(10));
    }

    private Activity log(String type, Instant when, HumanId human, AccountId account) {
        return activities.create().execute(agent, new CreateActivity.Command(type, "About " + type, null, when,
                human == null ? null : human.value(), account == null ? null : account.value(), null, null));
    }

    private static ChangeActivity.Command renote(ActivityId id, Integer version, String notes) {
        return new ChangeActivity.Command(id, version, null, null, Optional.of(notes), null, null, null, null, null);
    }

    private HumanId aHuman() {
        return useCases.humans().create().execute(agent, new CreateHuman.Command("Ada", null, "Lovelace", null,
                List.of("client"), List.of(new ContactInput<>(() -> new EmailAddress("ada@example.test"), null, false)),
                List.of())).id();
    }

    private AccountId anAccount() {
        return useCases.accounts().create().execute(agent, new CreateAccount.Command("Skyward", null, null, null, null)).id();
    }
}
