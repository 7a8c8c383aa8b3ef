package com.custodia.domain;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Who saves a unit of work and why: the change history files every change of the transaction
 * under one revision with these facts.
 *
 * @param operatorName the signed-in operator's user name (at most 64 characters)
 * @param source       what the change came from, in words ("edit in the People screen", "merge of 17 into 4")
 * @param at           when it was saved
 */
public record ChangeContext(String operatorName, String source, Instant at) implements Serializable {

    /** Used when a transaction changes tracked records without saying who: the history still shows the change. */
    public static final String UNATTRIBUTED = "(not recorded)";

    public ChangeContext {
        Objects.requireNonNull(at, "at");
        operatorName = clip(operatorName == null || operatorName.isBlank() ? UNATTRIBUTED : operatorName, 64);
        source = clip(source == null || source.isBlank() ? UNATTRIBUTED : source, 200);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
