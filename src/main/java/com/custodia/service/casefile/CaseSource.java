package com.custodia.service.casefile;

import com.custodia.service.auth.Principal;

/**
 * Where one kind of case comes from. A source checks that the operator may read the case, gathers
 * its data, report and attachments, names its ledger entries and decides the disclosure (recipient
 * and basis); {@link CaseFileService} does the rest (proofs, sealing, the gate) the same way for
 * every kind.
 */
public interface CaseSource {

    CaseKind kind();

    /**
     * @param recipient a named internal reviewer, or null for the recipient the case names
     * @throws IllegalArgumentException when there is no such case, or the case names no recipient and none was given
     */
    CaseMaterial load(Principal actor, String caseId, CaseRecipient recipient);

    /** The internal-use disclosure to a named reviewer, which every kind allows a privacy officer. */
    static CaseMaterial.Disclosure toReviewer(CaseRecipient recipient, String reference,
                                              java.util.Set<Long> persons, java.util.List<String> categories,
                                              String purpose) {
        if (recipient == null || recipient.name() == null || recipient.name().isBlank()) {
            throw new IllegalArgumentException("Name the reviewer who receives the case file (--recipient).");
        }
        return new CaseMaterial.Disclosure(com.custodia.domain.RecipientKind.INTERNAL, recipient.name().strip(),
                recipient.address(), com.custodia.domain.LegalBasis.INTERNAL_USE, reference, persons, categories,
                purpose, null);
    }
}
