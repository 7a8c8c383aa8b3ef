package com.custodia.service.legal;

import com.custodia.domain.LegalOrder;
import com.custodia.domain.LegalOrderStatus;
import com.custodia.policy.DisclosureRules.OrderKind;
import java.time.Instant;
import java.time.LocalDate;

/** One row of the list of legal orders. */
public record LegalOrderSummary(long id, OrderKind kind, String authorityName, String reference,
                                LegalOrderStatus status, LocalDate deadline, String enteredBy, Instant enteredAt) {

    static LegalOrderSummary of(LegalOrder o) {
        return new LegalOrderSummary(o.getId(), LegalOrderService.kindOf(o.getKind()), o.getAuthorityName(),
                o.getReference(), o.getStatus(), o.getDeadline(), o.getEnteredBy(), o.getEnteredAt());
    }
}
