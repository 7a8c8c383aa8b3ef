package com.custodia.service.consent;

import com.custodia.domain.Attribution;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementSource;

/** A statement as a sales representative records it; {@code campaignId} and {@code incentive} may be null. */
public record StatementDraft(long personId, Long campaignId, String text, StatementSource source,
                             StatementMedium medium, Attribution attribution, String incentive) {
}
