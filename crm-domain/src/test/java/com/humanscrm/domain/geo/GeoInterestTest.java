package com.humanscrm.domain.geo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.humanscrm.domain.Clocks;
import com.humanscrm.domain.Refusals;
import com.humanscrm.domain.activity.ActivityId;
import com.humanscrm.domain.human.HumanId;
import com.humanscrm.domain.shared.RuleViolationException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GeoInterestTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "São Paulo|sao paulo", "  SÃO   PAULO |sao paulo", "Zürich|zurich", "Besançon|besancon",
            "Kraków|krakow", "ÅLESUND|alesund", "東京|東京"})
    void aNameIsComparedWithoutCaseAccentsOrExtraSpaces(String name, String key) {
        assertThat(GeoInterest.key(name)).isEqualTo(key);
    }

    @Test
    void aPlaceKeepsItsNamesAsWrittenTrimmed() {
        GeoInterest place = GeoInterest.create(" São Paulo ", "Brasil", Clocks.t0());

        assertThat(place.city()).isEqualTo("São Paulo");
        assertThat(place.cityKey()).isEqualTo("sao paulo");
        assertThat(place.countryKey()).isEqualTo("brasil");
        assertThat(place.createdAt()).isEqualTo(Clocks.T0);
        assertThat(place.auditSnapshot()).containsEntry("city", "São Paulo").containsEntry("country", "Brasil");
    }

    @Test
    void bothNamesAreRequiredAndBoundedAtOnce() {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> GeoInterest.create(" ", "x".repeat(GeoInterest.MAX_NAME + 1), Clocks.t0()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("city", "country");
    }

    @Test
    void anExpressionIsOfAPlaceAndAHumanAndOnlyItsNotesChange() {
        var place = new GeoInterestId(UUID.randomUUID());
        var human = new HumanId(UUID.randomUUID());
        var call = new ActivityId(UUID.randomUUID());
        Expression expression = Expression.create(place, human, call, " In August ", Clocks.t0());

        Expression changed = expression.withNotes(null, Clocks.after(Duration.ofMinutes(1)));

        assertThat(expression.notes()).contains("In August");
        assertThat(changed.notes()).isEmpty();
        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.geoInterestId()).isEqualTo(place);
        assertThat(changed.activityId()).contains(call);
        assertThat(changed.updatedAt()).isEqualTo(Clocks.T0.plus(Duration.ofMinutes(1)));
        assertThat(changed.auditSnapshot()).containsEntry("notes", null).containsEntry("humanId", human.toString());
    }

    @Test
    void anExpressionNeedsItsPlaceAndHumanAndBoundedNotes() {
        RuleViolationException refusal = catchThrowableOfType(RuleViolationException.class,
                () -> Expression.create(null, null, null, "n".repeat(Expression.MAX_NOTES + 1), Clocks.t0()));

        assertThat(refusal.fieldErrors()).containsOnlyKeys("geoInterestId", "humanId", "notes");
        Refusals.fieldError(() -> Expression.checkedNotes("\u0000"), "notes");
    }
}
