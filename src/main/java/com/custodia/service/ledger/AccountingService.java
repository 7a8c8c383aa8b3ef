package com.custodia.service.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Person;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.ledger.OwnCustomers;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.service.security.AccessGuard;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The accounting of disclosures for one person (promise P7, DESIGN.md section 5): built from the
 * ledger (including what was disclosed under records later merged into theirs), written as PDF or JSON, and delivered through the disclosure gate, since an accounting
 * names recipients and data about the person and is therefore itself a disclosure.
 */
public final class AccountingService {

    /** The purpose recorded for every delivered accounting. */
    public static final String PURPOSE = "accounting of disclosures";
    /** The category an accounting adds to the categories its lines mention. */
    public static final String CATEGORY = "disclosure-accounting";

    /**
     * Who receives a delivered accounting. A privacy officer keeping it for the vendor's records
     * uses {@link LegalBasis#INTERNAL_USE} with {@link RecipientKind#INTERNAL}; the person
     * themselves is answered on {@link LegalBasis#SUBJECT_REQUEST} with the request's id as reference.
     */
    public record Recipient(RecipientKind kind, String name, String address, LegalBasis basis, String reference) {
        public Recipient {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(basis);
        }

        /** The vendor's own copy, kept by the named team. */
        public static Recipient internalRecords(String keptBy) {
            return new Recipient(RecipientKind.INTERNAL, keptBy, null, LegalBasis.INTERNAL_USE, null);
        }
    }

    private final Database database;
    private final LedgerQueries queries;
    private final DisclosureGate gate;
    private final LedgerScope scope;
    private final Clock clock;

    public AccountingService(Database database, LedgerQueries queries, OwnCustomers own, DisclosureGate gate,
                             AccessGuard guard, Clock clock) {
        this.database = database;
        this.queries = queries;
        this.gate = gate;
        this.scope = new LedgerScope(own, guard, clock);
        this.clock = clock;
    }

    /**
     * The accounting for one person as of now. Entries under a running non-notification period
     * are left out without a trace, so the accounting cannot tip anyone off about a legal order.
     * Needs {@link Permission#LEDGER_READ_ALL}, or {@link Permission#LEDGER_READ_OWN} and the person
     * being a customer the operator owns.
     *
     * @throws IllegalArgumentException when the person is not held and the ledger names them nowhere
     */
    public Accounting of(Principal actor, long personId) {
        scope.ofPerson(actor, personId, "read the accounting of disclosures");
        Instant now = clock.instant();
        List<AppendedEntry> entries = queries.entriesOf(identities(personId));
        String name = nameOf(personId);
        if (name == null && entries.isEmpty()) {
            throw new IllegalArgumentException("There is no person with id " + personId + ".");
        }
        return new Accounting(personId, name, now, AccountingLines.of(entries, now));
    }

    /** The accounting as JSON: fixed field order, ISO-8601 UTC instants. */
    public byte[] json(Accounting accounting) {
        return AccountingJson.write(accounting);
    }

    /** The accounting as a PDF for people. */
    public byte[] pdf(Accounting accounting) {
        return AccountingPdf.write(accounting);
    }

    /** The accounting in the given format. */
    public byte[] render(Accounting accounting, AccountingFormat format) {
        return format == AccountingFormat.PDF ? pdf(accounting) : json(accounting);
    }

    /**
     * Builds the person's accounting and hands it over as a file through the disclosure gate:
     * the file is written only after its ledger entry (with the file's SHA-256) is committed.
     *
     * @throws com.custodia.service.security.AccessDeniedException when the role may not read the whole ledger
     * @throws com.custodia.service.disclosure.DisclosureRefusedException when the rules refuse the recipient
     *         or basis (answering the person needs a verified request, which the rules check)
     */
    public Disclosed deliver(Principal actor, long personId, AccountingFormat format, Path target, Recipient recipient,
                             Progress progress) {
        progress.update(-1, "Reading the ledger");
        Accounting accounting = of(actor, personId);
        progress.checkCancelled();
        progress.update(0.4, "Writing the accounting as " + format.extension().toUpperCase(java.util.Locale.ROOT));
        byte[] payload = render(accounting, format);
        progress.checkCancelled();
        Set<String> categories = new TreeSet<>(accounting.categoriesMentioned());
        categories.add(CATEGORY);
        DisclosureRequest request = new DisclosureRequest(DisclosureKind.ACCOUNTING, recipient.kind(), recipient.name(),
                recipient.address(), recipient.basis(), recipient.reference(), Set.of(personId),
                new ArrayList<>(categories), format.fields(), PURPOSE, "file", null, null);
        progress.update(0.7, "Recording the delivery in the ledger");
        Disclosed disclosed = gate.disclose(actor, request, payload, new FileRelease(target));
        progress.update(1.0, "Delivered as ledger entry " + disclosed.ledgerSeq());
        return disclosed;
    }

    /**
     * The person and every record merged into them (decision 0014): what was disclosed under a
     * merged record was disclosed about this person, and the ledger keeps the id it was written with.
     */
    private Set<Long> identities(long personId) {
        Set<Long> ids = new TreeSet<>();
        ids.add(personId);
        database.inTransaction(s -> s.createNativeQuery("SELECT merged_id FROM person_merge WHERE survivor_id = :p",
                Object.class).setParameter("p", personId).getResultList()
                .forEach(id -> ids.add(((Number) id).longValue())));
        return ids;
    }

    private String nameOf(long personId) {
        return database.fromTransaction(s -> {
            Person p = s.find(Person.class, personId);
            if (p == null) {
                return null;
            }
            String first = p.getFirstName() == null ? "" : p.getFirstName().strip();
            String last = p.getLastName() == null ? "" : p.getLastName().strip();
            return (first + " " + last).strip();
        });
    }
}
