package com.custodia.service.people;

import java.util.List;

/**
 * The first results of a search.
 *
 * @param hits the persons found, best first
 * @param more whether more persons match than were returned
 */
public record PersonSearchResult(List<PersonHit> hits, boolean more) {

    public PersonSearchResult {
        hits = List.copyOf(hits);
    }

    public static PersonSearchResult empty() {
        return new PersonSearchResult(List.of(), false);
    }
}
