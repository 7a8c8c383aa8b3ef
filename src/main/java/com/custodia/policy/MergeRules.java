package com.custodia.policy;

import java.time.Instant;

/**
 * How two records of one person become one, where the choice is not the operator's: which
 * communication preference survives, and which profile values a merge proposes.
 */
public final class MergeRules {

    private MergeRules() {
    }

    /**
     * Both records hold a preference for the same message class, and only one row per class may
     * stay. The survivor's is kept unless the merged record's was set strictly later: the later
     * choice is the person's latest word (an opt-out given last is honoured, and so is a later
     * subscription).
     */
    public static boolean keepMergedPreference(Instant survivorSince, Instant mergedSince) {
        return mergedSince.isAfter(survivorSince);
    }

    /** The profile value a merge proposes: the survivor's, or the merged record's where the survivor has none. */
    public static boolean proposeMergedValue(String survivorValue, String mergedValue) {
        return survivorValue == null && mergedValue != null;
    }
}
