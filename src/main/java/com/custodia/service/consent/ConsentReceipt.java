package com.custodia.service.consent;

import java.time.Instant;
import java.util.List;

/**
 * Everything a consent receipt shows: the consent, the person it is about (their id and how they
 * are addressed), the policy version it was given under and the controller.
 */
public record ConsentReceipt(String receiptId, ConsentService.ConsentView consent, String personName,
                             String principalId, String language, String policyLabel, String policySha256,
                             String policyUrl, Controller controller, Instant issuedFor, List<String> recipients) {
}
