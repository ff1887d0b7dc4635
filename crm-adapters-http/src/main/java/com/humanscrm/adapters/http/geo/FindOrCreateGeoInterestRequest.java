package com.humanscrm.adapters.http.geo;

import com.humanscrm.application.geo.FindOrCreateGeoInterest;

/** {@code POST /api/geo-interests}: both names are checked by the domain, and reported together. */
record FindOrCreateGeoInterestRequest(String city, String country) {

    FindOrCreateGeoInterest.Command toCommand() {
        return new FindOrCreateGeoInterest.Command(city, country);
    }
}
