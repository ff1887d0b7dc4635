package com.humanscrm.application.testing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.humanscrm.application.activity.ActivityRepository;
import com.humanscrm.application.colleague.ColleagueRepository;
import com.humanscrm.application.geo.ExpressionListQuery;
import com.humanscrm.application.geo.ExpressionRepository;
import com.humanscrm.application.geo.ExpressionView;
import com.humanscrm.application.geo.GeoInterestListQuery;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.geo.GeoInterestSummary;
import com.humanscrm.application.human.HumanRepository;
import com.humanscrm.application.shared.Page;
import com.humanscrm.application.shared.PageRequest;
import com.humanscrm.application.testing.HumanDrafts;
import com.humanscrm.application.testing.Refusals;
import com.humanscrm.domain.activity.Activity;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.activity.ActivityType;
import com.humanscrm.domain.colleague.Colleague;
import com.humanscrm.domain.colleague.Role;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.human.Human;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.human.HumanType;
import com.humanscrm.domain.shared.ConflictException;
import com.humanscrm.domain.shared.Ids;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * What every store of places and expressions must do: the in-memory fakes and the jOOQ adapter both run
 * these. Each test's places are named with {@link #token}, so its searches find only them.
 */
public abstract class GeoRepositoryContract extends RepositoryContract {

    protected abstract GeoInterestRepository places();

    protected abstract ExpressionRepository expressions();

    protected abstract HumanRepository humans();

    protected abstract ActivityRepository activities();

    protected abstract ColleagueRepository colleagues();

    @Test
    public void aPlaceIsFoundByItsNamesInAnyCaseAndWithOrWithoutAccents() {
        GeoInterest first = add("São Paulo " + token, "Brasil");

        GeoInterestRepository.Found again = inTransaction(() -> places().findOrAdd(
                GeoInterest.create("  SAO   paulo " + token.toUpperCase(java.util.Locale.ROOT), "brasil", clock)));

        assertThat(again.created()).isFalse();
        assertThat(again.place().id()).isEqualTo(first.id());
        assertThat(again.place().city()).isEqualTo("São Paulo " + token);
        assertThat(places().findById(first.id()).orElseThrow().country()).isEqualTo("Brasil");
        assertThat(inTransaction(() -> places().hold(first.id()))).map(GeoInterest::id).contains(first.id());
        assertThat(places().findById(new GeoInterestId(Ids.newId(clock)))).isEmpty();
        assertThat(inTransaction(() -> places().hold(new GeoInterestId(Ids.newId(clock))))).isEmpty();
    }

    @Test
    public void aListFindsPlacesByThePrefixOfTheirCityOrCountryAndCountsTheirHumansAndExpressions() {
        GeoInterest lisbon = add(token + " Lisbon", "Portugal");
        GeoInterest porto = add(token + " Porto", "Portugal");
        add("Elsewhere", token + " Ísland");
        HumanId ada = aHuman();
        HumanId grace = aHuman();
        express(lisbon, ada, null);
        express(lisbon, ada, null);
        express(lisbon, grace, null);

        Page<GeoInterestSummary> byCity = places().list(new GeoInterestListQuery(token + " l", PageRequest.first(10)));
        Page<GeoInterestSummary> byCountry = places().list(new GeoInterestListQuery(token + " isl", PageRequest.first(10)));
        Page<GeoInterestSummary> all = places().list(new GeoInterestListQuery(token, new PageRequest(1, null, true)));

        assertThat(byCity.items()).extracting(summary -> summary.place().id()).containsExactly(lisbon.id());
        assertThat(byCity.items().getFirst().humanCount()).isEqualTo(2);
        assertThat(byCity.items().getFirst().expressionCount()).isEqualTo(3);
        assertThat(byCountry.items()).extracting(summary -> summary.place().country()).containsExactly(token + " Ísland");
        assertThat(all.total()).isEqualTo(3);
        List<GeoInterestId> paged = new ArrayList<>();
        Page<GeoInterestSummary> page = all;
        paged.add(page.items().getFirst().place().id());
        while (page.nextCursor() != null) {
            page = places().list(new GeoInterestListQuery(token, new PageRequest(1, page.nextCursor(), false)));
            paged.addAll(page.items().stream().map(summary -> summary.place().id()).toList());
        }
        assertThat(paged).hasSize(3).contains(lisbon.id(), porto.id());
        assertThat(places().summary(porto.id()).orElseThrow().expressionCount()).isZero();
    }

    @Test
    public void aPlaceWithExpressionsIsNotRemovedUntilTheyAre() {
        GeoInterest lisbon = add(token + " Lisbon", "Portugal");
        Expression expressed = express(lisbon, aHuman(), null);

        Refusals.refusal(ConflictException.class, ConflictException.IN_USE,
                () -> inTransaction(() -> places().remove(lisbon.id())));
        List<Expression> removed = inTransaction(() -> expressions().removeAllOf(lisbon.id()));
        inTransaction(() -> places().remove(lisbon.id()));

        assertThat(removed).extracting(Expression::id).containsExactly(expressed.id());
        assertThat(places().findById(lisbon.id())).isEmpty();
        assertThat(expressions().findById(expressed.id())).isEmpty();
    }

    @Test
    public void anExpressionReadsBackWithItsPlaceChangesAndIsListedNewestFirstByEachFilter() {
        GeoInterest lisbon = add(token + " Lisbon", "Portugal");
        GeoInterest porto = add(token + " Porto", "Portugal");
        HumanId ada = aHuman();
        ActivityId call = anActivity(ada);
        Expression first = express(lisbon, ada, call);
        Expression second = express(porto, ada, null);
        Expression changed = first.withNotes("Two dogs", clock);
        inTransaction(() -> expressions().update(changed));

        ExpressionView read = expressions().findById(first.id()).orElseThrow();
        assertThat(read.place().id()).isEqualTo(lisbon.id());
        assertThat(read.expression()).usingRecursiveComparison().isEqualTo(changed);
        assertThat(ids(new ExpressionListQuery(ada, null, null, PageRequest.first(10))))
                .containsExactly(second.id().value(), first.id().value());
        assertThat(ids(new ExpressionListQuery(null, porto.id(), null, PageRequest.first(10))))
                .containsExactly(second.id().value());
        assertThat(ids(new ExpressionListQuery(null, null, call, PageRequest.first(10)))).containsExactly(first.id().value());
        Refusals.refusal(ConflictException.class, ConflictException.CONCURRENT_MODIFICATION,
                () -> inTransaction(() -> expressions().update(first.withNotes("stale", clock))));
    }

    @Test
    public void deletingAHumanTakesItsExpressionsAndDeletingAnActivityLeavesThemWithoutIt() {
        GeoInterest lisbon = add(token + " Lisbon", "Portugal");
        HumanId ada = aHuman();
        HumanId grace = aHuman();
        ActivityId call = anActivity(grace);
        Expression ofAda = express(lisbon, ada, null);
        Expression ofGrace = express(lisbon, grace, call);

        inTransaction(() -> humans().remove(ada));
        inTransaction(() -> activities().remove(call));

        assertThat(expressions().findById(ofAda.id())).isEmpty();
        assertThat(expressions().findById(ofGrace.id()).orElseThrow().expression().activityId()).isEmpty();
    }

    private List<java.util.UUID> ids(ExpressionListQuery query) {
        return expressions().list(query).items().stream().map(view -> view.expression().id().value()).toList();
    }

    private GeoInterest add(String city, String country) {
        GeoInterestRepository.Found found = inTransaction(() -> places().findOrAdd(GeoInterest.create(city, country, clock)));
        assertThat(found.created()).isTrue();
        return found.place();
    }

    private Expression express(GeoInterest place, HumanId human, ActivityId activity) {
        Expression expression = Expression.create(place.id(), human, activity, null, clock);
        inTransaction(() -> expressions().add(expression));
        return expression;
    }

    private HumanId aHuman() {
        Human human = Human.create(HumanDrafts.draft("Geo " + token, null, "Traveller", null, Set.of(HumanType.CLIENT),
                List.of(HumanDrafts.email(uniqueEmail(letters(6)), null, true)), List.of()), clock);
        inTransaction(() -> humans().add(human));
        return human.id();
    }

    private ActivityId anActivity(HumanId human) {
        Colleague colleague = Colleague.create(uniqueEmail(letters(5)), "Geo", null, "Caller", null, Role.AGENT, clock);
        inTransaction(() -> colleagues().add(colleague));
        Activity activity = Activity.create(new Activity.Fields(ActivityType.PHONE_CALL, null, null, null, human, null, null,
                null), colleague.id(), clock);
        inTransaction(() -> activities().add(activity));
        return activity.id();
    }
}
