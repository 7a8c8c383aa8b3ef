package com.custodia.service.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.ledger.OwnCustomers;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * Reading the disclosure ledger for the ledger screen: filtered pages newest first, one entry
 * with its persons, how many entries about a person are held back, and verification. Reading
 * needs {@link Permission#LEDGER_READ_ALL}, or {@link Permission#LEDGER_READ_OWN} for the entries
 * about the customers one owns (decision 0028); verifying needs {@link Permission#LEDGER_VERIFY}
 * (checked by {@link LedgerService#verify}).
 */
public final class LedgerReader {

    /** How many of an entry's persons {@link #detail} returns. */
    public static final int PERSONS_SHOWN = 1000;

    private static final String READ = "read the disclosure ledger";

    /**
     * Which entries to show; null or blank parts match everything.
     *
     * @param recipient part of the recipient's name, any case
     * @param firstDay  first day included (UTC)
     * @param lastDay   last day included (UTC)
     */
    public record Filter(Long personId, String recipient, LegalBasis basis, String channel, LocalDate firstDay,
                         LocalDate lastDay) {

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }

        LedgerQueries.Filter toQuery() {
            if (firstDay != null && lastDay != null && firstDay.isAfter(lastDay)) {
                throw new IllegalArgumentException("The first day " + firstDay + " comes after the last day " + lastDay + ".");
            }
            return new LedgerQueries.Filter(personId, recipient, basis, channel,
                    firstDay == null ? null : firstDay.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    lastDay == null ? null : lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }
    }

    /**
     * One page of entries, newest first.
     *
     * @param total how many entries match the filter in all
     * @param more  whether older matching entries follow this page
     */
    public record Page(List<LedgerEntryView> entries, long total, boolean more) {
        public Page {
            entries = List.copyOf(entries);
        }

        /** The key of the next (older) page, or null when there is none. */
        public Long nextBefore() {
            return more && !entries.isEmpty() ? entries.get(entries.size() - 1).seq() : null;
        }
    }

    /**
     * One entry with the persons it lists: their ids, ascending, at most {@link #PERSONS_SHOWN}
     * of them ({@link LedgerEntryView#personCount()} says how many there are in all).
     */
    public record EntryDetail(LedgerEntryView entry, List<Long> persons) {
        public EntryDetail {
            persons = List.copyOf(persons);
        }
    }

    private final LedgerService ledger;
    private final LedgerQueries queries;
    private final AccessGuard guard;
    private final Clock clock;
    private final LedgerScope scope;

    public LedgerReader(LedgerService ledger, LedgerQueries queries, OwnCustomers own, AccessGuard guard,
                        Clock clock) {
        this.ledger = ledger;
        this.queries = queries;
        this.guard = guard;
        this.clock = clock;
        this.scope = new LedgerScope(own, guard, clock);
    }

    /** Whether the operator reads only the entries about the customers they own, not the whole ledger. */
    public static boolean readsOwnOnly(Principal actor) {
        return LedgerScope.ownOnly(actor);
    }

    /**
     * A page of matching entries older than {@code before} (null: the newest), at most
     * {@code limit} of them, and the number matching in all. An operator who reads only about
     * their own customers gets only those entries, and is refused a person who is not one of them.
     */
    public Page page(Principal actor, Filter filter, Long before, int limit) {
        OwnCustomers.Scope own = filter.personId() == null ? scope.of(actor, READ)
                : scope.ofPerson(actor, filter.personId(), READ);
        LedgerQueries.Filter query = filter.toQuery().ownedBy(own);
        int size = Math.max(1, Math.min(limit, LedgerQueries.MAX_PAGE - 1));
        // one more than asked tells whether another page follows, without a second query
        List<AppendedEntry> rows = queries.page(query, before, size + 1);
        boolean more = rows.size() > size;
        List<LedgerEntryView> shown = rows.stream().limit(size).map(LedgerEntryView::of).toList();
        return new Page(shown, queries.count(query), more);
    }

    /**
     * One entry and its persons; to an operator who reads only about their own customers, only
     * those of their customers.
     */
    public EntryDetail detail(Principal actor, long seq) {
        OwnCustomers.Scope own = scope.ofEntry(actor, seq, READ);
        AppendedEntry entry = queries.entry(seq)
                .orElseThrow(() -> new IllegalArgumentException("There is no ledger entry " + seq + "."));
        return new EntryDetail(LedgerEntryView.of(entry), scope.personsOf(queries, own, seq, PERSONS_SHOWN));
    }

    /**
     * How many entries about the person are held back from their accounting now because a
     * non-notification period is still running. Only readers of the whole ledger see this number;
     * the accounting itself never hints at it, and neither does anything a sales representative,
     * who speaks with the customer, reads.
     */
    public long heldBack(Principal actor, long personId) {
        guard.require(actor, Permission.LEDGER_READ_ALL, "read the disclosure ledger");
        return queries.heldBack(personId, clock.instant());
    }

    /** Verifies the whole ledger through {@link LedgerService#verify}; cancellable through the progress. */
    public VerificationResult verify(Principal actor, Progress progress) {
        return VerificationResult.of(ledger.verify(actor, progress));
    }
}
