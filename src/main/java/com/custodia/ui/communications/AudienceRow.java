package com.custodia.ui.communications;

import com.custodia.policy.EmailEligibility.Ground;

/**
 * One line of a mailing's audience: a ground of the rule in words, how many persons it covers,
 * and their share of everyone held.
 *
 * @param share 0..1
 */
public record AudienceRow(Ground ground, String group, String explanation, long persons, double share) {
}
