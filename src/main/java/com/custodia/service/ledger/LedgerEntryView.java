package com.custodia.service.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryContent;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One ledger entry as screens and commands see it: every recorded fact and its hashes in hex,
 * immutable, with no tie to the storage it came from.
 *
 * @param nonNotificationUntil while this lies in the future the entry is held back from the
 *                             person's accounting (null: never held back)
 */
public record LedgerEntryView(
        long seq,
        Instant time,
        String operator,
        List<String> operatorRoles,
        RecipientKind recipientKind,
        String recipientName,
        String recipientAddress,
        LegalBasis basis,
        String reference,
        long personCount,
        String personsDigest,
        List<String> categories,
        List<String> fields,
        String purpose,
        String channel,
        String payloadSha256,
        String seriesId,
        Instant nonNotificationUntil,
        String leafHash,
        String chainHash) {

    public LedgerEntryView {
        operatorRoles = List.copyOf(operatorRoles);
        categories = List.copyOf(categories);
        fields = List.copyOf(fields);
    }

    static LedgerEntryView of(AppendedEntry entry) {
        EntryContent c = entry.content();
        HexFormat hex = HexFormat.of();
        return new LedgerEntryView(entry.seq(), c.time(), c.operator(), c.operatorRoles(), c.recipientKind(),
                c.recipientName(), c.recipientAddress(), c.basis(), c.reference(), c.personCount(), c.personsDigest(),
                c.categories(), c.fields(), c.purpose(), c.channel(), c.payloadSha256(), c.seriesId(),
                c.nonNotificationUntil(), hex.formatHex(entry.leafHash()), hex.formatHex(entry.chainHash()));
    }

    /** Whether the entry is still under its non-notification period at {@code now}. */
    public boolean heldBackAt(Instant now) {
        return nonNotificationUntil != null && nonNotificationUntil.isAfter(now);
    }
}
