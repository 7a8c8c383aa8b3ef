package com.custodia.service.people;

/**
 * A person found by search-as-you-type, with the field the search found them by.
 *
 * @param row        the person, cut to what the operator may see
 * @param matchedOn  the field the query's leading term matched
 * @param licenseKey when found by license key, that key as the operator may see it (masked
 *                   without {@code LICENSE_KEY_VIEW}); otherwise null
 */
public record PersonHit(PersonRow row, SearchField matchedOn, String licenseKey) {
}
