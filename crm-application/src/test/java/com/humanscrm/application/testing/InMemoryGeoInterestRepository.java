package com.humanscrm.application.testing;

import com.humanscrm.application.geo.GeoInterestListQuery;
import com.humanscrm.application.geo.GeoInterestRepository;
import com.humanscrm.application.geo.GeoInterestSummary;
import com.humanscrm.application.shared.Page;
import com.humanscrm.domain.geo.Expression;
import com.humanscrm.domain.geo.GeoInterest;
import com.humanscrm.domain.geo.GeoInterestId;
import com.humanscrm.domain.shared.ConflictException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** Places in a map, one per pair of keys, counted from the expressions the fake beside it holds. */
public final class InMemoryGeoInterestRepository implements GeoInterestRepository {

    /** The list's one order, as the database adapter's cursors name it. */
    private static final InMemoryPages.Order<GeoInterestSummary, String> BY_CITY = new InMemoryPages.Order<>(GeoInterestListQuery.ORDER, false,
            summary -> summary.place().cityKey(), key -> key, key -> key, summary -> summary.place().id().value());

    private final Map<GeoInterestId, GeoInterest> places = new ConcurrentHashMap<>();
    private final Supplier<Collection<Expression>> expressions;

    public InMemoryGeoInterestRepository(Supplier<Collection<Expression>> expressions) {
        this.expressions = expressions;
    }

    @Override
    public synchronized Found findOrAdd(GeoInterest candidate) {
        return places.values().stream()
                .filter(place -> place.cityKey().equals(candidate.cityKey()) && place.countryKey().equals(candidate.countryKey()))
                .findFirst()
                .map(place -> new Found(place, false))
                .orElseGet(() -> {
                    places.put(candidate.id(), candidate);
                    return new Found(candidate, true);
                });
    }

    @Override
    public Optional<GeoInterest> findById(GeoInterestId id) {
        return Optional.ofNullable(places.get(id));
    }

    /** Nothing to wait for in the fake: the races this lock settles are proven on PostgreSQL. */
    @Override
    public Optional<GeoInterest> findForChange(GeoInterestId id) {
        return findById(id);
    }

    @Override
    public void remove(GeoInterestId id) {
        if (expressions.get().stream().anyMatch(expression -> expression.geoInterestId().equals(id))) {
            throw ConflictException.inUse("Humans' expressions are of the geo-interest " + id);
        }
        places.remove(id);
    }

    @Override
    public Optional<GeoInterest> hold(GeoInterestId id) {
        return findById(id);
    }

    @Override
    public Page<GeoInterestSummary> list(GeoInterestListQuery query) {
        return InMemoryPages.page(places.values().stream()
                .filter(place -> query.q() == null || place.cityKey().startsWith(query.q())
                        || place.countryKey().startsWith(query.q()))
                .map(this::summarised)
                .toList(), BY_CITY, query.page());
    }

    @Override
    public Optional<GeoInterestSummary> summary(GeoInterestId id) {
        return findById(id).map(this::summarised);
    }

    private GeoInterestSummary summarised(GeoInterest place) {
        var of = expressions.get().stream().filter(expression -> expression.geoInterestId().equals(place.id())).toList();
        return new GeoInterestSummary(place, of.stream().map(Expression::humanId).distinct().count(), of.size());
    }
}
