package com.custodia.service.demo;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.ClockEventKind;
import com.custodia.domain.CorrectionItem;
import com.custodia.domain.CorrectionNotice;
import com.custodia.domain.Hashes;
import com.custodia.domain.Jurisdiction;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.Person;
import com.custodia.domain.PersonField;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestClockEvent;
import com.custodia.domain.RequestKind;
import com.custodia.domain.ResponseNature;
import com.custodia.domain.SubjectRequest;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryDraft;
import com.custodia.persistence.Database;
import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The request part of the demo data (issue 7): access and correction requests in every state —
 * new, awaiting identification (clock stopped), verified but not yet confirmed, confirmed and
 * extended, answered with a delivered report, overdue — and one correction of an email address
 * that had been disclosed to two partners, applied (the change history names the request) with
 * one notification task per partner, one of them told. Ledger entries are real, written in the
 * name of the operator who generates the demo data. Runs once per database.
 */
final class DemoRequests {

    private static final String OFFICER = "demo.officer";
    private static final String SECOND = "demo.second";

    private final Database database;
    private final LedgerService ledger;
    private final Instant now;

    DemoRequests(Database database, LedgerService ledger, Instant now) {
        this.database = database;
        this.ledger = ledger;
        this.now = now;
    }

    /** Adds the demo requests; returns how many, 0 when they exist already or there are too few persons. */
    int add(Principal actor) {
        List<Person> persons = database.fromTransaction(s -> {
            Long existing = s.createSelectionQuery("select count(*) from SubjectRequest", Long.class)
                    .getSingleResult();
            if (existing > 0) {
                return List.<Person>of();
            }
            return s.createSelectionQuery("from Person where email is not null order by id", Person.class)
                    .setMaxResults(7).getResultList();
        });
        if (persons.size() < 7) {
            return 0;
        }
        List<Long> ids = new ArrayList<>();
        // new: arrived this morning, not matched yet
        ids.add(request(RequestKind.ACCESS, RequestChannel.WEB_FORM, Jurisdiction.DEFAULT, days(0), persons.get(0),
                false, r -> { }));
        // awaiting identification: the clock stopped three days after receipt
        ids.add(request(RequestKind.ACCESS, RequestChannel.LETTER, Jurisdiction.DEFAULT, days(12), persons.get(1),
                true, r -> {
                    r.awaitIdentity();
                    clock(r, ClockEventKind.STOPPED, days(9), "asked for a copy of the latest invoice");
                }));
        // verified, waiting for the second operator
        ids.add(request(RequestKind.ACCESS, RequestChannel.EMAIL, Jurisdiction.CALIFORNIA, days(20), persons.get(2),
                true, r -> r.verify("reply from the email address on file", sha("reply"), OFFICER, days(18))));
        // confirmed and extended by two months, the person told within the first month
        ids.add(request(RequestKind.ACCESS, RequestChannel.PHONE, Jurisdiction.DEFAULT, days(25), persons.get(3),
                true, r -> {
                    r.verify("call-back to the phone number on file", sha("call"), OFFICER, days(24));
                    r.confirm(SECOND, days(23));
                    r.extend(2, "records in three archived systems must be searched", days(20), OFFICER, days(20));
                }));
        // overdue: received 40 days ago, verified, never answered
        ids.add(request(RequestKind.ACCESS, RequestChannel.EMAIL, Jurisdiction.DEFAULT, days(40), persons.get(4),
                true, r -> r.verify("reply from the email address on file", sha("late"), OFFICER, days(38))));
        // delivered: a report handed over through a real ledger entry
        Person delivered = persons.get(5);
        ids.add(request(RequestKind.ACCESS, RequestChannel.EMAIL, Jurisdiction.DEFAULT, days(15), delivered, true,
                r -> {
                    r.verify("reply from the email address on file", sha("done"), OFFICER, days(14));
                    r.confirm(SECOND, days(13));
                }));
        long deliveredId = ids.get(ids.size() - 1);
        if (ledger != null && ledger.canSign()) {
            AppendedEntry entry = append(actor, RecipientKind.DATA_SUBJECT, name(delivered), LegalBasis.SUBJECT_REQUEST,
                    String.valueOf(deliveredId), delivered.getId(), List.of("identity", "contact"),
                    List.of("access-report.pdf"), "answer to an access request", "email");
            database.inTransaction(s -> s.find(SubjectRequest.class, deliveredId).recordDelivery(entry.seq(), now));
        }
        correction(actor, persons.get(6));
        return ids.size() + 1;
    }

    /** A correction of an email address that two partners had received before. */
    private void correction(Principal actor, Person person) {
        String old = person.getEmail();
        String wanted = "new." + old;
        List<AppendedEntry> earlier = new ArrayList<>();
        if (ledger != null && ledger.canSign()) {
            for (String partner : List.of(DemoPartners.NORTHWIND, DemoPartners.CONTOSO)) {
                earlier.add(append(actor, RecipientKind.PARTNER, partner, LegalBasis.PARTNER_AGREEMENT, "demo",
                        person.getId(), List.of("contact"), List.of("email"), "demo data: renewal reminder list",
                        "file"));
            }
        }
        long id = request(RequestKind.CORRECTION, RequestChannel.EMAIL, Jurisdiction.DEFAULT, days(6), person, true,
                r -> r.verify("reply from the old email address", sha("correction"), OFFICER, days(5)));
        database.inTransaction(new ChangeContext(OFFICER, "correction request #" + id, days(4)), s -> {
            CorrectionItem item = new CorrectionItem(id, person.getId(), PersonField.EMAIL, old, wanted,
                    "the old mailbox was closed");
            s.persist(item);
            item.decide(true, SECOND, days(4), null);
            item.applied(OFFICER, days(4));
            s.find(Person.class, person.getId()).set(PersonField.EMAIL, wanted);
            s.flush();
            boolean first = true;
            for (AppendedEntry e : earlier) {
                CorrectionNotice notice = new CorrectionNotice(id, item.getId(), RecipientKind.PARTNER,
                        e.content().recipientName(), String.valueOf(e.seq()), e.content().time());
                s.persist(notice);
                if (first) {
                    notice.resolve(NoticeStatus.TOLD, OFFICER, days(3), null);
                    first = false;
                }
            }
            s.find(SubjectRequest.class, id).respond(ResponseNature.CORRECTED, null, null, days(3));
        });
    }

    private interface Step {
        void apply(SubjectRequest r);
    }

    private long request(RequestKind kind, RequestChannel channel, Jurisdiction jurisdiction, Instant received,
                         Person person, boolean matched, Step step) {
        return database.fromTransaction(s -> {
            SubjectRequest r = new SubjectRequest(kind, channel, jurisdiction, received,
                    new SubjectRequest.Identifiers(name(person), person.getEmail(), null, null, null, null), OFFICER,
                    received);
            if (matched) {
                r.match(Set.of(person.getId()), OFFICER, received.plus(Duration.ofHours(2)));
            }
            s.persist(r);
            s.flush();
            pending.clear();
            step.apply(r);
            for (RequestClockEvent e : pending) {
                s.persist(new RequestClockEvent(r.getId(), e.getEvent(), e.getOccurredAt(), e.getOperatorName(),
                        e.getReason()));
            }
            return r.getId();
        });
    }

    private final List<RequestClockEvent> pending = new ArrayList<>();

    private void clock(SubjectRequest r, ClockEventKind kind, Instant at, String reason) {
        pending.add(new RequestClockEvent(0, kind, at, OFFICER, reason));
    }

    private AppendedEntry append(Principal actor, RecipientKind kind, String recipient, LegalBasis basis,
                                 String reference, long person, List<String> categories, List<String> fields,
                                 String purpose, String channel) {
        return ledger.append(new EntryDraft(actor.username(),
                actor.roles().stream().map(Enum::name).collect(Collectors.toSet()), kind, recipient, null, basis,
                reference, Set.of(person), categories, fields, purpose, channel,
                Hashes.sha256((recipient + person + purpose).getBytes(StandardCharsets.UTF_8)), null, null));
    }

    private Instant days(int ago) {
        return now.minus(Duration.ofDays(ago));
    }

    private static String sha(String evidence) {
        return Hashes.sha256(evidence.getBytes(StandardCharsets.UTF_8));
    }

    private static String name(Person p) {
        return ((p.getFirstName() == null ? "" : p.getFirstName()) + " "
                + (p.getLastName() == null ? "" : p.getLastName())).strip();
    }
}
