package com.custodia.service.requests;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.ClockEventKind;
import com.custodia.domain.CorrectionItem;
import com.custodia.domain.CorrectionNotice;
import com.custodia.domain.CorrectionStatus;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.Person;
import com.custodia.domain.PersonField;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestClockEvent;
import com.custodia.domain.RequestKind;
import com.custodia.domain.RequestStatus;
import com.custodia.domain.ResponseNature;
import com.custodia.domain.SecurityEventKind;
import com.custodia.domain.SubjectRequest;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.policy.RequestDeadlines;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.people.LoadedPerson;
import com.custodia.service.people.PersonEditor;
import com.custodia.service.people.PersonFilter;
import com.custodia.service.people.PersonHit;
import com.custodia.service.people.PersonSearch;
import com.custodia.service.requests.RequestViews.Candidate;
import com.custodia.service.requests.RequestViews.Intake;
import com.custodia.service.requests.RequestViews.NoticeView;
import com.custodia.service.requests.RequestViews.RequestDetail;
import com.custodia.service.requests.RequestViews.RequestSummary;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.hibernate.Session;

/**
 * Access and correction requests (DESIGN.md P7, decision 0024): intake by any operator,
 * matching to persons, the identity check with a second operator's confirmation for access, the
 * deadline clock and its extension, correction items decided one by one and applied through the
 * person editor, and a notification task for everyone who received a corrected value. The
 * access report itself is {@link AccessReportService}; the request log is {@link RequestLog}.
 */
public final class RequestService {

    private final Database database;
    private final AccessGuard guard;
    private final PersonSearch search;
    private final PersonEditor editor;
    private final LedgerQueries ledger;
    private final SecurityLog log;
    private final Clock clock;

    public RequestService(Database database, AccessGuard guard, PersonSearch search, PersonEditor editor,
                          LedgerQueries ledger, SecurityLog log, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.search = search;
        this.editor = editor;
        this.ledger = ledger;
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
        return database.fromTransaction(s -> detail(s, find(s, id, LockModeType.NONE)));
    }

    /**
     * Persons who may be the requester, from the people search by each identifier given, each
     * person once, in the order found.
     */
    public List<Candidate> candidates(Principal actor, long requestId) {
        guard.require(actor, Permission.REQUEST_INTAKE, "match requests to persons");
        SubjectRequest.Identifiers given = database.fromTransaction(s -> find(s, requestId, LockModeType.NONE)
                .getGiven());
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
            if (!clockStopped(s, requestId)) {
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
            if (clockStopped(s, requestId)) {
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
            RequestDeadlines.Deadline deadline = deadline(s, r);
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
            Map<Long, List<RequestDeadlines.Stop>> stops = stops(s, null);
            return s.createSelectionQuery("from SubjectRequest order by receivedAt, id", SubjectRequest.class)
                    .getResultList().stream()
                    .map(r -> summary(r, stops.getOrDefault(r.getId(), List.of())))
                    .filter(r -> !overdueOnly || r.deadline().urgency() == RequestDeadlines.Urgency.OVERDUE)
                    .sorted(Comparator.comparing((RequestSummary r) -> r.deadline().due())
                            .thenComparing(RequestSummary::id))
                    .toList();
        });
    }

    public RequestDetail detail(Principal actor, long requestId) {
        guard.require(actor, Permission.REQUEST_MANAGE, "read access and correction requests");
        return database.fromTransaction(s -> detail(s, find(s, requestId, LockModeType.NONE)));
    }

    // ---------------------------------------------------------------- Corrections

    /** Adds one requested change to a correction request; the old value is the one held now. */
    public RequestViews.ItemView addCorrection(Principal actor, long requestId, long personId, PersonField field,
                                               String requestedValue, String evidence) {
        guard.require(actor, Permission.REQUEST_INTAKE, "record requested corrections");
        Objects.requireNonNull(field, "field");
        return database.fromTransaction(s -> {
            SubjectRequest r = find(s, requestId, LockModeType.PESSIMISTIC_WRITE);
            requireOpen(r);
            if (r.getKind() != RequestKind.CORRECTION) {
                throw new IllegalArgumentException("Request " + requestId + " is an access request, not a correction.");
            }
            if (!r.getPersonIds().contains(personId)) {
                throw new IllegalArgumentException("Person " + personId + " is not one the request was matched to.");
            }
            Person p = s.find(Person.class, personId);
            if (p == null) {
                throw new IllegalArgumentException("There is no person with id " + personId + ".");
            }
            CorrectionItem item = new CorrectionItem(requestId, personId, field, p.value(field),
                    requestedValue == null || requestedValue.isBlank() ? null : requestedValue.strip(),
                    evidence == null || evidence.isBlank() ? null : evidence.strip());
            s.persist(item);
            s.flush();
            return RequestViews.ItemView.of(item);
        });
    }

    /** Approves one item; approving is for privacy officers. */
    public RequestViews.ItemView approve(Principal actor, long itemId) {
        return decide(actor, itemId, true, null);
    }

    /** Denies one item; the reason is required and goes into the request log. */
    public RequestViews.ItemView deny(Principal actor, long itemId, String reason) {
        guard.require(actor, Permission.CORRECTION_APPROVE, "deny corrections");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reason for the denial is required.");
        }
        return decide(actor, itemId, false, reason.strip());
    }

    private RequestViews.ItemView decide(Principal actor, long itemId, boolean approve, String reason) {
        guard.require(actor, Permission.CORRECTION_APPROVE, approve ? "approve corrections" : "deny corrections");
        RequestViews.ItemView view = database.fromTransaction(s -> {
            CorrectionItem item = item(s, itemId);
            if (item.getStatus() != CorrectionStatus.PENDING) {
                throw new IllegalArgumentException("Correction " + itemId + " was already decided.");
            }
            item.decide(approve, actor.username(), clock.instant(), reason);
            return RequestViews.ItemView.of(item);
        });
        closeIfDone(view.id());
        return view;
    }

    /**
     * Applies an approved item through the person editor, so the change history files it under
     * "correction request #id"; then opens one notification task per recipient who received the
     * old value before the fix (ledger entries naming the person whose fields include the field
     * or whose categories include its category).
     *
     * @return the tasks opened
     */
    public List<NoticeView> apply(Principal actor, long itemId) {
        guard.require(actor, Permission.REQUEST_MANAGE, "apply corrections");
        CorrectionItem item = database.fromTransaction(s -> item(s, itemId));
        if (item.getStatus() != CorrectionStatus.APPROVED) {
            throw new IllegalArgumentException("Correction " + itemId + " is " + item.getStatus().name()
                    .toLowerCase(java.util.Locale.ROOT) + "; only approved corrections are applied.");
        }
        SubjectRequest request = database.fromTransaction(s -> find(s, item.getRequestId(), LockModeType.NONE));
        if (!request.identityEstablished()) {
            throw new IllegalArgumentException("The identity of the requester of request " + request.getId()
                    + " has not been verified; nothing is changed before it is.");
        }
        LoadedPerson base = editor.load(actor, item.getPersonId());
        editor.save(actor, base, base.form().with(item.getField(), item.getRequestedValue()),
                "correction request #" + item.getRequestId());
        Instant fixedAt = clock.instant();
        List<AppendedEntry> entries = ledger.entriesOf(identities(item.getPersonId()));
        List<NoticeView> opened = database.fromTransaction(new ChangeContext(actor.username(),
                "correction request #" + item.getRequestId(), fixedAt), s -> {
            CorrectionItem locked = item(s, itemId);
            locked.applied(actor.username(), fixedAt);
            List<NoticeView> views = new ArrayList<>();
            for (Recipient r : recipientsOfOldValue(entries, item.getField(), fixedAt)) {
                CorrectionNotice notice = new CorrectionNotice(item.getRequestId(), itemId, r.kind(), r.name(),
                        r.seqs().stream().map(String::valueOf).collect(Collectors.joining(",")), r.last());
                s.persist(notice);
                s.flush();
                views.add(NoticeView.of(notice));
            }
            return views;
        });
        closeIfDone(itemId);
        return opened;
    }

    /** One recipient of an old value: who, by which entries, the last one when. */
    record Recipient(RecipientKind kind, String name, List<Long> seqs, Instant last) {
    }

    /** The data category a person field is disclosed under (as in the person export). */
    public static String categoryOf(PersonField field) {
        return switch (field) {
            case KIND, FIRST_NAME, LAST_NAME, STATUS -> "identity";
            case EMAIL, PHONE -> "contact";
            case STREET, CITY, POSTAL_CODE, COUNTRY -> "address";
            case COMPANY -> "employer";
            case LANGUAGE -> "preferences";
            case NOTES -> "notes";
        };
    }

    /**
     * Everyone outside the vendor, the person aside, who received the field before the fix: one
     * per recipient kind and name, in the order first disclosed.
     */
    static List<Recipient> recipientsOfOldValue(List<AppendedEntry> entries, PersonField field, Instant before) {
        Map<String, List<AppendedEntry>> byRecipient = new LinkedHashMap<>();
        for (AppendedEntry e : entries) {
            var c = e.content();
            if (!c.time().isBefore(before) || c.recipientKind() == RecipientKind.DATA_SUBJECT
                    || c.recipientKind() == RecipientKind.INTERNAL) {
                continue;
            }
            if (c.fields().contains(field.column()) || c.categories().contains(categoryOf(field))) {
                byRecipient.computeIfAbsent(c.recipientKind() + "\u0000" + c.recipientName().strip()
                        .toLowerCase(java.util.Locale.ROOT), k -> new ArrayList<>()).add(e);
            }
        }
        List<Recipient> out = new ArrayList<>();
        for (List<AppendedEntry> group : byRecipient.values()) {
            AppendedEntry first = group.get(0);
            out.add(new Recipient(first.content().recipientKind(), first.content().recipientName(),
                    group.stream().map(AppendedEntry::seq).toList(), group.get(group.size() - 1).content().time()));
        }
        return out;
    }

    /** Records that a recipient was told, or why telling them is impossible or disproportionate (note required). */
    public NoticeView resolveNotice(Principal actor, long noticeId, NoticeStatus outcome, String note) {
        guard.require(actor, Permission.REQUEST_MANAGE, "record notifications of corrections");
        if (outcome == null || outcome == NoticeStatus.OPEN) {
            throw new IllegalArgumentException("Outcome: told, impossible or disproportionate.");
        }
        if (outcome != NoticeStatus.TOLD && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("Say why telling the recipient is "
                    + outcome.name().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        return database.fromTransaction(s -> {
            CorrectionNotice n = s.find(CorrectionNotice.class, noticeId, LockModeType.PESSIMISTIC_WRITE);
            if (n == null) {
                throw new IllegalArgumentException("There is no notification task with id " + noticeId + ".");
            }
            n.resolve(outcome, actor.username(), clock.instant(), note == null || note.isBlank() ? null : note.strip());
            return NoticeView.of(n);
        });
    }

    /**
     * The recipients of corrected values, for telling the person who they were when they ask;
     * records when they were told. A recipient known only from ledger entries under a running
     * non-notification period is left out without a trace, as in the accounting of disclosures.
     */
    public List<NoticeView> tellPersonRecipients(Principal actor, long requestId) {
        guard.require(actor, Permission.REQUEST_MANAGE, "tell persons who received their data");
        Instant now = clock.instant();
        List<NoticeView> all = database.fromTransaction(s -> {
            SubjectRequest r = find(s, requestId, LockModeType.PESSIMISTIC_WRITE);
            if (!r.identityEstablished()) {
                throw new IllegalArgumentException("The identity of the requester of request " + requestId
                        + " has not been verified.");
            }
            r.recipientsTold(now);
            return notices(s, requestId);
        });
        return all.stream().filter(n -> n.ledgerSeqs().stream().map(ledger::entry)
                .anyMatch(e -> e.isEmpty() || e.get().content().nonNotificationUntil() == null
                        || !now.isBefore(e.get().content().nonNotificationUntil()))).toList();
    }

    /** When every item is decided and every approved one applied, the request is answered. */
    private void closeIfDone(long itemId) {
        database.inTransaction(s -> {
            CorrectionItem item = item(s, itemId);
            SubjectRequest r = find(s, item.getRequestId(), LockModeType.PESSIMISTIC_WRITE);
            List<CorrectionItem> items = items(s, r.getId());
            if (!r.getStatus().open() || items.stream().anyMatch(i -> i.getStatus() == CorrectionStatus.PENDING
                    || i.getStatus() == CorrectionStatus.APPROVED)) {
                return;
            }
            long denied = items.stream().filter(i -> i.getStatus() == CorrectionStatus.DENIED).count();
            ResponseNature nature = denied == 0 ? ResponseNature.CORRECTED
                    : denied == items.size() ? ResponseNature.CORRECTION_DENIED : ResponseNature.PARTLY_CORRECTED;
            String basis = denied == 0 ? null : items.stream().filter(i -> i.getStatus() == CorrectionStatus.DENIED)
                    .map(i -> i.getField().column() + ": " + i.getDecisionReason()).collect(Collectors.joining("; "));
            r.respond(nature, basis, null, clock.instant());
        });
    }

    // ---------------------------------------------------------------- Delivery bookkeeping (AccessReportService)

    /** Marks an access request answered by the ledger entry of its delivered report. */
    void recordDelivery(long requestId, long seq) {
        database.inTransaction(s -> find(s, requestId, LockModeType.PESSIMISTIC_WRITE)
                .recordDelivery(seq, clock.instant()));
    }

    /** The request as the report needs it, for services of this package. */
    RequestDetail load(long requestId) {
        return database.fromTransaction(s -> detail(s, find(s, requestId, LockModeType.NONE)));
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
            SubjectRequest r = find(s, requestId, LockModeType.PESSIMISTIC_WRITE);
            change.apply(s, r);
            s.flush();
            return detail(s, r);
        });
    }

    private static void requireOpen(SubjectRequest r) {
        if (!r.getStatus().open()) {
            throw new IllegalArgumentException("Request " + r.getId() + " was already answered ("
                    + r.getStatus().name().toLowerCase(java.util.Locale.ROOT) + ").");
        }
    }

    static SubjectRequest find(Session s, long requestId, LockModeType lock) {
        SubjectRequest r = s.find(SubjectRequest.class, requestId, lock);
        if (r == null) {
            throw new IllegalArgumentException("There is no request with id " + requestId + ".");
        }
        return r;
    }

    private static CorrectionItem item(Session s, long itemId) {
        CorrectionItem item = s.find(CorrectionItem.class, itemId, LockModeType.PESSIMISTIC_WRITE);
        if (item == null) {
            throw new IllegalArgumentException("There is no correction with id " + itemId + ".");
        }
        return item;
    }

    private static List<CorrectionItem> items(Session s, long requestId) {
        return s.createSelectionQuery("from CorrectionItem where requestId = :r order by id", CorrectionItem.class)
                .setParameter("r", requestId).getResultList();
    }

    private static List<NoticeView> notices(Session s, long requestId) {
        return s.createSelectionQuery("from CorrectionNotice where requestId = :r order by id", CorrectionNotice.class)
                .setParameter("r", requestId).getResultList().stream().map(NoticeView::of).toList();
    }

    private static List<RequestClockEvent> events(Session s, long requestId) {
        return s.createSelectionQuery("from RequestClockEvent where requestId = :r order by occurredAt, id",
                RequestClockEvent.class).setParameter("r", requestId).getResultList();
    }

    private static boolean clockStopped(Session s, long requestId) {
        List<RequestClockEvent> events = events(s, requestId);
        return !events.isEmpty() && events.get(events.size() - 1).getEvent() == ClockEventKind.STOPPED;
    }

    /** The clock's stops of one request, or of all when {@code requestId} is null. */
    private static Map<Long, List<RequestDeadlines.Stop>> stops(Session s, Long requestId) {
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

    private RequestDeadlines.Deadline deadline(Session s, SubjectRequest r) {
        return deadline(r, stops(s, r.getId()).getOrDefault(r.getId(), List.of()));
    }

    private RequestDeadlines.Deadline deadline(SubjectRequest r, List<RequestDeadlines.Stop> stops) {
        return RequestDeadlines.of(r.getJurisdiction(), r.getReceivedAt(), stops,
                r.getExtensionUnits() == null ? 0 : r.getExtensionUnits(), r.getRespondedAt(), clock.instant());
    }

    private RequestSummary summary(SubjectRequest r, List<RequestDeadlines.Stop> stops) {
        return new RequestSummary(r.getId(), r.getKind(), r.getChannel(), r.getJurisdiction(), r.getReceivedAt(),
                r.getStatus(), requester(r.getGiven()), r.getPersonIds(), deadline(r, stops),
                r.identityEstablished());
    }

    private RequestDetail detail(Session s, SubjectRequest r) {
        long id = r.getId();
        RequestViews.Verification verification = r.getVerifiedAt() == null ? null
                : new RequestViews.Verification(r.getVerificationMethod(), r.getEvidenceSha256(), r.getVerifiedBy(),
                r.getVerifiedAt(), r.getConfirmedBy(), r.getConfirmedAt());
        RequestViews.Extension extension = r.getExtensionUnits() == null ? null
                : new RequestViews.Extension(r.getExtensionUnits(), RequestDeadlines.extensionUnit(r.getJurisdiction()),
                r.getExtensionReason(), r.getPersonToldAt(), r.getExtendedBy(), r.getExtendedAt());
        return new RequestDetail(id, r.getKind(), r.getChannel(), r.getJurisdiction(), r.getReceivedAt(),
                r.getGiven(), r.getStatus(), r.getEnteredBy(), r.getEnteredAt(), r.getPersonIds(), r.getMatchedBy(),
                r.getMatchedAt(), verification, extension, deadline(s, r),
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

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
