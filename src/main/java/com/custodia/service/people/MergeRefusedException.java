package com.custodia.service.people;

import com.custodia.policy.ConsentConflicts;
import java.util.List;

/**
 * A merge was refused and nothing changed: either the two records' consents conflict
 * ({@link #consentConflicts()} names each pair, see {@link ConsentConflicts}), or one of the
 * records changed since the operator reviewed the merge.
 */
public class MergeRefusedException extends IllegalStateException {

    private final transient List<ConsentConflicts.Conflict> consentConflicts;

    public MergeRefusedException(String message, List<ConsentConflicts.Conflict> consentConflicts) {
        super(message);
        this.consentConflicts = List.copyOf(consentConflicts);
    }

    /** The conflicting consent pairs; empty when the merge was refused because a record changed. */
    public List<ConsentConflicts.Conflict> consentConflicts() {
        return consentConflicts;
    }
}
