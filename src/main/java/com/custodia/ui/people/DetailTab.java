package com.custodia.ui.people;

import com.custodia.policy.DataCategory;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import java.util.List;

/**
 * The tabs of a person's detail (DESIGN.md section 8), in the order shown, each with what the
 * operator must be allowed to read it and the categories its count in the title adds up.
 * Requests arrive with a later issue and have no tab yet.
 */
public enum DetailTab {
    PROFILE(Permission.PERSON_VIEW, List.of()),
    LICENSES(DataCategory.LICENSES.permission(), List.of(DataCategory.LICENSES)),
    ORDERS(DataCategory.ORDERS.permission(), List.of(DataCategory.ORDERS)),
    ANALYTICS(DataCategory.WEB_ANALYTICS.permission(), List.of(DataCategory.WEB_ANALYTICS)),
    COMMUNICATIONS(DataCategory.COMMUNICATION_PREFERENCES.permission(), List.of(DataCategory.CORRESPONDENCE,
            DataCategory.FORUM_POSTS, DataCategory.POINTS_OF_CONTACT)),
    CONSENTS(DataCategory.CONSENTS.permission(), List.of(DataCategory.CONSENTS)),
    /** Shown only for a person who applied: most people never did. */
    APPLICATIONS(DataCategory.JOB_APPLICATIONS.permission(), List.of(DataCategory.JOB_APPLICATIONS)),
    HISTORY(DataCategory.CHANGE_HISTORY.permission(), List.of(DataCategory.CHANGE_HISTORY)),
    /**
     * The ledger entries about the person: for readers of the whole ledger, and for a sales
     * representative when the person is their customer (the detail checks the owner).
     */
    DISCLOSURES(Permission.LEDGER_READ_OWN, List.of()),
    /** Which partners can see the person's licenses now, and what partners received about them. */
    PARTNERS(Permission.LICENSE_VIEW, List.of()),
    /** Shown only when there are candidates. */
    DUPLICATES(Permission.PERSON_VIEW, List.of());

    private final Permission permission;
    private final List<DataCategory> counted;

    DetailTab(Permission permission, List<DataCategory> counted) {
        this.permission = permission;
        this.counted = counted;
    }

    /** Whether the operator's roles may read what the tab shows; the services decide again. */
    public boolean readableBy(Principal actor) {
        return actor.may(permission);
    }

    /** The categories whose record counts the tab's title shows; empty for none. */
    List<DataCategory> counted() {
        return counted;
    }

    /** Whether the tab shows only when it has something to show. */
    boolean onlyWhenFilled() {
        return this == APPLICATIONS || this == DUPLICATES;
    }
}
