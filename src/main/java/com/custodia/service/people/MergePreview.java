package com.custodia.service.people;

import com.custodia.domain.PersonField;
import com.custodia.policy.ConsentConflicts;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What merging one record into another would do, for the operator to review: both profiles with
 * their versions, how many rows of each category would move, the consents that forbid the merge
 * (empty when it may go ahead), and the profile fields proposed from the merged record.
 *
 * @param rowsToMove rows per table that would move to the survivor, in the order they are moved
 */
public record MergePreview(LoadedPerson survivor, LoadedPerson merged, Map<String, Integer> rowsToMove,
                           List<ConsentConflicts.Conflict> consentConflicts, Set<PersonField> proposedFromMerged) {

    public MergePreview {
        rowsToMove = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(rowsToMove));
        consentConflicts = List.copyOf(consentConflicts);
        proposedFromMerged = Set.copyOf(proposedFromMerged);
    }

    public boolean allowed() {
        return consentConflicts.isEmpty();
    }

    /** The merge as proposed, against the versions shown here. */
    public MergeRequest request() {
        return new MergeRequest(survivor.id(), survivor.version(), merged.id(), merged.version(), proposedFromMerged);
    }
}
