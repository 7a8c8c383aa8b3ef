package com.custodia.domain;

/**
 * An entity whose changes are kept in the change history (who, when, which field, old and new
 * value). The history is filed under the person the entity belongs to, so a person's history
 * shows the changes to every record held about them.
 */
public interface HistoryTracked {

    /** The person this record belongs to (for a person, its own id). */
    Long historyPersonId();
}
