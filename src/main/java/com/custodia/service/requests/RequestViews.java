package com.custodia.service.requests;

import com.custodia.domain.ClockEventKind;
import com.custodia.domain.CorrectionItem;
import com.custodia.domain.CorrectionNotice;
import com.custodia.domain.CorrectionStatus;
import com.custodia.domain.Jurisdiction;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.PersonField;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestClockEvent;
import com.custodia.domain.RequestKind;
import com.custodia.domain.RequestStatus;
import com.custodia.domain.ResponseNature;
import com.custodia.domain.SubjectRequest;
import com.custodia.policy.RequestDeadlines;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * The immutable views {@link RequestService} returns, for screens, the command line and case
 * files: no view carries a live entity.
 */
public final class RequestViews {

    private RequestViews() {
    }

    /** What an operator enters when a request arrives. */
    public record Intake(RequestKind kind, RequestChannel channel, Jurisdiction jurisdiction, Instant receivedAt,
                         SubjectRequest.Identifiers given) {
    }

    /** One row of the request queue, sorted by due date. */
    public record RequestSummary(long id, RequestKind kind, RequestChannel channel, Jurisdiction jurisdiction,
                                 Instant receivedAt, RequestStatus status, String requester, Set<Long> personIds,
                                 RequestDeadlines.Deadline deadline, boolean identityEstablished) {
    }

    public record ClockEventView(long id, ClockEventKind event, Instant at, String operator, String reason) {
        static ClockEventView of(RequestClockEvent e) {
            return new ClockEventView(e.getId(), e.getEvent(), e.getOccurredAt(), e.getOperatorName(), e.getReason());
        }
    }

    public record ItemView(long id, long personId, PersonField field, String oldValue, String requestedValue,
                           String evidence, CorrectionStatus status, String decidedBy, Instant decidedAt,
                           String decisionReason, String appliedBy, Instant appliedAt) {
        static ItemView of(CorrectionItem i) {
            return new ItemView(i.getId(), i.getPersonId(), i.getField(), i.getOldValue(), i.getRequestedValue(),
                    i.getEvidence(), i.getStatus(), i.getDecidedBy(), i.getDecidedAt(), i.getDecisionReason(),
                    i.getAppliedBy(), i.getAppliedAt());
        }
    }

    public record NoticeView(long id, long itemId, RecipientKind recipientKind, String recipientName,
                             List<Long> ledgerSeqs, Instant lastDisclosed, NoticeStatus status, String resolvedBy,
                             Instant resolvedAt, String note) {
        static NoticeView of(CorrectionNotice n) {
            List<Long> seqs = n.getLedgerSeqs().isBlank() ? List.of()
                    : java.util.Arrays.stream(n.getLedgerSeqs().split(",")).map(String::strip).map(Long::valueOf)
                    .toList();
            return new NoticeView(n.getId(), n.getItemId(), n.getRecipientKind(), n.getRecipientName(), seqs,
                    n.getLastDisclosed(), n.getStatus(), n.getResolvedBy(), n.getResolvedAt(), n.getNote());
        }
    }

    /** The identity check: method, evidence hash, and who verified and confirmed it when. */
    public record Verification(String method, String evidenceSha256, String verifiedBy, Instant verifiedAt,
                               String confirmedBy, Instant confirmedAt) {
    }

    public record Extension(int units, String unit, String reason, Instant personToldAt, String extendedBy,
                            Instant extendedAt) {
    }

    /**
     * A request with everything about it: the checklist of the detail screen and what a case file
     * exports. {@code ledgerSeqs} are the ledger entries that answered it (the report delivered).
     */
    public record RequestDetail(long id, RequestKind kind, RequestChannel channel, Jurisdiction jurisdiction,
                                Instant receivedAt, SubjectRequest.Identifiers given, RequestStatus status,
                                String enteredBy, Instant enteredAt, Set<Long> personIds, String matchedBy,
                                Instant matchedAt, Verification verification, Extension extension,
                                RequestDeadlines.Deadline deadline, List<ClockEventView> clock, List<ItemView> items,
                                List<NoticeView> notices, Instant respondedAt, ResponseNature responseNature,
                                String denialBasis, Long deliveredSeq, Instant recipientsToldAt, long version) {

        public boolean identityEstablished() {
            return verification != null && verification.verifiedAt() != null
                    && (kind != RequestKind.ACCESS || verification.confirmedAt() != null);
        }

        public List<Long> ledgerSeqs() {
            return deliveredSeq == null ? List.of() : List.of(deliveredSeq);
        }
    }

    /** A candidate person for matching: found by which identifier, with the row shown to the operator. */
    public record Candidate(long personId, String name, String email, String company, String matchedOn) {
    }
}
