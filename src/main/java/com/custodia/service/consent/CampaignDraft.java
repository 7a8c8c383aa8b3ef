package com.custodia.service.consent;

import com.custodia.domain.CampaignKind;
import com.custodia.domain.CampaignRunner;

/** A campaign as a privacy officer sets it up: what it asks, who runs it (and their name), why. */
public record CampaignDraft(String name, CampaignKind kind, CampaignRunner runBy, String runnerName, String purpose) {
}
