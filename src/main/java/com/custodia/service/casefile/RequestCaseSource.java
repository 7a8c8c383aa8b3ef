package com.custodia.service.casefile;

import com.custodia.domain.LegalBasis;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.service.auth.Principal;
import com.custodia.service.requests.RequestService;
import com.custodia.service.requests.RequestViews;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import java.util.Map;

/**
 * An access or correction request as a case: the request as the request service shows it (status,
 * identity verification, deadline and its clock, items, notices, the answer), and every ledger entry
 * made on it (the access reports delivered, on the subject-request basis with the request as
 * reference). It goes to a named reviewer as internal use; the person receives their answer through
 * the request itself.
 */
public final class RequestCaseSource implements CaseSource {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final CaseKind kind;
    private final RequestService requests;
    private final LedgerQueries ledger;

    /** @param kind {@link CaseKind#REQUEST}: access and correction requests are one kind of case */
    public RequestCaseSource(CaseKind kind, RequestService requests, LedgerQueries ledger) {
        this.kind = kind;
        this.requests = requests;
        this.ledger = ledger;
    }

    @Override
    public CaseKind kind() {
        return kind;
    }

    @Override
    @SuppressWarnings("unchecked")
    public CaseMaterial load(Principal actor, String caseId, CaseRecipient recipient) {
        long id = CaseIds.parse(caseId, "request");
        RequestViews.RequestDetail detail = requests.detail(actor, id);
        Map<String, Object> data = JSON.convertValue(detail, Map.class);
        List<Long> seqs = ledger.entriesReferencing(java.util.Set.of(LegalBasis.SUBJECT_REQUEST), String.valueOf(id))
                .stream().map(AppendedEntry::seq).toList();
        return new CaseMaterial(kind, String.valueOf(id), detail.kind() + " request " + id, data, null, List.of(), seqs,
                CaseSource.toReviewer(recipient, String.valueOf(id), detail.personIds(), List.of("requests"),
                        "case file: " + detail.kind().name().toLowerCase(java.util.Locale.ROOT) + " request " + id));
    }
}
