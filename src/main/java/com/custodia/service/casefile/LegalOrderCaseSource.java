package com.custodia.service.casefile;

import com.custodia.domain.RecipientKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.service.auth.Principal;
import com.custodia.service.legal.LegalOrderCopy;
import com.custodia.service.legal.LegalOrderDetail;
import com.custodia.service.legal.LegalOrderService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A legal order as a case: the order, its decision and hand-overs, the copy as received, and the
 * ledger entries that reference it. Sent to the order's authority it is disclosed on the order's own
 * basis and scope (the rules then check the order is approved and covers exactly its persons and
 * categories); sent to a named reviewer it is internal use.
 */
public final class LegalOrderCaseSource implements CaseSource {

    private final LegalOrderService orders;
    private final LedgerQueries ledger;

    public LegalOrderCaseSource(LegalOrderService orders, LedgerQueries ledger) {
        this.orders = orders;
        this.ledger = ledger;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.LEGAL_ORDER;
    }

    @Override
    public CaseMaterial load(Principal actor, String caseId, CaseRecipient recipient) {
        long id = CaseIds.parse(caseId, "legal order");
        LegalOrderDetail o = orders.detail(actor, id);
        List<CaseMaterial.Attachment> attachments = new ArrayList<>();
        if (o.copySha256() != null) {
            LegalOrderCopy copy = orders.copy(actor, id);
            attachments.add(new CaseMaterial.Attachment("copy of the order as received", "application/octet-stream",
                    copy.content()));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderId", o.id());
        data.put("kind", o.kind().name());
        data.put("authority", o.authorityName());
        data.put("authorityAddress", o.authorityAddress());
        data.put("reference", o.reference());
        data.put("personIds", o.personIds());
        data.put("categories", o.categories());
        data.put("deadline", String.valueOf(o.deadline()));
        data.put("nonNotificationUntil", o.nonNotificationUntil() == null ? null : o.nonNotificationUntil().toString());
        data.put("status", o.status().name());
        data.put("enteredBy", o.enteredBy());
        data.put("enteredAt", String.valueOf(o.enteredAt()));
        data.put("decidedBy", o.decidedBy());
        data.put("decidedAt", o.decidedAt() == null ? null : o.decidedAt().toString());
        data.put("decisionReason", o.decisionReason());
        data.put("handoverCount", o.handoverCount());
        data.put("copy", o.copySha256() == null ? null : Map.of("fileName", String.valueOf(o.copyFileName()),
                "size", o.copySize(), "sha256", o.copySha256(), "entry", "attachment 1"));
        List<Long> seqs = ledger.entriesReferencing(Set.of(o.kind().basis()), String.valueOf(id)).stream()
                .map(AppendedEntry::seq).toList();
        String purpose = "case file of legal order " + o.reference();
        CaseMaterial.Disclosure disclosure = recipient == null || recipient.name() == null
                ? new CaseMaterial.Disclosure(RecipientKind.AUTHORITY, o.authorityName(), o.authorityAddress(),
                        o.kind().basis(), String.valueOf(id), Set.copyOf(o.personIds()), o.categories(), purpose,
                        o.nonNotificationUntil())
                : CaseSource.toReviewer(recipient, String.valueOf(id), Set.copyOf(o.personIds()), o.categories(),
                        purpose);
        return new CaseMaterial(kind(), String.valueOf(id), "Legal order " + o.reference(), data, null, attachments,
                seqs, disclosure);
    }
}
