package com.custodia.service.legal;

import com.custodia.policy.DisclosureRules.OrderKind;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * A legal order as the operator entered it, before validation: any field may be missing or
 * wrong, and {@link LegalOrderService#intake} says which.
 *
 * @param personIds            the persons the order names, by Custodia person id
 * @param categories           data categories of {@link PersonFields#CATEGORIES}
 * @param nonNotificationUntil until when the person must not learn of the hand-over; null for no such period
 * @param copy                 the file holding the copy of the order, read and hashed at intake
 */
public record LegalOrderDraft(OrderKind kind, String authorityName, String authorityAddress, String reference,
                              Set<Long> personIds, Set<String> categories, LocalDate deadline,
                              Instant nonNotificationUntil, Path copy) {

    public LegalOrderDraft {
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        categories = categories == null ? Set.of() : Set.copyOf(categories);
    }
}
