package com.custodia.service.consent;

import java.time.Instant;
import java.util.List;

/** Every place a withdrawn statement was published: what has to come down, and where. */
public record TakeDownList(long statementId, Instant withdrawnAt, List<Place> places) {

    /** One publication: medium, place, when, the ledger entry that recorded it. */
    public record Place(long publicationId, String medium, String place, Instant publishedAt, long ledgerSeq) {
    }
}
