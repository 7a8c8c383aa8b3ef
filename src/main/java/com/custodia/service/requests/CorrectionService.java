package com.custodia.service.requests;

import static com.custodia.service.requests.RequestReads.find;
import static com.custodia.service.requests.RequestReads.item;
import static com.custodia.service.requests.RequestReads.items;
import static com.custodia.service.requests.RequestReads.notices;

import com.custodia.domain.CorrectionItem;
import com.custodia.domain.CorrectionNotice;
import com.custodia.domain.CorrectionStatus;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.Person;
import com.custodia.domain.PersonField;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestKind;
import com.custodia.domain.ResponseNature;
import com.custodia.domain.SubjectRequest;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.LoadedPerson;
import com.custodia.service.people.PersonEditor;
import com.custodia.service.requests.RequestViews.NoticeView;
import com.custodia.service.security.AccessGuard;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Correction requests (DESIGN.md P7, decision 0024): each requested change as an item with the
 * value held when it was asked, decided one by one (a denial keeps its reason), applied through
 * the person editor so the change history names the request, and then one notification task per
 * recipient who had received the old value, closed when told or with the reason telling is
 * impossible or disproportionate. The request is answered when every item is settled.
 */
public final class CorrectionService {

    private final Database database;
    private final AccessGuard guard;
    private final PersonEditor editor;
    private final LedgerQueries ledger;
    private final RequestService requests;
    private final Clock clock;

    public CorrectionService(Database database, AccessGuard guard, PersonEditor editor, LedgerQueries ledger,
                             RequestService requests, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.editor = editor;
        this.ledger = ledger;
        this.requests = requests;
        this.clock = clock;
    }


    /** Adds one requested change to a correction request; the old value is the one held now. */
    public RequestViews.ItemView addCorrection(Principal actor, long requestId, long personId, PersonField field,
                                               String requestedValue, String evidence) {
        guard.require(actor, Permission.REQUEST_INTAKE, "record requested corrections");
        Objects.requireNonNull(field, "field");
        return database.fromTransaction(s -> {
            SubjectRequest r = find(s, requestId, LockModeType.PESSIMISTIC_WRITE);
            RequestService.requireOpen(r);
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
        // who received the old value: read before the fix, counted only before its time
        Instant fixedAt = clock.instant();
        List<AppendedEntry> entries = ledger.entriesOf(requests.identities(item.getPersonId()));
        List<NoticeView> opened = new ArrayList<>();
        LoadedPerson base = editor.load(actor, item.getPersonId());
        // the person's record, the item marked applied and its notification tasks: one transaction
        editor.save(actor, base, base.form().with(item.getField(), item.getRequestedValue()),
                "correction request #" + item.getRequestId(), s -> {
                    CorrectionItem locked = item(s, itemId);
                    if (locked.getStatus() != CorrectionStatus.APPROVED) {
                        throw new IllegalArgumentException("Correction " + itemId + " was applied meanwhile.");
                    }
                    locked.applied(actor.username(), fixedAt);
                    for (Recipient r : recipientsOfOldValue(entries, item.getField(), fixedAt)) {
                        CorrectionNotice notice = new CorrectionNotice(item.getRequestId(), itemId, r.kind(),
                                r.name(), r.seqs().stream().map(String::valueOf).collect(Collectors.joining(",")),
                                r.last());
                        s.persist(notice);
                        s.flush();
                        opened.add(NoticeView.of(notice));
                    }
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
}
