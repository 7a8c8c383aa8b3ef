package com.custodia.service.requests;

import com.custodia.domain.ClockEventKind;
import com.custodia.domain.CorrectionItem;
import com.custodia.domain.CorrectionNotice;
import com.custodia.domain.RequestClockEvent;
import com.custodia.domain.SubjectRequest;
import com.custodia.policy.RequestDeadlines;
import com.custodia.service.requests.RequestViews.NoticeView;
import com.custodia.service.requests.RequestViews.RequestDetail;
import com.custodia.service.requests.RequestViews.RequestSummary;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;

/**
 * The queries of the request services, each taking the session (Hibernate's guide), and the
 * making of their views with the deadline as of a given instant.
 */
final class RequestReads {

    private RequestReads() {
    }

    static SubjectRequest find(Session s, long requestId, LockModeType lock) {
        SubjectRequest r = s.find(SubjectRequest.class, requestId, lock);
        if (r == null) {
            throw new IllegalArgumentException("There is no request with id " + requestId + ".");
        }
        return r;
    }

    static CorrectionItem item(Session s, long itemId) {
        CorrectionItem item = s.find(CorrectionItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new IllegalArgumentException("There is no correction with id " + itemId + ".");
        }
        return item;
    }

    static List<CorrectionItem> items(Session s, long requestId) {
        return s.createSelectionQuery("from CorrectionItem where requestId = :r order by id", CorrectionItem.class)
                .setParameter("r", requestId).getResultList();
    }

    static List<NoticeView> notices(Session s, long requestId) {
        return s.createSelectionQuery("from CorrectionNotice where requestId = :r order by id", CorrectionNotice.class)
                .setParameter("r", requestId).getResultList().stream().map(NoticeView::of).toList();
    }

    static List<RequestClockEvent> events(Session s, long requestId) {
        return s.createSelectionQuery("from RequestClockEvent where requestId = :r order by occurredAt, id",
                RequestClockEvent.class).setParameter("r", requestId).getResultList();
    }

    static boolean clockStopped(Session s, long requestId) {
        List<RequestClockEvent> events = events(s, requestId);
        return !events.isEmpty() && events.get(events.size() - 1).getEvent() == ClockEventKind.STOPPED;
    }

    /** The clock's stops of one request, or of all when {@code requestId} is null. */
    static Map<Long, List<RequestDeadlines.Stop>> stops(Session s, Long requestId) {
        List<RequestClockEvent> events = requestId == null
                ? s.createSelectionQuery("from RequestClockEvent order by requestId, occurredAt, id",
                RequestClockEvent.class).getResultList()
                : events(s, requestId);
        Map<Long, List<RequestDeadlines.Stop>> out = new LinkedHashMap<>();
        Map<Long, Instant> open = new LinkedHashMap<>();
        for (RequestClockEvent e : events) {
            if (e.getEvent() == ClockEventKind.STOPPED) {
                open.putIfAbsent(e.getRequestId(), e.getOccurredAt());
            } else {
                Instant from = open.remove(e.getRequestId());
                if (from != null) {
                    out.computeIfAbsent(e.getRequestId(), k -> new ArrayList<>())
                            .add(new RequestDeadlines.Stop(from, e.getOccurredAt()));
                }
            }
        }
        open.forEach((id, from) -> out.computeIfAbsent(id, k -> new ArrayList<>())
                .add(new RequestDeadlines.Stop(from, null)));
        return out;
    }

    static RequestDeadlines.Deadline deadline(Session s, SubjectRequest r, Instant now) {
        return deadline(r, stops(s, r.getId()).getOrDefault(r.getId(), List.of()), now);
    }

    static RequestDeadlines.Deadline deadline(SubjectRequest r, List<RequestDeadlines.Stop> stops, Instant now) {
        return RequestDeadlines.of(r.getJurisdiction(), r.getReceivedAt(), stops,
                r.getExtensionUnits() == null ? 0 : r.getExtensionUnits(), r.getRespondedAt(), now);
    }

    static RequestSummary summary(SubjectRequest r, List<RequestDeadlines.Stop> stops, Instant now) {
        return new RequestSummary(r.getId(), r.getKind(), r.getChannel(), r.getJurisdiction(), r.getReceivedAt(),
                r.getStatus(), requester(r.getGiven()), r.getPersonIds(), deadline(r, stops, now),
                r.identityEstablished());
    }

    static RequestDetail detail(Session s, SubjectRequest r, Instant now) {
        long id = r.getId();
        RequestViews.Verification verification = r.getVerifiedAt() == null ? null
                : new RequestViews.Verification(r.getVerificationMethod(), r.getEvidenceSha256(), r.getVerifiedBy(),
                r.getVerifiedAt(), r.getConfirmedBy(), r.getConfirmedAt());
        RequestViews.Extension extension = r.getExtensionUnits() == null ? null
                : new RequestViews.Extension(r.getExtensionUnits(), RequestDeadlines.extensionUnit(r.getJurisdiction()),
                r.getExtensionReason(), r.getPersonToldAt(), r.getExtendedBy(), r.getExtendedAt());
        return new RequestDetail(id, r.getKind(), r.getChannel(), r.getJurisdiction(), r.getReceivedAt(),
                r.getGiven(), r.getStatus(), r.getEnteredBy(), r.getEnteredAt(), r.getPersonIds(), r.getMatchedBy(),
                r.getMatchedAt(), verification, extension, deadline(s, r, now),
                events(s, id).stream().map(RequestViews.ClockEventView::of).toList(),
                items(s, id).stream().map(RequestViews.ItemView::of).toList(), notices(s, id), r.getRespondedAt(),
                r.getResponseNature(), r.getDenialBasis(), r.getDeliveredSeq(), r.getRecipientsToldAt(),
                r.getVersion());
    }

    /** How the queue names a requester: the name given, else the email, else the first identifier. */
    static String requester(SubjectRequest.Identifiers g) {
        for (String v : new String[] {g.name(), g.email(), g.phone(), g.customerNumber(), g.licenseKey(),
                g.address()}) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
