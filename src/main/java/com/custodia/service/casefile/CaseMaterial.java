package com.custodia.service.casefile;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything a {@link CaseSource} gathers for one case: its data for the case JSON, its report,
 * attachments, the ledger entries that belong to it, and the disclosure the export is.
 *
 * @param data       the case as plain values (maps, lists, strings, numbers) for {@code payload/case.json}
 * @param reportPdf  the case's own report, or null for the generic one built from {@code data}
 * @param ledgerSeqs the ledger entries of the case; each is proven against a signed checkpoint
 */
public record CaseMaterial(CaseKind kind, String caseId, String title, Map<String, Object> data, byte[] reportPdf,
                           List<Attachment> attachments, List<Long> ledgerSeqs, Disclosure disclosure) {

    public CaseMaterial {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(caseId);
        Objects.requireNonNull(data);
        attachments = List.copyOf(attachments);
        ledgerSeqs = List.copyOf(ledgerSeqs);
        Objects.requireNonNull(disclosure);
    }

    /** A file that goes with the case (a legal order's copy), under a generic name in the archive. */
    public record Attachment(String description, String mediaType, byte[] bytes) {
    }

    /** The export as a disclosure: to whom, on what basis, about whom and which data. */
    public record Disclosure(RecipientKind recipientKind, String recipientName, String recipientAddress,
                             LegalBasis basis, String reference, Set<Long> personIds, List<String> categories,
                             String purpose, Instant nonNotificationUntil) {
        public Disclosure {
            personIds = Set.copyOf(personIds);
            categories = List.copyOf(categories);
        }
    }
}
