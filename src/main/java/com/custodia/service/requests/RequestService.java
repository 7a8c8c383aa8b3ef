package com.custodia.service.requests;

import com.custodia.domain.ClockEventKind;
import com.custodia.domain.Person;
import com.custodia.domain.RequestClockEvent;
import com.custodia.domain.ResponseNature;
import com.custodia.domain.SecurityEventKind;
import com.custodia.domain.SubjectRequest;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.policy.RequestDeadlines;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.people.PersonFilter;
import com.custodia.service.people.PersonHit;
import com.custodia.service.people.PersonSearch;
import com.custodia.service.requests.RequestViews.Candidate;
import com.custodia.service.requests.RequestViews.Intake;
import com.custodia.service.requests.RequestViews.RequestDetail;
import com.custodia.service.requests.RequestViews.RequestSummary;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.Session;

/**
 * Access and correction requests (DESIGN.md P7, decision 0024): intake by any operator,
 * matching to persons, the identity check with a second operator's confirmation for access, the
 * deadline clock and its extension, correction items decided one by one and applied through the
 * person editor ({@link CorrectionService}), and a notification task for everyone who received a
 * corrected value. The access report is {@link AccessReportService}; the request log is
 * {@link RequestLog}.
 */
public final class RequestService {

    private final Database database;
    private final AccessGuard guard;
    private final PersonSearch search;
    private final SecurityLog log;
    private final Clock clock;

    public RequestService(Database database, AccessGuard guard, PersonSearch search, SecurityLog log, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.search = search;
        this.log = log;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- Intake and matching

    /**
     * Records a request as it arrived. Any operator who takes calls or mail may do this; the
     * requester need not be matched to a person yet.
     *
     * @throws IllegalArgumentException naming what is missing
     */
    public RequestDetail intake(Principal actor, Intake intake) {
        guard.require(actor, Permission.REQUEST_INTAKE, "record access and correction requests");
        List<String> problems = new ArrayList<>();
        if (intake.kind() == null) {
            problems.add("Kind: access or correction.");
        }
        if (intake.channel() == null) {
            problems.add("Channel: how the request arrived.");
        }
        if (intake.receivedAt() == null) {
            problems.add("Received at: when the request arrived.");
        } else if (intake.receivedAt().isAfter(clock.instant())) {
            problems.add("Received at: the request cannot arrive in the future.");
        }
        if (intake.given() == null || intake.given().isEmpty()) {
            problems.add("Identifiers: at least one of name, email, phone, customer number, license key, address.");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join(" ", problems));
        }
        long id = database.fromTransaction(s -> {
            SubjectRequest r = new SubjectRequest(intake.kind(), intake.channel(),
                    intake.jurisdiction() == null ? com.custodia.domain.Jurisdiction.DEFAULT : intake.jurisdiction(),
                    intake.receivedAt(), tidy(intake.given()), actor.username(), clock.instant());
            s.persist(r);
            s.flush();
            return r.getId();
        });
        return database.fromTransaction(s -> RequestReads.detail(s, RequestReads.find(s, id, LockModeType.NONE),
                clock.instant()));
    }

    /**
     * Persons who may be the requester, from the people search by each identifier given, each
     * person once, in the order found.
     */
    public List<Candidate> candidates(Principal actor, long requestId) {
        guard.require(actor, Permission.REQUEST_INTAKE, "match requests to persons");
        SubjectRequest.Identifiers given = database.fromTransaction(s -> RequestReads.find(s, requestId,
                LockModeType.NONE).getGiven());
        Map<Long, Candidate> found = new LinkedHashMap<>();
        String[][] terms = {{given.email(), "email"}, {given.licenseKey(), "license key"}, {given.phone(), "phone"},
                {given.name(), "name"}, {given.customerNumber(), "customer number"}};
        for (String[] term : terms) {
            if (term[0] == null || term[0].isBlank()) {
                continue;
            }
            if (term[1].equals("customer number")) {
                database.inTransaction(s -> s.createSelectionQuery("from Person where externalId = :x", Person.class)
                        .setParameter("x", term[0].strip()).getResultList()
                        .forEach(p -> found.putIfAbsent(p.getId(), new Candidate(p.getId(),
                                (nz(p.getFirstName()) + " " + nz(p.getLastName())).strip(), p.getEmail(),
                                p.getCompany(), term[1]))));
                continue;
            }
            for (PersonHit hit : search.search(actor, term[0], PersonFilter.NONE, 20).hits()) {
                found.putIfAbsent(hit.row().id(), new Candidate(hit.row().id(), hit.row().displayName(),
                        hit.row().email(), hit.row().company(), term[1]));
            }
        }
        return List.copyOf(found.values());
    }

    /** Matches the request to one person, or several records of one person (a merged identity). */
    public RequestDetail match(Principal actor, long requestId, Set<Long> personIds) {
        guard.require(actor, Permission.REQUEST_MANAGE, "match requests to persons");
        if (personIds == null || personIds.isEmpty()) {
            throw new IllegalArgumentException("Persons: choose at least one person the request is about.");
        }
        return update(requestId, (s, r) -> {
            requireOpen(r);
            for (long id : personIds) {
                if (s.find(Person.class, id) == null) {
                    throw new IllegalArgumentException("There is no person with id " + id + ".");
                }
            }
            if (r.getVerifiedAt() != null && !r.getPersonIds().equals(Set.copyOf(personIds))) {
                throw new IllegalArgumentException("Request " + requestId + " was verified for persons "
                        + new TreeSet<>(r.getPersonIds()) + "; record a new request for other persons.");
            }
            r.match(personIds, actor.username(), clock.instant());
        });
    }

    // ---------------------------------------------------------------- Identity and clock

    /** Asks the requester to identify themselves: the deadline clock stops until the identity is verified. */
    public RequestDetail awaitIdentity(Principal actor, long requestId, String reason) {
        guard.require(actor, Permission.REQUEST_MANAGE, "ask requesters for identification");
        String why = reason == null || reason.isBlank() ? "identification requested from the requester" : reason.strip();
        return update(requestId, (s, r) -> {
            requireOpen(r);
            if (r.getVerifiedAt() != null) {
                throw new IllegalArgumentException("Request " + requestId + " is already verified.");
            }
            if (!RequestReads.clockStopped(s, requestId)) {
                s.persist(new RequestClockEvent(requestId, ClockEventKind.STOPPED, clock.instant(), actor.username(),
                        why));
            }
            r.awaitIdentity();
        });
    }

    /**
     * Records the identity check: the method and a hash of the evidence (the evidence itself is
     * not kept). A stopped clock starts again. For access requests a second operator must then
     * {@link #confirm} before anything is delivered.
     */
    public RequestDetail verify(Principal actor, long requestId, String method, byte[] evidence) {
        guard.require(actor, Permission.REQUEST_MANAGE, "verify requesters' identity");
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("Method: how the identity was checked.");
        }
        if (evidence == null || evidence.length == 0) {
            throw new IllegalArgumentException("Evidence: what the identity was checked against.");
        }
        String hash = DisclosureGate.sha256(evidence);
        return update(requestId, (s, r) -> {
            requireOpen(r);
            if (r.getPersonIds().isEmpty()) {
                throw new IllegalArgumentException("Match request " + requestId + " to a person before verifying.");
            }
            if (RequestReads.clockStopped(s, requestId)) {
                s.persist(new RequestClockEvent(requestId, ClockEventKind.STARTED, clock.instant(), actor.username(),
                        "identity verified"));
            }
            r.verify(method.strip(), hash, actor.username(), clock.instant());
        });
    }

    /** A second operator, not the one who verified, confirms the identity of an access request. */
    public RequestDetail confirm(Principal actor, long requestId) {
        guard.require(actor, Permission.REQUEST_MANAGE, "confirm requesters' identity");
        return update(requestId, (s, r) -> {
            requireOpen(r);
            if (r.getVerifiedAt() == null) {
                throw new IllegalArgumentException("Request " + requestId + " has not been verified yet.");
            }
            if (actor.username().equals(r.getVerifiedBy())) {
                log.record(SecurityEventKind.REFUSED, actor.username(),
                        Permission.REQUEST_MANAGE + ": confirm the identity they verified on request " + requestId);
                throw new AccessDeniedException(Permission.REQUEST_MANAGE, "You verified request " + requestId
                        + " yourself; a second operator must confirm the identity.");
            }
            r.confirm(actor.username(), clock.instant());
        });
    }

    /** Extends the deadline once (see {@link RequestDeadlines#checkExtension}). */
    public RequestDetail extend(Principal actor, long requestId, int units, String reason, Instant personToldAt) {
        guard.require(actor, Permission.REQUEST_MANAGE, "extend request deadlines");
        return update(requestId, (s, r) -> {
            requireOpen(r);
            RequestDeadlines.Deadline deadline = RequestReads.deadline(s, r, clock.instant());
            List<String> problems = RequestDeadlines.checkExtension(r.getJurisdiction(), deadline,
                    r.getExtensionUnits() != null, units, reason, personToldAt);
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException(String.join(" ", problems));
            }
            r.extend(units, reason.strip(), personToldAt, actor.username(), clock.instant());
        });
    }

    /** Refuses the request as a whole; the basis is required and goes into the request log. */
    public RequestDetail refuse(Principal actor, long requestId, String basis) {
        guard.require(actor, Permission.REQUEST_MANAGE, "refuse requests");
        if (basis == null || basis.isBlank()) {
            throw new IllegalArgumentException("Basis of the refusal is required.");
        }
        return update(requestId, (s, r) -> {
            requireOpen(r);
            r.respond(ResponseNature.REFUSED, basis.strip(), null, clock.instant());
        });
    }

    // ---------------------------------------------------------------- Reading

    /** The queue, the nearest due date first; {@code overdueOnly} keeps open requests past their due date. */
    public List<RequestSummary> list(Principal actor, boolean overdueOnly) {
        guard.require(actor, Permission.REQUEST_MANAGE, "list access and correction requests");
        return database.fromTransaction(s -> {
            Map<Long, List<RequestDeadlines.Stop>> stops = RequestReads.stops(s, null);
            return s.createSelectionQuery("from SubjectRequest order by receivedAt, id", SubjectRequest.class)
                    .getResultList().stream()
                    .map(r -> RequestReads.summary(r, stops.getOrDefault(r.getId(), List.of()), clock.instant()))
                    .filter(r -> !overdueOnly || r.deadline().urgency() == RequestDeadlines.Urgency.OVERDUE)
                    .sorted(Comparator.comparing((RequestSummary r) -> r.deadline().due())
                            .thenComparing(RequestSummary::id))
                    .toList();
        });
    }

    public RequestDetail detail(Principal actor, long requestId) {
        guard.require(actor, Permission.REQUEST_MANAGE, "read access and correction requests");
        return database.fromTransaction(s -> RequestReads.detail(s,
                RequestReads.find(s, requestId, LockModeType.NONE), clock.instant()));
    }

    // ---------------------------------------------------------------- Delivery bookkeeping (AccessReportService)

    /** Marks an access request answered by the ledger entry of its delivered report. */
    void recordDelivery(long requestId, long seq) {
        database.inTransaction(s -> RequestReads.find(s, requestId, LockModeType.PESSIMISTIC_WRITE)
                .recordDelivery(seq, clock.instant()));
    }

    /** The request as the report needs it, for services of this package. */
    RequestDetail load(long requestId) {
        return database.fromTransaction(s -> RequestReads.detail(s,
                RequestReads.find(s, requestId, LockModeType.NONE), clock.instant()));
    }

    /** The persons and every record merged into them (decision 0014). */
    Set<Long> identities(long personId) {
        return identities(Set.of(personId));
    }

    Set<Long> identities(Set<Long> personIds) {
        Set<Long> ids = new TreeSet<>(personIds);
        database.inTransaction(s -> {
            for (long p : personIds) {
                s.createNativeQuery("SELECT merged_id FROM person_merge WHERE survivor_id = :p", Object.class)
                        .setParameter("p", p).getResultList().forEach(id -> ids.add(((Number) id).longValue()));
            }
        });
        return ids;
    }

    // ---------------------------------------------------------------- Plumbing

    private interface Change {
        void apply(Session s, SubjectRequest r);
    }

    private RequestDetail update(long requestId, Change change) {
        return database.fromTransaction(s -> {
            SubjectRequest r = RequestReads.find(s, requestId, LockModeType.PESSIMISTIC_WRITE);
            change.apply(s, r);
            s.flush();
            return RequestReads.detail(s, r, clock.instant());
        });
    }

    static void requireOpen(SubjectRequest r) {
        if (!r.getStatus().open()) {
            throw new IllegalArgumentException("Request " + r.getId() + " was already answered ("
                    + r.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
    }
    private static SubjectRequest.Identifiers tidy(SubjectRequest.Identifiers g) {
        return new SubjectRequest.Identifiers(clip(g.name(), 300), clip(g.email(), 320), clip(g.phone(), 50),
                clip(g.customerNumber(), 100), clip(g.licenseKey(), 100), clip(g.address(), 500));
    }

    private static String clip(String s, int max) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > max) {
            throw new IllegalArgumentException("An identifier is longer than " + max + " characters.");
        }
        return t;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
