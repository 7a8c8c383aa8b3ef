package com.custodia.service.consent;

import java.time.Instant;

/** A campaign with its number of contacts and, for one run outside the vendor, the ledger entry of the hand-over. */
public record CampaignView(long id, String name, String kind, String runBy, String runnerName, String purpose,
                           Instant createdAt, String createdBy, int contacts, Long handedOverSeq) {
}
