package com.custodia.service.consent;

import com.custodia.domain.Consent;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.Person;
import com.custodia.domain.PolicyVersion;
import com.custodia.domain.RecipientKind;
import com.custodia.persistence.Database;
import com.custodia.policy.DisclosureRules;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.Release;
import com.custodia.service.security.AccessGuard;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Consent receipts: built from a consent and rendered as Kantara v1.1 JSON or PDF. Handing one to
 * the person goes through the disclosure gate (recipient: the person themselves; basis: their own
 * consent, reference: the consent's id; decision 0020), so every receipt given out is a ledger
 * entry whose hash is that of the exact bytes.
 */
public final class ConsentReceipts {

    /** The purpose recorded for every receipt handed over. */
    public static final String PURPOSE = "consent receipt for the person who gave the consent";

    private final Database database;
    private final AccessGuard guard;
    private final DisclosureGate gate;
    private final Controller controller;
    private final String installation;

    /** @param installation the workspace id, which makes receipt ids unique across installations */
    public ConsentReceipts(Database database, AccessGuard guard, DisclosureGate gate, Controller controller,
                           String installation) {
        this.database = database;
        this.guard = guard;
        this.gate = gate;
        this.controller = controller;
        this.installation = installation;
    }

    /** The receipt of a consent, for showing; nothing leaves. */
    public ConsentReceipt receipt(Principal actor, long consentId) {
        guard.require(actor, Permission.PERSON_VIEW, "view consent receipts");
        return database.fromTransaction(s -> {
            Consent c = s.find(Consent.class, consentId);
            if (c == null) {
                throw new IllegalArgumentException("There is no consent with id " + consentId + ".");
            }
            Person p = s.find(Person.class, c.getPersonId());
            PolicyVersion v = c.getPolicyVersionId() == null ? null : s.find(PolicyVersion.class, c.getPolicyVersionId());
            ConsentService.ConsentView view = ConsentService.view(c, ConsentService.labels(s));
            String name = p == null ? "person " + c.getPersonId() : p.getFirstName() + " " + p.getLastName();
            String principal = p != null && p.getEmail() != null && !p.getEmail().isBlank() ? p.getEmail()
                    : "person-" + c.getPersonId();
            String language = p != null && p.getLanguage() != null && !p.getLanguage().isBlank() ? p.getLanguage() : "en";
            String receiptId = UUID.nameUUIDFromBytes(("custodia-consent-receipt:" + installation + ":" + consentId)
                    .getBytes(StandardCharsets.UTF_8)).toString();
            String policyUrl = v != null && v.getPolicyUrl() != null ? v.getPolicyUrl() : controller.policyUrl();
            return new ConsentReceipt(receiptId, view, name, principal, language, v == null ? null : v.getLabel(),
                    v == null ? null : v.getTextSha256(), policyUrl, controller, c.getGivenAt(),
                    List.copyOf(c.getRecipients().stream().sorted().toList()));
        });
    }

    /** The receipt's bytes in the format. */
    public byte[] render(ConsentReceipt receipt, ReceiptFormat format) {
        return format == ReceiptFormat.PDF ? ReceiptPdf.write(receipt) : ReceiptJson.write(receipt);
    }

    /** Whether the receipt may go to the person, without handing anything over. */
    public DisclosureRules.Decision check(Principal actor, long consentId) {
        ConsentReceipt r = receipt(actor, consentId);
        return gate.check(actor, request(r, ReceiptFormat.JSON));
    }

    /**
     * Hands the receipt to the person through the gate: the ledger entry (with the SHA-256 of
     * exactly these bytes) is committed, then {@code release} gets the bytes.
     */
    public Disclosed deliver(Principal actor, long consentId, ReceiptFormat format, Release release) {
        ConsentReceipt r = receipt(actor, consentId);
        byte[] bytes = render(r, format);
        return gate.disclose(actor, request(r, format), bytes, release);
    }

    private static DisclosureRequest request(ConsentReceipt r, ReceiptFormat format) {
        return new DisclosureRequest(DisclosureKind.CONSENT_RECEIPT, RecipientKind.DATA_SUBJECT, r.personName(),
                r.principalId(), LegalBasis.CONSENT, String.valueOf(r.consent().id()), Set.of(r.consent().personId()),
                List.of(DisclosureRules.CONSENT_RECEIPT_CATEGORY), List.of("consent_receipt_" + format.extension()),
                PURPOSE, "file", null, null);
    }
}
