package com.custodia.service.people;

import com.custodia.domain.PersonField;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A merge that happened: the person_merge event's id, what moved (rows per table, including the
 * change history), what happened to communication preferences both records held, which profile
 * fields the survivor took from the merged record, and the survivor's new version. {@code moved} keeps
 * the order in which the tables were moved.
 */
public record MergeResult(long mergeId, long survivorId, long mergedId, Instant mergedAt, Map<String, Integer> moved,
                          List<String> preferenceDecisions, Set<PersonField> fieldsTaken, long survivorVersion) {
    public MergeResult {
        moved = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(moved));
        preferenceDecisions = List.copyOf(preferenceDecisions);
        fieldsTaken = Set.copyOf(fieldsTaken);
    }
}
