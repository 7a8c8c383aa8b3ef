package com.custodia.service.disclosure;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One disclosure as its caller describes it: to whom, on what basis, about whom, which data,
 * why, and how it is handed over. {@code reference} names the consent, grant, order or request id.
 */
public record DisclosureRequest(
        DisclosureKind kind,
        RecipientKind recipientKind,
        String recipientName,
        String recipientAddress,
        LegalBasis basis,
        String reference,
        Set<Long> personIds,
        List<String> categories,
        List<String> fields,
        String purpose,
        String channel,
        String seriesId,
        Instant nonNotificationUntil) {

    public DisclosureRequest {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(recipientKind);
        Objects.requireNonNull(basis);
        personIds = Set.copyOf(personIds);
        categories = List.copyOf(categories);
        fields = List.copyOf(fields);
        Objects.requireNonNull(channel);
    }
}
