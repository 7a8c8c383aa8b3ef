package com.custodia.domain;

/** What a campaign asks people for (promise P3). */
public enum CampaignKind {
    SATISFACTION_SURVEY,
    TESTIMONIAL_REQUEST
}
