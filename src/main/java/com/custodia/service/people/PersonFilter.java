package com.custodia.service.people;

import com.custodia.domain.PersonKind;
import java.util.Locale;

/**
 * The filters of the People screen, combinable with each other and with search text. A null
 * field does not filter.
 *
 * @param kind     only persons of this kind
 * @param country  only persons in this country (ISO 3166 two-letter code, any case)
 * @param optedOut only persons who declined at least one optional message class (feature or
 *                 upgrade mail, P9)
 * @param openRequest only persons matched to an access or correction request not yet answered
 */
public record PersonFilter(PersonKind kind, String country, boolean optedOut, boolean openRequest) {

    /** No filter: everyone. */
    public static final PersonFilter NONE = new PersonFilter(null, null, false, false);

    public PersonFilter(PersonKind kind, String country, boolean optedOut) {
        this(kind, country, optedOut, false);
    }

    public PersonFilter {
        if (country != null) {
            country = country.strip().toUpperCase(Locale.ROOT);
            if (country.isEmpty()) {
                country = null;
            } else if (!country.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("Country must be a two-letter code such as DE or GB, not '"
                        + country + "'.");
            }
        }
    }

    public PersonFilter withKind(PersonKind kind) {
        return new PersonFilter(kind, country, optedOut, openRequest);
    }

    public PersonFilter withCountry(String country) {
        return new PersonFilter(kind, country, optedOut, openRequest);
    }

    public PersonFilter withOptedOut(boolean optedOut) {
        return new PersonFilter(kind, country, optedOut, openRequest);
    }

    public PersonFilter withOpenRequest(boolean openRequest) {
        return new PersonFilter(kind, country, optedOut, openRequest);
    }

    /** The part an index walk of the person table can check: kind and country. */
    PersonFilter indexed() {
        return new PersonFilter(kind, country, false, false);
    }

    /** Whether the filter reads more than kind and names (country, preferences, requests). */
    boolean readsContactData() {
        return country != null || optedOut || openRequest;
    }

    boolean isEmpty() {
        return kind == null && country == null && !optedOut && !openRequest;
    }
}
