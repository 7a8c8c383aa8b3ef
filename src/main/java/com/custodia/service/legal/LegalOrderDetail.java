package com.custodia.service.legal;

import com.custodia.domain.LegalOrder;
import com.custodia.domain.LegalOrderStatus;
import com.custodia.policy.DisclosureRules.OrderKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything known about one legal order: what it demands, its copy, the decision and the
 * newest hand-over. Persons in ascending id order, categories in the order of
 * {@link PersonFields#CATEGORIES}.
 */
public record LegalOrderDetail(long id, OrderKind kind, String authorityName, String authorityAddress,
                               String reference, List<Long> personIds, List<String> categories, LocalDate deadline,
                               Instant nonNotificationUntil, String copyFileName, long copySize, String copySha256,
                               LegalOrderStatus status, String enteredBy, Instant enteredAt, String decidedBy,
                               Instant decidedAt, String decisionReason, Instant disclosedAt, Long disclosedSeq,
                               int handoverCount) {

    public LegalOrderDetail {
        personIds = List.copyOf(personIds);
        categories = List.copyOf(categories);
    }

    /** The row of the list this order appears as. */
    public LegalOrderSummary summary() {
        return new LegalOrderSummary(id, kind, authorityName, reference, status, deadline, enteredBy, enteredAt);
    }

    /** Call inside the transaction that loaded the order: the scope is read lazily. */
    static LegalOrderDetail of(LegalOrder o) {
        return new LegalOrderDetail(o.getId(), LegalOrderService.kindOf(o.getKind()), o.getAuthorityName(),
                o.getAuthorityAddress(), o.getReference(), o.getPersonIds().stream().sorted().toList(),
                PersonFields.inVocabularyOrder(o.getCategories()), o.getDeadline(), o.getNonNotificationUntil(),
                o.getCopyFileName(), o.getCopySize(), o.getCopySha256(), o.getStatus(), o.getEnteredBy(),
                o.getEnteredAt(), o.getDecidedBy(), o.getDecidedAt(), o.getDecisionReason(), o.getDisclosedAt(),
                o.getDisclosedSeq(), o.getHandoverCount());
    }
}
