package com.humanscrm.domain.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.account.AccountId;
import com.humanscrm.domain.colleague.ColleagueId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivityTest {

    private static final HumanId HUMAN = new HumanId(UUID.randomUUID());
    private static final AccountId ACCOUNT = new AccountId(UUID.randomUUID());
    private static final ColleagueId ALICE = new ColleagueId(UUID.randomUUID());
    private static final Instant WHEN = Instant.parse("2026-02-27T15:30:00Z");

    private static Activity.Fields call(HumanId human, AccountId account) {
        return new Activity.Fields(ActivityType.PHONE_CALL, null, " Asked about flights to Lisbon ", WHEN, human, account,
                null, null);
    }

    @Test
    void aNewActivityKeepsWhatItSaysTrimmedAndWhoLoggedIt() {
        Activity activity = Activity.create(call(HUMAN, null), ALICE, Clocks.t0());

        assertThat(activity.type()).isEqualTo(ActivityType.PHONE_CALL);
        assertThat(activity.notes()).contains("Asked about flights to Lisbon");
        assertThat(activity.subject()).isEmpty();
        assertThat(activity.humanId()).contains(HUMAN);
        assertThat(activity.accountId()).isEmpty();
        assertThat(activity.createdBy()).isEqualTo(ALICE);
        assertThat(activity.version()).isEqualTo(1);
        assertThat(activity.createdAt()).isEqualTo(Clocks.T0).isEqualTo(activity.updatedAt());
    }

    @Test
    void anActivityWithoutADateHappenedAsItWasLogged() {
        var undated = new Activity.Fields(ActivityType.PHONE_CALL, null, null, null, HUMAN, null, null, null);

        assertThat(Activity.create(undated, ALICE, Clocks.t0()).activityDate()).isEqualTo(Clocks.T0);
    }

    @Test
    void anActivityIsAboutAHumanAnAccountOrBoth() {
        assertThat(Activity.create(call(null, ACCOUNT), ALICE, Clocks.t0()).accountId()).contains(ACCOUNT);
        assertThat(Activity.create(call(HUMAN, ACCOUNT), ALICE, Clocks.t0()).humanId()).contains(HUMAN);
        assertThat(Refusals.fieldError(() -> Activity.create(call(null, null), ALICE, Clocks.t0()), "humanId"))
                .containsExactly("or accountId is required: an activity is about a human, an account or both");
    }

    @Test
    void anEmailNeedsASubjectOtherKindsMayHaveOne() {
        var email = new Activity.Fields(ActivityType.EMAIL, "  ", null, WHEN, HUMAN, null, "g-1", null);
        Refusals.fieldError(() -> Activity.create(email, ALICE, Clocks.t0()), "subject");

        var meeting = new Activity.Fields(ActivityType.ONLINE_MEETING, "Kick-off", null, WHEN, HUMAN, null, null, null);
        assertThat(Activity.create(meeting, ALICE, Clocks.t0()).subject()).contains("Kick-off");
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        var broken = new Activity.Fields(null, "s".repeat(Activity.MAX_SUBJECT + 1), "n".repeat(Activity.MAX_NOTES + 1),
                WHEN, null, null, "g".repeat(Activity.MAX_EXTERNAL_ID + 1), "f\u0000");

        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> Activity.create(broken, ALICE, Clocks.t0()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("type", "subject", "notes", "gmailId", "frontId", "humanId");
    }

    @Test
    void aDateNoTimestampCanHoldIsRefused() {
        var farOff = new Activity.Fields(ActivityType.PHONE_CALL, null, null, Instant.parse("+10000-01-01T00:00:00Z"),
                HUMAN, null, null, null);

        assertThat(Refusals.fieldError(() -> Activity.create(farOff, ALICE, Clocks.t0()), "activityDate"))
                .containsExactly("must be between years 1 and 9999");
    }

    @Test
    void theLongestTextsAllowedAreKept() {
        var longest = new Activity.Fields(ActivityType.EMAIL, "s".repeat(Activity.MAX_SUBJECT),
                "n".repeat(Activity.MAX_NOTES), WHEN, HUMAN, null, "g".repeat(Activity.MAX_EXTERNAL_ID), null);

        assertThat(Activity.create(longest, ALICE, Clocks.t0()).notes().orElseThrow()).hasSize(Activity.MAX_NOTES);
    }

    @Test
    void aChangeReplacesTheFieldsButNeverTheCreator() {
        Activity logged = Activity.create(call(HUMAN, null), ALICE, Clocks.t0());

        Activity changed = logged.change(new Activity.Fields(ActivityType.EMAIL, "Quote", null, WHEN, null, ACCOUNT,
                "g-2", "f-2"), Clocks.after(Duration.ofMinutes(5)));

        assertThat(changed.id()).isEqualTo(logged.id());
        assertThat(changed.createdBy()).isEqualTo(ALICE);
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.createdAt()).isEqualTo(Clocks.T0);
        assertThat(changed.updatedAt()).isEqualTo(Clocks.T0.plus(Duration.ofMinutes(5)));
        assertThat(changed.fields()).isEqualTo(new Activity.Fields(ActivityType.EMAIL, "Quote", null, WHEN, null, ACCOUNT,
                "g-2", "f-2"));
        assertThat(changed.auditSnapshot()).containsEntry("createdBy", ALICE.toString()).containsEntry("humanId", null)
                .containsEntry("accountId", ACCOUNT.toString()).containsEntry("subject", "Quote");
    }

    @Test
    void aChangeStillKeepsTheRules() {
        Activity logged = Activity.create(call(HUMAN, ACCOUNT), ALICE, Clocks.t0());

        Refusals.fieldError(() -> logged.change(call(null, null), Clocks.t0()), "humanId");
        Refusals.fieldError(() -> logged.change(new Activity.Fields(ActivityType.PHONE_CALL, null, null, null, HUMAN, null,
                null, null), Clocks.t0()), "activityDate");
    }

    @ParameterizedTest
    @EnumSource(ActivityType.class)
    void everyTypeReadsBackFromItsWireName(ActivityType type) {
        assertThat(ActivityType.fromWireName(type.wireName(), "type")).isEqualTo(type);
    }

    @Test
    void theTypesHaveTheDocumentedNames() {
        assertThat(ActivityType.values()).extracting(ActivityType::wireName)
                .containsExactly("email", "whatsapp_message", "online_meeting", "phone_call");
        assertThat(Refusals.fieldError(() -> ActivityType.fromWireName("fax", "type"), "type"))
                .containsExactly("must be one of email, whatsapp_message, online_meeting, phone_call");
    }
}
