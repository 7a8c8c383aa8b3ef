package com.custodia.domain;

/** Who runs a campaign: the vendor itself, or a partner or contractor who receives the contact list. */
public enum CampaignRunner {
    VENDOR,
    PARTNER,
    CONTRACTOR
}
