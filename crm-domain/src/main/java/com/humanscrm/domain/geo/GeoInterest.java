package com.humanscrm.domain.geo;

import com.humanscrm.domain.shared.Checks;
import com.humanscrm.domain.shared.Ids;
import com.humanscrm.domain.shared.Violations;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A place clients are interested in travelling to: a city in a country, one record per place however
 * it is written ({@code "São Paulo"} and {@code "sao paulo"} are the same place, by {@link #key}).
 */
public final class GeoInterest {

    public static final int MAX_NAME = 100;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final GeoInterestId id;
    private final String city;
    private final String country;
    private final Instant createdAt;

    private GeoInterest(GeoInterestId id, String city, String country, Instant createdAt) {
        this.id = Objects.requireNonNull(id, "id");
        Violations problems = new Violations();
        this.city = problems.check(() -> Checks.text(city, "city", 1, MAX_NAME));
        this.country = problems.check(() -> Checks.text(country, "country", 1, MAX_NAME));
        problems.throwIfAny();
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
    }

    /** A new place, as first written; every broken rule is reported at once. */
    public static GeoInterest create(String city, String country, Clock clock) {
        return new GeoInterest(new GeoInterestId(Ids.newId(clock)), city, country, clock.instant());
    }

    public static GeoInterest restore(GeoInterestId id, String city, String country, Instant createdAt) {
        return new GeoInterest(id, city, country, createdAt);
    }

    /**
     * What a name is compared by: without accents, in lower case, its spaces collapsed. Searches use the
     * same form, so a prefix typed without accents finds the place written with them.
     */
    public static String key(String name) {
        String decomposed = Normalizer.normalize(name.strip(), Normalizer.Form.NFKD);
        return SPACES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    public Map<String, Object> auditSnapshot() {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("city", city);
        snapshot.put("country", country);
        return snapshot;
    }

    public GeoInterestId id() { return id; }
    public String city() { return city; }
    public String country() { return country; }
    public String cityKey() { return key(city); }
    public String countryKey() { return key(country); }
    public Instant createdAt() { return createdAt; }
}
