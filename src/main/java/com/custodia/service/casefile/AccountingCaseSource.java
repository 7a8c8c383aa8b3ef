package com.custodia.service.casefile;

import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.Accounting;
import com.custodia.service.ledger.AccountingService;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person's accounting of disclosures as a case: the accounting's JSON as the case data, its PDF
 * as the report, and every ledger entry a line of it stands on. Internal use to a named reviewer;
 * answering the person themselves will go through their access request once requests are cases.
 */
public final class AccountingCaseSource implements CaseSource {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountingService accounting;

    public AccountingCaseSource(AccountingService accounting) {
        this.accounting = accounting;
    }

    @Override
    public CaseKind kind() {
        return CaseKind.ACCOUNTING;
    }

    @Override
    public CaseMaterial load(Principal actor, String caseId, CaseRecipient recipient) {
        long personId = CaseIds.parse(caseId, "person");
        Accounting a = accounting.of(actor, personId);
        Map<String, Object> data;
        try {
            data = JSON.readValue(accounting.json(a), new TypeReference<Map<String, Object>>() { });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> categories = new TreeSet<>(a.categoriesMentioned());
        categories.add(AccountingService.CATEGORY);
        var seqs = a.lines().stream().map(Accounting.Line::ledgerSeq).distinct().sorted().toList();
        return new CaseMaterial(kind(), String.valueOf(personId), "Accounting of disclosures of person " + personId,
                data, accounting.pdf(a), java.util.List.of(), seqs,
                CaseSource.toReviewer(recipient, String.valueOf(personId), Set.of(personId), new ArrayList<>(categories),
                        "case file: accounting of disclosures"));
    }
}
