package com.custodia.service.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.PersonKind;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.LedgerQueries;
import com.custodia.ledger.OwnCustomers;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger screen's queries (filters, paging, detail) on a real database: the same contract
 * on encrypted H2 and on PostgreSQL, since LIKE, timestamps and sub-selects are where engines differ.
 */
abstract class LedgerReaderContract {

    static final long ADA = 1001;
    static final long BOB = 1002;

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    protected Services services;
    final Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
    final Principal admin = TestWorkspaces.principal(51, "admin2", Role.ADMINISTRATOR);
    final List<AppendedEntry> appended = new ArrayList<>();

    protected abstract Services create();

    /**
     * Day 1 (March 2): Acme about Ada, Beta about Bob; day 2: "100% Data_Co" about both, by email;
     * day 3: the District Court about Ada on a legal order; then 20 more to Acme about Bob.
     */
    @BeforeEach
    void ledgerOfTwentyFourEntries() {
        services = create();
        Disclosures d = new Disclosures(services, clock);
        Duration day = Duration.ofDays(1);
        appended.add(d.draft().to("Acme Research").about(ADA).after(day).append());
        appended.add(d.draft().to("Beta Analytics").about(BOB).append());
        appended.add(d.draft().to("100% Data_Co").about(ADA, BOB).channel("email").after(day).append());
        appended.add(d.draft().kind(RecipientKind.AUTHORITY).to("District Court").basis(LegalBasis.LEGAL_ORDER)
                .about(ADA).after(day).append());
        for (int i = 0; i < 20; i++) {
            appended.add(d.draft().to("Acme Research").about(BOB).append());
        }
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    LedgerReader.Page page(LedgerReader.Filter filter) {
        return services.ledgerReader().page(officer, filter, null, 50);
    }

    static List<Long> seqs(LedgerReader.Page page) {
        return page.entries().stream().map(LedgerEntryView::seq).toList();
    }

    static LedgerReader.Filter filter() {
        return LedgerReader.Filter.none();
    }

    @Test
    void everythingNewestFirstWithTheTotal() {
        LedgerReader.Page page = page(filter());
        assertThat(page.total()).isEqualTo(24);
        assertThat(seqs(page).get(0)).isEqualTo(23);
        assertThat(seqs(page)).isSortedAccordingTo((a, b) -> Long.compare(b, a)).hasSize(24);
        assertThat(page.more()).isFalse();
    }

    @Test
    void pagesFollowEachOtherByKey() {
        LedgerReader.Page first = services.ledgerReader().page(officer, filter(), null, 10);
        LedgerReader.Page second = services.ledgerReader().page(officer, filter(), first.nextBefore(), 10);
        LedgerReader.Page third = services.ledgerReader().page(officer, filter(), second.nextBefore(), 10);
        assertThat(seqs(first)).startsWith(23L).endsWith(14L);
        assertThat(seqs(second)).startsWith(13L).endsWith(4L);
        assertThat(seqs(third)).containsExactly(3L, 2L, 1L, 0L);
        assertThat(first.more()).isTrue();
        assertThat(third.more()).isFalse();
        assertThat(third.nextBefore()).isNull();
        assertThat(third.total()).isEqualTo(24);
    }

    @Test
    void filtersByPerson() {
        LedgerReader.Page ada = page(new LedgerReader.Filter(ADA, null, null, null, null, null));
        assertThat(seqs(ada)).containsExactly(3L, 2L, 0L);
        assertThat(ada.total()).isEqualTo(3);
    }

    @Test
    void filtersByPartOfTheRecipientNameInAnyCase() {
        assertThat(seqs(page(new LedgerReader.Filter(null, "  aCmE ", null, null, null, null)))).hasSize(21).endsWith(0L);
        // the operator's % and _ are letters, not wildcards
        assertThat(seqs(page(new LedgerReader.Filter(null, "100%", null, null, null, null)))).containsExactly(2L);
        assertThat(seqs(page(new LedgerReader.Filter(null, "a_c", null, null, null, null)))).containsExactly(2L);
        assertThat(seqs(page(new LedgerReader.Filter(null, "%", null, null, null, null)))).containsExactly(2L);
        assertThat(page(new LedgerReader.Filter(null, "nobody", null, null, null, null)).entries()).isEmpty();
    }

    @Test
    void filtersByBasisAndChannel() {
        assertThat(seqs(page(new LedgerReader.Filter(null, null, LegalBasis.LEGAL_ORDER, null, null, null))))
                .containsExactly(3L);
        assertThat(seqs(page(new LedgerReader.Filter(null, null, null, "email", null, null)))).containsExactly(2L);
    }

    @Test
    void filtersByDaysInclusiveInUtc() {
        LocalDate day1 = LocalDate.ofInstant(appended.get(0).content().time(), ZoneOffset.UTC);
        assertThat(seqs(page(new LedgerReader.Filter(null, null, null, null, day1, day1)))).containsExactly(1L, 0L);
        assertThat(seqs(page(new LedgerReader.Filter(null, null, null, null, day1.plusDays(1), day1.plusDays(1)))))
                .containsExactly(2L);
        assertThat(page(new LedgerReader.Filter(null, null, null, null, day1.plusDays(2), null)).total()).isEqualTo(21);
        assertThat(seqs(page(new LedgerReader.Filter(ADA, "court", LegalBasis.LEGAL_ORDER, "file", day1,
                day1.plusDays(2))))).containsExactly(3L);
        assertThatThrownBy(() -> page(new LedgerReader.Filter(null, null, null, null, day1.plusDays(1), day1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("comes after");
    }

    @Test
    void detailHasEveryFieldThePersonsAndTheHashes() {
        LedgerReader.EntryDetail detail = services.ledgerReader().detail(officer, 2);
        LedgerEntryView e = detail.entry();
        assertThat(detail.persons()).containsExactly(ADA, BOB);
        assertThat(e.recipientName()).isEqualTo("100% Data_Co");
        assertThat(e.personCount()).isEqualTo(2);
        assertThat(e.channel()).isEqualTo("email");
        assertThat(e.leafHash()).hasSize(64).isEqualTo(java.util.HexFormat.of().formatHex(appended.get(2).leafHash()));
        assertThat(e.chainHash()).hasSize(64).isEqualTo(java.util.HexFormat.of().formatHex(appended.get(2).chainHash()));
        assertThat(e.payloadSha256()).isEqualTo("ab".repeat(32));
        assertThatThrownBy(() -> services.ledgerReader().detail(officer, 99)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readingTheEntriesNeedsTheWholeLedgerRoleWhileVerifyingDoesNot() {
        assertThat(page(filter()).entries()).isNotEmpty();
        assertThatThrownBy(() -> services.ledgerReader().page(admin, filter(), null, 10))
                .isInstanceOf(AccessDeniedException.class);
        VerificationResult result = services.ledgerReader().verify(admin, com.custodia.domain.Progress.NONE);
        assertThat(result.ok()).isTrue();
        assertThat(result.summary()).startsWith("OK 24 entries, head ");
    }

    // ---------------------------------------------------------------- Sales representatives (decision 0028)

    /** Customers of two sales representatives, one of nobody's, and entries about them after the 24 above. */
    final class OwnedLedger {
        final Principal sam = salesRep("sam", "Sam Seller");
        final Principal sue = salesRep("sue", "Sue Closer");
        final long carol = customer("Carol", "carol@example.com");
        final long dave = customer("Dave", "dave@example.com");
        final long erin = customer("Erin", "erin@example.com");
        final Disclosures d = new Disclosures(services, clock);
        final long aboutCarol;
        final long aboutDave;
        final long aboutBoth;
        final long aboutErin;
        final long heldBack;
        final Instant heldUntil = clock.instant().plus(Duration.ofDays(30));

        OwnedLedger() {
            services.accountOwners().assign(admin, carol, null, sam.operatorId());
            services.accountOwners().assign(officer, dave, null, sue.operatorId());
            aboutCarol = d.draft().to("Acme Research").about(carol).append().seq();
            aboutDave = d.draft().to("Acme Research").about(dave).append().seq();
            aboutBoth = d.draft().to("Beta Analytics").about(carol, dave).channel("email").append().seq();
            aboutErin = d.draft().to("Acme Research").about(erin).append().seq();
            heldBack = d.draft().kind(RecipientKind.AUTHORITY).to("District Court").basis(LegalBasis.LEGAL_ORDER)
                    .about(carol).heldUntil(heldUntil).append().seq();
        }

        LedgerReader.Page page(Principal actor, LedgerReader.Filter filter) {
            return services.ledgerReader().page(actor, filter, null, 50);
        }

        private Principal salesRep(String username, String name) {
            long id = services.operators().create(admin, username, name, java.util.Set.of(Role.SALES_REPRESENTATIVE),
                    "temporary-pass-1".toCharArray()).id();
            return new Principal(id, username, name, java.util.Set.of(Role.SALES_REPRESENTATIVE));
        }

        private long customer(String first, String email) {
            return services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, first, "Customer", null,
                    email, null, null, null, null, "GB", "en"));
        }
    }

    @Test
    void aSalesRepresentativeReadsExactlyTheEntriesAboutTheirOwnCustomers() {
        OwnedLedger o = new OwnedLedger();

        LedgerReader.Page sams = o.page(o.sam, filter());
        LedgerReader.Page sues = o.page(o.sue, filter());

        assertThat(seqs(sams)).containsExactly(o.aboutBoth, o.aboutCarol);
        assertThat(sams.total()).isEqualTo(2);
        assertThat(seqs(sues)).containsExactly(o.aboutBoth, o.aboutDave);
        assertThat(page(filter()).total()).isEqualTo(29);
        assertThat(LedgerReader.readsOwnOnly(o.sam)).isTrue();
        assertThat(LedgerReader.readsOwnOnly(officer)).isFalse();
    }

    @Test
    void theFiltersWorkWithinTheirOwnCustomersEntries() {
        OwnedLedger o = new OwnedLedger();
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);

        assertThat(seqs(o.page(o.sam, new LedgerReader.Filter(null, "acme", null, null, null, null))))
                .containsExactly(o.aboutCarol);
        assertThat(seqs(o.page(o.sam, new LedgerReader.Filter(null, null, null, "email", null, null))))
                .containsExactly(o.aboutBoth);
        assertThat(seqs(o.page(o.sam, new LedgerReader.Filter(null, null, LegalBasis.CONSENT, null, today.minusDays(1),
                today)))).containsExactly(o.aboutBoth, o.aboutCarol);
        assertThat(seqs(o.page(o.sam, new LedgerReader.Filter(o.carol, null, null, null, null, null))))
                .containsExactly(o.aboutBoth, o.aboutCarol);
        LedgerReader.Page first = services.ledgerReader().page(o.sam, filter(), null, 1);
        assertThat(seqs(first)).containsExactly(o.aboutBoth);
        assertThat(seqs(services.ledgerReader().page(o.sam, filter(), first.nextBefore(), 1)))
                .containsExactly(o.aboutCarol);
    }

    @Test
    void anotherPersonsEntriesAreRefusedWithTheReason() {
        OwnedLedger o = new OwnedLedger();

        assertThatThrownBy(() -> o.page(o.sam, new LedgerReader.Filter(o.dave, null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to read the disclosure ledger about person " + o.dave
                        + ": you read the ledger only about the customers you own.");
        assertThatThrownBy(() -> o.page(o.sam, new LedgerReader.Filter(o.erin, null, null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.ledgerReader().detail(o.sam, o.aboutDave))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to read the disclosure ledger entry " + o.aboutDave
                        + ": you read only the entries about the customers you own.");
        assertThatThrownBy(() -> services.ledgerReader().detail(o.sam, 0)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anEntryAboutSeveralCustomersShowsTheSalesRepresentativeOnlyTheirOwn() {
        OwnedLedger o = new OwnedLedger();

        LedgerReader.EntryDetail sams = services.ledgerReader().detail(o.sam, o.aboutBoth);

        assertThat(sams.persons()).containsExactly(o.carol);
        assertThat(sams.entry().personCount()).isEqualTo(2);
        assertThat(services.ledgerReader().detail(officer, o.aboutBoth).persons()).containsExactly(o.carol, o.dave);
    }

    @Test
    void entriesUnderARunningNonNotificationPeriodStayHeldBackFromTheOwner() {
        OwnedLedger o = new OwnedLedger();

        assertThat(seqs(o.page(o.sam, filter()))).doesNotContain(o.heldBack);
        assertThatThrownBy(() -> services.ledgerReader().detail(o.sam, o.heldBack))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(services.accounting().of(o.sam, o.carol).lines()).extracting(Accounting.Line::ledgerSeq)
                .containsExactly(o.aboutCarol, o.aboutBoth);
        assertThatThrownBy(() -> services.ledgerReader().heldBack(o.sam, o.carol))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(seqs(page(filter()))).contains(o.heldBack);

        clock.advance(Duration.ofDays(31));

        assertThat(seqs(o.page(o.sam, filter()))).containsExactly(o.heldBack, o.aboutBoth, o.aboutCarol);
        assertThat(services.ledgerReader().detail(o.sam, o.heldBack).persons()).containsExactly(o.carol);
    }

    @Test
    void theOwnerReadsTheirCustomersAccountingAndIsRefusedAnyoneElses() {
        OwnedLedger o = new OwnedLedger();

        assertThat(services.accounting().of(o.sue, o.dave).lines()).extracting(Accounting.Line::ledgerSeq)
                .containsExactly(o.aboutDave, o.aboutBoth);
        assertThatThrownBy(() -> services.accounting().of(o.sue, o.carol))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to read the accounting of disclosures about person " + o.carol
                        + ": you read the ledger only about the customers you own.");
        assertThatThrownBy(() -> services.accounting().of(o.sue, o.erin)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> services.accounting().of(admin, o.dave)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aNewOwnerReadsTheCustomersWholePastAndTheFormerOwnerNoLonger() {
        OwnedLedger o = new OwnedLedger();

        services.accountOwners().assign(officer, o.carol, o.sam.operatorId(), o.sue.operatorId());

        assertThat(o.page(o.sam, filter()).entries()).isEmpty();
        assertThat(seqs(o.page(o.sue, filter()))).containsExactly(o.aboutBoth, o.aboutDave, o.aboutCarol);
    }

    @Test
    void aRecordMergedIntoTheirCustomerCountsInTheAccountingAsForEveryReader() {
        OwnedLedger o = new OwnedLedger();
        long carolsOldRecord = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Carol",
                "Customer", null, "carol@example.com", null, null, null, null, "GB", "en"));
        long aboutOldRecord = o.d.draft().to("Gamma Surveys").about(carolsOldRecord).append().seq();

        services.personMerger().merge(officer, new com.custodia.service.people.MergeRequest(o.carol,
                services.personEditor().load(officer, o.carol).version(), carolsOldRecord,
                services.personEditor().load(officer, carolsOldRecord).version(), java.util.Set.of()));

        assertThat(services.accounting().of(o.sam, o.carol).lines()).extracting(Accounting.Line::ledgerSeq)
                .containsExactly(o.aboutCarol, o.aboutBoth, aboutOldRecord);
        // the list, like a person's Disclosures tab, names the ids the entries were written with
        assertThat(seqs(o.page(o.sam, filter()))).containsExactly(o.aboutBoth, o.aboutCarol);
        assertThatThrownBy(() -> o.page(o.sam, new LedgerReader.Filter(carolsOldRecord, null, null, null, null,
                null))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyPlanOfTheOwnersConditionFindsTheSameEntries() {
        OwnedLedger o = new OwnedLedger();
        LedgerQueries queries = new LedgerQueries(services.database());
        Instant now = clock.instant();

        for (Principal rep : java.util.List.of(o.sam, o.sue)) {
            java.util.List<Long> byCustomers = seqsOf(queries, new OwnCustomers.Scope(rep.operatorId(), now,
                    OwnCustomers.Plan.BY_CUSTOMERS));
            java.util.List<Long> byEntries = seqsOf(queries, new OwnCustomers.Scope(rep.operatorId(), now,
                    OwnCustomers.Plan.BY_ENTRIES));
            assertThat(byEntries).isEqualTo(byCustomers).isNotEmpty().doesNotContain(o.aboutErin, o.heldBack);
            assertThat(queries.count(LedgerQueries.Filter.none().ownedBy(new OwnCustomers.Scope(rep.operatorId(), now,
                    OwnCustomers.Plan.BY_ENTRIES)))).isEqualTo(byCustomers.size());
        }
        // with one customer among 29 entries the owner's entries are found from the customer; with
        // one per 20 entries, entry by entry
        OwnCustomers own = new OwnCustomers(services.database());
        assertThat(own.scope(o.sam.operatorId(), now).plan()).isEqualTo(OwnCustomers.Plan.BY_CUSTOMERS);
        services.accountOwners().assign(o.sam, o.erin, null, o.sam.operatorId());
        assertThat(own.scope(o.sam.operatorId(), now).plan()).isEqualTo(OwnCustomers.Plan.BY_ENTRIES);
        assertThat(seqs(o.page(o.sam, filter()))).containsExactly(o.aboutErin, o.aboutBoth, o.aboutCarol);
    }

    private static java.util.List<Long> seqsOf(LedgerQueries queries, OwnCustomers.Scope scope) {
        return queries.page(LedgerQueries.Filter.none().ownedBy(scope), null, 100).stream().map(AppendedEntry::seq)
                .toList();
    }
}
