package com.custodia.domain;

/**
 * Where a subject request stands. Extended, overdue and due soon are not states but follow from
 * the deadline (policy RequestDeadlines); a second operator's confirmation is a field of its own.
 */
public enum RequestStatus {
    /** Entered; not yet matched to persons or asked for identification. */
    RECEIVED,
    /** The requester was asked to identify themselves; the deadline clock is stopped. */
    AWAITING_IDENTITY,
    /** The identity was checked (for access: and must still be confirmed by a second operator). */
    VERIFIED,
    /** Answered: the report delivered, or the corrections decided and applied. */
    COMPLETED,
    /** Refused as a whole (identity could not be confirmed, manifestly unfounded), with the basis. */
    REFUSED;

    public boolean open() {
        return this != COMPLETED && this != REFUSED;
    }
}
