package com.custodia.service.people;

/**
 * The fields search-as-you-type looks in, in the order its results are grouped: a person found by
 * last name comes before one found by first name, and so on.
 */
public enum SearchField {
    LAST_NAME,
    FIRST_NAME,
    COMPANY,
    EMAIL,
    PHONE,
    LICENSE_KEY
}
