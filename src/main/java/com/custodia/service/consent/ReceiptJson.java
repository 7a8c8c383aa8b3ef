package com.custodia.service.consent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;

/**
 * A consent receipt in the fields of the Kantara Consent Receipt Specification v1.1 (version,
 * jurisdiction, consentTimestamp, collectionMethod, consentReceiptID, language, piiPrincipalId,
 * piiControllers, policyUrl, services with their purposes, sensitive, spiCat), in that order,
 * plus a {@code custodia} object with what the specification has no field for (status,
 * withdrawal, policy version and hash, evidence hash, medium, statement).
 */
final class ReceiptJson {

    static final String VERSION = "KI-CR-v1.1.0";
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReceiptJson() {
    }

    static byte[] write(ConsentReceipt r) {
        ConsentService.ConsentView c = r.consent();
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("jurisdiction", r.controller().jurisdiction());
        root.put("consentTimestamp", c.givenAt().getEpochSecond());
        root.put("collectionMethod", c.collectionMethod());
        root.put("consentReceiptID", r.receiptId());
        root.put("language", r.language());
        root.put("piiPrincipalId", r.principalId());
        ArrayNode controllers = root.putArray("piiControllers");
        ObjectNode controller = controllers.addObject();
        controller.put("piiController", r.controller().name());
        controller.put("contact", r.controller().contact());
        ObjectNode address = controller.putObject("address");
        address.put("streetAddress", r.controller().street());
        address.put("addressLocality", r.controller().locality());
        address.put("postalCode", r.controller().postalCode());
        address.put("addressCountry", r.controller().country());
        controller.put("email", r.controller().email());
        controller.put("phone", r.controller().phone());
        controller.put("piiControllerUrl", r.controller().url());
        root.put("policyUrl", r.policyUrl());
        ArrayNode services = root.putArray("services");
        ObjectNode service = services.addObject();
        service.put("service", c.purpose());
        ArrayNode purposes = service.putArray("purposes");
        ObjectNode purpose = purposes.addObject();
        purpose.put("purpose", c.purpose());
        ArrayNode category = purpose.putArray("purposeCategory");
        category.add(c.purposeCategory() == null ? "Other" : c.purposeCategory());
        purpose.put("consentType", c.consentType());
        ArrayNode pii = purpose.putArray("piiCategory");
        c.categories().stream().sorted().forEach(pii::add);
        purpose.put("primaryPurpose", true);
        purpose.put("termination", termination(c));
        purpose.put("thirdPartyDisclosure", !r.recipients().isEmpty());
        purpose.put("thirdPartyName", String.join("; ", r.recipients()));
        root.put("sensitive", c.sensitive());
        root.putArray("spiCat");
        ObjectNode extra = root.putObject("custodia");
        extra.put("consentId", c.id());
        extra.put("status", c.status());
        putIfPresent(extra, "withdrawnAt", c.withdrawnAt() == null ? null : c.withdrawnAt().toString());
        putIfPresent(extra, "withdrawalMethod", c.withdrawalMethod());
        putIfPresent(extra, "expiresAt", c.expiresAt() == null ? null : c.expiresAt().toString());
        putIfPresent(extra, "policyVersion", r.policyLabel());
        putIfPresent(extra, "policySha256", r.policySha256());
        putIfPresent(extra, "medium", c.medium());
        putIfPresent(extra, "collectedBy", c.collectedBy());
        putIfPresent(extra, "evidence", c.evidence());
        putIfPresent(extra, "evidenceSha256", c.evidenceSha256());
        if (c.statementId() != null) {
            extra.put("statementId", c.statementId());
            extra.put("statementSha256", c.statementSha256());
        }
        try {
            return MAPPER.writeValueAsString(root).getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How the consent ends, in words (Kantara "termination"). */
    static String termination(ConsentService.ConsentView c) {
        String base = c.expiresAt() == null ? "Until withdrawn; withdraw at any time by telling the controller."
                : "Until " + c.expiresAt() + " or until withdrawn, whichever comes first.";
        return c.withdrawnAt() == null ? base : base + " Withdrawn " + c.withdrawnAt() + ".";
    }

    private static void putIfPresent(ObjectNode node, String name, String value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
