package com.humanscrm.application.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.activity.CreateActivity;
import com.humanscrm.application.activity.DeleteActivity;
import com.humanscrm.application.contact.ContactInput;
import com.humanscrm.application.human.CreateHuman;
import com.humanscrm.application.human.DeleteHuman;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.Observed;
import com.humanscrm.application.testing.UseCaseTest;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.audit.AuditAction;
import com.humanscrm.domain.audit.AuditEntry;
import com.humanscrm.domain.contact.EmailAddress;
import com.humanscrm.domain.geo.ExpressionId;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.NotFoundException;
import com.humanscrm.domain.shared.RecordKind;
import com.humanscrm.domain.shared.VersionMismatchException;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeoUseCasesTest extends UseCaseTest {

    private final GeoUseCases geo = useCases.geo();
    private final HumanId ada = aHuman("ada");

    @Test
    void aNewPlaceIsCreatedAndAuditedAndTheSamePlaceWrittenOtherwiseIsFound() {
        Observed<FindOrCreateGeoInterest.Result> created = observe(() -> place("São Paulo", "Brasil"));
        Observed<FindOrCreateGeoInterest.Result> found = observe(() -> place(" SAO  PAULO ", "brasil"));

        assertThat(created.result().created()).isTrue();
        assertAudit(created.onlyAuditEntry(), AuditAction.CREATE, RecordKind.GEO_INTEREST,
                created.result().place().place().id().value(), agent);
        assertThat(found.result().created()).isFalse();
        assertThat(found.result().place().place().id()).isEqualTo(created.result().place().place().id());
        assertThat(found.auditEntries()).isEmpty();
        forbidden(() -> geo.findOrCreate().execute(viewer, new FindOrCreateGeoInterest.Command("Lisbon", "Portugal")));
        refusedOnFields(() -> geo.findOrCreate().execute(agent, new FindOrCreateGeoInterest.Command(" ", null)),
                "city", "country");
    }

    @Test
    void anExpressionByCityAndCountryFindsOrCreatesItsPlaceInTheSameTransaction() {
        GeoInterestId lisbon = place("Lisbon", "Portugal").place().place().id();

        Observed<ExpressionView> byName = observe(() -> geo.express().execute(agent,
                new CreateExpression.Command(null, "lisbon", "PORTUGAL", ada.value(), null, " August ")));
        Observed<ExpressionView> newPlace = observe(() -> geo.express().execute(agent,
                new CreateExpression.Command(null, "Porto", "Portugal", ada.value(), null, null)));

        assertThat(byName.result().place().id()).isEqualTo(lisbon);
        assertThat(byName.result().expression().notes()).contains("August");
        assertThat(byName.transactions()).isEqualTo(1);
        assertThat(byName.onlyAuditEntry().entityType()).isEqualTo(RecordKind.GEO_INTEREST_EXPRESSION);
        assertThat(newPlace.transactions()).isEqualTo(1);
        assertThat(newPlace.auditEntries()).extracting(AuditEntry::entityType)
                .containsExactly(RecordKind.GEO_INTEREST, RecordKind.GEO_INTEREST_EXPRESSION);
        GeoInterestQueries.Detail detail = geo.places().get(viewer, lisbon);
        assertThat(detail.place().humanCount()).isEqualTo(1);
        assertThat(detail.expressions()).extracting(view -> view.expression().id())
                .containsExactly(byName.result().expression().id());
    }

    @Test
    void everyBrokenRuleOfAnExpressionIsReportedAtOnceAndNothingIsCreated() {
        refusedOnFields(() -> geo.express().execute(agent, new CreateExpression.Command(Ids.newId(crm.clock), null, null,
                Ids.newId(crm.clock), Ids.newId(crm.clock), "n".repeat(2001))), "geoInterestId", "humanId", "activityId", "notes");
        refusedOnFields(() -> geo.express().execute(agent, new CreateExpression.Command(Ids.newId(crm.clock), "Lisbon",
                "Portugal", ada.value(), null, null)), "geoInterestId");
        refusedOnFields(() -> geo.express().execute(agent, new CreateExpression.Command(null, null, null, ada.value(), null,
                null)), "geoInterestId");
        refusedOnFields(() -> geo.express().execute(agent, new CreateExpression.Command(null, "Lisbon", "Portugal", null,
                null, null)), "humanId");
        assertThat(geo.places().list(viewer, new GeoInterestListQuery(null, PageRequest.first(10))).items()).isEmpty();
    }

    @Test
    void notesChangeFromTheExpressionsVersionAndAnExpressionIsDeletedOnce() {
        ExpressionView expressed = express("Lisbon", null);
        ExpressionId id = expressed.expression().id();

        refused(VersionMismatchException.class, "VERSION_MISMATCH",
                () -> geo.changeNotes().execute(agent, new ChangeExpressionNotes.Command(id, 2, "late")));
        ExpressionView changed = geo.changeNotes().execute(agent, new ChangeExpressionNotes.Command(id, 1, "Two dogs"));
        forbidden(() -> geo.changeNotes().execute(viewer, new ChangeExpressionNotes.Command(id, null, "x")));
        geo.deleteExpression().execute(agent, new DeleteExpression.Command(id, 2));

        assertThat(changed.expression().notes()).contains("Two dogs");
        assertThat(changed.place().city()).isEqualTo("Lisbon");
        refused(NotFoundException.class, "GEO_INTEREST_EXPRESSION_NOT_FOUND", () -> geo.expressions().get(viewer, id));
        refused(NotFoundException.class, "GEO_INTEREST_EXPRESSION_NOT_FOUND",
                () -> geo.deleteExpression().execute(agent, new DeleteExpression.Command(id, null)));
    }

    @Test
    void aPlaceWithExpressionsIsDeletedOnlyByForceWhichDeletesThemAuditedToo() {
        ExpressionView expressed = express("Lisbon", null);
        GeoInterestId lisbon = expressed.place().id();

        forbidden(() -> geo.delete().execute(manager, new DeleteGeoInterest.Command(lisbon, true)));
        refused(ConflictException.class, ConflictException.IN_USE,
                () -> geo.delete().execute(admin, new DeleteGeoInterest.Command(lisbon, false)));
        Observed<?> forced = observe(() -> geo.delete().execute(admin, new DeleteGeoInterest.Command(lisbon, true)));

        assertThat(forced.auditEntries()).extracting(AuditEntry::entityType, AuditEntry::action).containsExactly(
                org.assertj.core.api.Assertions.tuple(RecordKind.GEO_INTEREST_EXPRESSION, AuditAction.DELETE),
                org.assertj.core.api.Assertions.tuple(RecordKind.GEO_INTEREST, AuditAction.DELETE));
        refused(NotFoundException.class, "GEO_INTEREST_NOT_FOUND", () -> geo.places().get(viewer, lisbon));
        refused(NotFoundException.class, "GEO_INTEREST_NOT_FOUND",
                () -> geo.delete().execute(admin, new DeleteGeoInterest.Command(lisbon, false)));
    }

    @Test
    void deletingAHumanTakesItsExpressionsAndDeletingAnActivityKeepsThemWithoutIt() {
        ActivityId call = useCases.activities().create().execute(agent, new CreateActivity.Command("phone_call", null, null,
                null, ada.value(), null, null, null)).id();
        ExpressionView voiced = express("Lisbon", call);
        HumanId grace = aHuman("grace");
        ExpressionView ofGrace = geo.express().execute(agent, new CreateExpression.Command(voiced.place().id().value(), null,
                null, grace.value(), null, null));

        useCases.activities().delete().execute(agent, new DeleteActivity.Command(call, null));
        useCases.humans().delete().execute(admin, new DeleteHuman.Command(grace, null));

        assertThat(geo.expressions().get(viewer, voiced.expression().id()).expression().activityId()).isEmpty();
        refused(NotFoundException.class, "GEO_INTEREST_EXPRESSION_NOT_FOUND",
                () -> geo.expressions().get(viewer, ofGrace.expression().id()));
    }

    @Test
    void expressionsAreListedNewestFirstByHumanPlaceAndActivity() {
        ExpressionView lisbon = express("Lisbon", null);
        ExpressionView porto = express("Porto", null);

        assertThat(geo.expressions().list(viewer, new ExpressionListQuery(ada, null, null, PageRequest.first(10))).items())
                .extracting(view -> view.expression().id())
                .containsExactly(porto.expression().id(), lisbon.expression().id());
        assertThat(geo.expressions().list(viewer, new ExpressionListQuery(null, lisbon.place().id(), null,
                PageRequest.first(10))).items()).hasSize(1);
        assertThat(geo.places().list(viewer, new GeoInterestListQuery("PORTO", PageRequest.first(10))).items())
                .extracting(summary -> summary.place().city()).containsExactly("Porto");
    }

    /** Ada's interest in a city of Portugal, voiced in {@code activity} ({@code null}: in none). */
    private ExpressionView express(String city, ActivityId activity) {
        return geo.express().execute(agent, new CreateExpression.Command(null, city, "Portugal", ada.value(),
                activity == null ? null : activity.value(), null));
    }

    private FindOrCreateGeoInterest.Result place(String city, String country) {
        return geo.findOrCreate().execute(agent, new FindOrCreateGeoInterest.Command(city, country));
    }

    private HumanId aHuman(String name) {
        return useCases.humans().create().execute(agent, new CreateHuman.Command(name, null, "Traveller", null,
                List.of("client"), List.of(new ContactInput<>(() -> new EmailAddress(name + "@example.test"), null, false)),
                List.of())).id();
    }
}
