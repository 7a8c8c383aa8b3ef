package com.custodia.service.people;

import com.custodia.domain.PersonField;
import java.util.Set;

/**
 * Merge {@code mergedId} into {@code survivorId}. The versions are those the operator reviewed
 * (see {@link MergePreview}); if either record changed since, the merge is refused. The survivor
 * keeps its own profile values except the fields listed in {@code fromMerged}, which take the
 * merged record's values.
 */
public record MergeRequest(long survivorId, long survivorVersion, long mergedId, long mergedVersion,
                           Set<PersonField> fromMerged) {
    public MergeRequest {
        fromMerged = Set.copyOf(fromMerged);
        if (survivorId == mergedId) {
            throw new IllegalArgumentException("A person cannot be merged into itself.");
        }
    }
}
