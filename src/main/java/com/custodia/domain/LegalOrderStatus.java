package com.custodia.domain;

/**
 * Where a legal order stands. Received orders wait for a privacy officer's decision; approved
 * ones may be handed over (again, if the authority asks), and a hand-over leaves them DISCLOSED.
 * A rejected order stays rejected: an authority that insists serves a new order.
 */
public enum LegalOrderStatus {
    RECEIVED,
    APPROVED,
    REJECTED,
    DISCLOSED;

    /** Whether the approved scope may leave through the disclosure gate. */
    public boolean approved() {
        return this == APPROVED || this == DISCLOSED;
    }
}
