package com.custodia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.history.HistoryEntry;
import com.custodia.service.people.PersonRecordViews.LicenseView;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The detail of a person on a real encrypted workspace, without a window: what each role is
 * shown, tabs fetched when opened, paging, duplicates and merge.
 */
class PersonDetailViewModelTest {

    @TempDir Path dir;

    private PeopleFixture fx;

    @BeforeEach
    void open() {
        fx = new PeopleFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void aPrivacyOfficerSeesEveryTabWithItsCountAndTheDuplicates() {
        PersonDetailViewModel detail = fx.detail(fx.officer, new SyncTaskExecutor());
        detail.select(fx.ada);

        assertThat(detail.titleProperty().get()).isEqualTo("Ada Lovelace");
        assertThat(detail.subtitleProperty().get()).isEqualTo("Customer \u00b7 Analytical Engines \u00b7 #" + fx.ada);
        assertThat(detail.tabs()).containsExactly(DetailTab.PROFILE, DetailTab.LICENSES, DetailTab.ORDERS,
                DetailTab.ANALYTICS, DetailTab.COMMUNICATIONS, DetailTab.CONSENTS, DetailTab.APPLICATIONS,
                DetailTab.HISTORY, DetailTab.DISCLOSURES, DetailTab.PARTNERS, DetailTab.DUPLICATES);
        assertThat(detail.tabTitle(DetailTab.LICENSES).get()).isEqualTo("Licenses (1)");
        assertThat(detail.tabTitle(DetailTab.ANALYTICS).get()).isEqualTo("Analytics (120)");
        assertThat(detail.tabTitle(DetailTab.COMMUNICATIONS).get()).isEqualTo("Communications (2)");
        assertThat(detail.tabTitle(DetailTab.DUPLICATES).get()).isEqualTo("Possible duplicates (1)");
        assertThat(detail.profile().value(com.custodia.domain.PersonField.EMAIL).get()).isEqualTo("ada@example.com");
    }

    @Test
    void aPersonWithoutApplicationsOrDuplicatesHasNoTabsForThem() {
        PersonDetailViewModel detail = fx.detail(fx.officer, new SyncTaskExecutor());
        detail.select(fx.grace);

        assertThat(detail.tabs()).doesNotContain(DetailTab.APPLICATIONS, DetailTab.DUPLICATES)
                .contains(DetailTab.PROFILE, DetailTab.COMMUNICATIONS);
    }

    @Test
    void aSalesRepresentativeSeesNoDisclosuresAndMaskedLicenseKeys() {
        PersonDetailViewModel detail = fx.detail(fx.sales, new SyncTaskExecutor());
        detail.select(fx.ada);
        detail.tabShown(DetailTab.LICENSES);

        assertThat(detail.tabs()).doesNotContain(DetailTab.DISCLOSURES).contains(DetailTab.LICENSES);
        assertThat(detail.lists().licenses().items()).extracting(LicenseView::key)
                .containsExactly("XXXX-XXXX-XXXX-AB12");
        assertThat(detail.duplicates().mayMerge()).isFalse();
    }

    @Test
    void aPartnerManagerSeesTheNameAndTheLicensesWithWholeKeysOnly() {
        PersonDetailViewModel detail = fx.detail(fx.partners, new SyncTaskExecutor());
        detail.select(fx.ada);
        detail.tabShown(DetailTab.LICENSES);

        assertThat(detail.tabs()).containsExactly(DetailTab.LICENSES, DetailTab.PARTNERS);
        assertThat(detail.namesOnlyProperty().get()).isTrue();
        assertThat(detail.subtitleProperty().get()).isEqualTo("#" + fx.ada);
        assertThat(detail.lists().licenses().items()).extracting(LicenseView::key)
                .containsExactly("ABCD-EFGH-IJKL-AB12");
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void thePartnersTabShowsWhichPartnerCanSeeWhichLicenseAndWhatItReceived() {
        var licenseKey = fx.services.personRecords().licenses(fx.partners, fx.ada).get(0).key();
        var services = fx.services;
        long northwind = services.partners().create(fx.partners, new com.custodia.service.partners.PartnerDraft(
                "Northwind Resellers", "PA-NOR", services.partners().currentAgreement(fx.partners).version(),
                com.custodia.domain.PartnerRegistrationStatus.REGISTERED,
                java.time.LocalDate.ofInstant(fx.clock.instant(), java.time.ZoneOffset.UTC).minusDays(1),
                java.time.LocalDate.ofInstant(fx.clock.instant(), java.time.ZoneOffset.UTC).plusYears(1),
                com.custodia.domain.PartnerTier.GOLD, java.util.List.of())).id();
        var grant = services.grants().grant(fx.partners, new com.custodia.service.partners.GrantDraft(northwind,
                com.custodia.domain.GrantScope.CUSTOMERS, java.util.Set.of(fx.ada), java.util.Set.of(),
                java.util.Set.of(com.custodia.domain.LicenseField.LICENSE_KEY, com.custodia.domain.LicenseField.STATUS),
                com.custodia.domain.GrantPurpose.VERIFICATION, null, fx.clock.instant().plus(java.time.Duration.ofDays(30)),
                "reseller verifies"));
        assertThat(services.licenseLookup().lookup(fx.partners, "Northwind Resellers", licenseKey, java.util.Set.of())
                .answered()).isTrue();

        PersonDetailViewModel detail = fx.detail(fx.partners, new SyncTaskExecutor());
        detail.select(fx.ada);
        detail.tabShown(DetailTab.PARTNERS);
        assertThat(detail.tabTitle(DetailTab.PARTNERS).get()).isEqualTo("Partners");
        assertThat(detail.lists().partnerAccess()).singleElement().satisfies(a -> {
            assertThat(a.partner()).isEqualTo("Northwind Resellers");
            assertThat(a.licenseKey()).isEqualTo(licenseKey);
            assertThat(a.grantId()).isEqualTo(grant.id());
            assertThat(a.fields()).containsExactly("license_key", "status");
        });
        assertThat(detail.lists().partnerReceived()).singleElement()
                .satisfies(d -> assertThat(d.partner()).isEqualTo("Northwind Resellers"));

        PersonDetailViewModel sales = fx.detail(fx.sales, new SyncTaskExecutor());
        sales.select(fx.ada);
        sales.tabShown(DetailTab.PARTNERS);
        assertThat(sales.lists().partnerAccess()).extracting(a -> a.licenseKey()).containsExactly("XXXX-XXXX-XXXX-AB12");

        detail.select(fx.grace);
        detail.tabShown(DetailTab.PARTNERS);
        assertThat(detail.lists().partnerAccess()).isEmpty();
        assertThat(detail.lists().partnerReceived()).isEmpty();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void anAdministratorSeesTheNameAndNoTabs() {
        PersonDetailViewModel detail = fx.detail(fx.admin, new SyncTaskExecutor());
        detail.select(fx.ada);

        assertThat(detail.titleProperty().get()).isEqualTo("Ada Lovelace");
        assertThat(detail.namesOnlyProperty().get()).isTrue();
        assertThat(detail.tabs()).isEmpty();
        assertThat(detail.profile().loadedProperty().get()).as("the profile is not even asked for").isFalse();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void aTabIsFetchedWhenFirstShownAndForgottenForTheNextPerson() {
        PersonDetailViewModel detail = fx.detail(fx.officer, new SyncTaskExecutor());
        detail.select(fx.ada);
        assertThat(detail.lists().consents().items()).isEmpty();

        detail.tabShown(DetailTab.CONSENTS);
        assertThat(detail.lists().consents().items()).extracting(ConsentView::purpose)
                .containsExactly("Satisfaction survey");

        detail.select(fx.grace);
        assertThat(detail.lists().consents().items()).as("the open tab is fetched for the new person").isEmpty();
        detail.tabShown(DetailTab.COMMUNICATIONS);
        assertThat(detail.lists().pointsOfContact().items()).singleElement()
                .satisfies(p -> assertThat(p.note()).isEqualTo("ticket 17"));
        assertThat(detail.lists().preferences().items()).hasSize(6)
                .allSatisfy(p -> assertThat(p.decision()).isNotNull());
    }

    @Test
    void theConsentsTabWithdrawsAConsentAndExportsItsReceiptThroughTheLedger() {
        PersonDetailViewModel detail = fx.detail(fx.officer, new SyncTaskExecutor());
        detail.select(fx.ada);
        detail.tabShown(DetailTab.CONSENTS);
        ConsentView consent = detail.lists().consents().items().get(0);
        detail.selectedConsentProperty().set(consent);

        fx.dialogs.nextFile = dir.resolve("receipts").resolve("ada.pdf");
        detail.exportConsentReceipt(com.custodia.service.consent.ReceiptFormat.PDF);
        assertThat(dir.resolve("receipts").resolve("ada.pdf")).exists();
        assertThat(detail.consentActions().notice().getText()).startsWith("Receipt of consent " + consent.id()
                + " written to ada.pdf. The hand-over to the person is ledger entry ");

        detail.consentActions().howProperty().set("letter");
        detail.withdrawConsent();
        assertThat(detail.consentActions().notice().getText()).contains("withdrawn (letter)");
        assertThat(detail.lists().consents().items()).as("listed again after the withdrawal").singleElement()
                .satisfies(c -> assertThat(c.status()).isEqualTo("WITHDRAWN"));

        detail.select(fx.grace);
        assertThat(detail.selectedConsentProperty().get()).as("forgotten with the person").isNull();
        assertThat(detail.consentActions().notice().getText()).isEmpty();
    }

    @Test
    void webVisitsArePagedNewestFirst() {
        PersonDetailViewModel detail = fx.detail(fx.officer, new SyncTaskExecutor());
        detail.select(fx.ada);
        detail.tabShown(DetailTab.ANALYTICS);
        PersonPages<?, ?> visits = detail.lists().visits();

        assertThat(visits.rows()).hasSize(50);
        assertThat(visits.summaryProperty().get()).isEqualTo("1\u201350 of 120");
        assertThat(visits.hasNewerProperty().get()).isFalse();
        visits.older();
        visits.older();
        assertThat(visits.summaryProperty().get()).isEqualTo("101\u2013120 of 120");
        assertThat(visits.hasOlderProperty().get()).isFalse();
        visits.newer();
        assertThat(visits.summaryProperty().get()).isEqualTo("51\u2013100 of 120");
        assertThat(detail.lists().visits().rows().get(0).cookieId()).isEqualTo("c69");
    }

    @Test
    void disclosuresListTheLedgerEntriesAboutThePerson() {
        PersonDetailViewModel detail = fx.detail(fx.officer, new SyncTaskExecutor());
        detail.select(fx.ada);
        detail.tabShown(DetailTab.DISCLOSURES);

        assertThat(detail.lists().disclosures().rows()).singleElement()
                .satisfies(e -> assertThat(e.recipientName()).isEqualTo("Acme Research"));
        detail.select(fx.grace);
        detail.tabShown(DetailTab.DISCLOSURES);
        assertThat(detail.lists().disclosures().rows()).isEmpty();
        assertThat(detail.lists().disclosures().summaryProperty().get()).isEqualTo("Nothing recorded.");
    }

    @Test
    void historyShowsWhoChangedWhichFieldFromWhatToWhat() {
        PersonDetailViewModel detail = fx.detail(fx.sales, new SyncTaskExecutor());
        detail.select(fx.ada);
        detail.profile().value(com.custodia.domain.PersonField.CITY).set("Marylebone");
        detail.profile().save();
        detail.tabShown(DetailTab.HISTORY);

        assertThat(detail.lists().history().items()).filteredOn(h -> h.field().equals("city")
                && "Marylebone".equals(h.newValue())).singleElement().satisfies(h -> {
            assertThat(h.operator()).isEqualTo("sam");
            assertThat(h.entity()).isEqualTo("Person");
            assertThat(h.oldValue()).isEqualTo("London");
            assertThat(h.newValue()).isEqualTo("Marylebone");
        });
        assertThat(detail.lists().history().items()).extracting(HistoryEntry::source).contains("profile edit");
    }

    @Test
    void aMergeIsReviewedThenDoneAndTheDuplicateIsGone() {
        PersonDetailViewModel detail = fx.detail(fx.officer, new SyncTaskExecutor());
        detail.select(fx.ada);
        DuplicatesViewModel duplicates = detail.duplicates();
        assertThat(duplicates.mayMerge()).isTrue();
        assertThat(duplicates.candidates()).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(fx.bob);
            assertThat(duplicates.matchText(c)).isEqualTo("same email");
        });

        duplicates.review(duplicates.candidates().get(0));
        assertThat(duplicates.canMergeProperty().get()).isTrue();
        assertThat(duplicates.previewTextProperty().get()).startsWith("Merging #" + fx.bob + " into this record (#"
                + fx.ada + ")");
        duplicates.merge();

        assertThat(duplicates.notice().getText()).startsWith("Merged #" + fx.bob + " into #" + fx.ada);
        assertThat(duplicates.candidates()).isEmpty();
        assertThat(detail.tabs()).doesNotContain(DetailTab.DUPLICATES);
        assertThat(fx.services.people().count(fx.officer)).isEqualTo(2);
    }

    @Test
    void aMergeOfConflictingConsentsIsRefusedWithTheReason() {
        long granted = fx.services.consents().record(fx.officer, fx.ada, "Newsletter", Set.of("Acme"),
                Set.of("contact"), "form");
        fx.clock.advance(java.time.Duration.ofMinutes(5));
        long withdrawn = fx.services.consents().record(fx.officer, fx.bob, "Newsletter", Set.of("Acme"),
                Set.of("contact"), "form");
        fx.services.consents().withdraw(fx.officer, withdrawn);
        PersonDetailViewModel detail = fx.detail(fx.officer, new SyncTaskExecutor());
        detail.select(fx.ada);

        detail.duplicates().review(detail.duplicates().candidates().get(0));

        assertThat(detail.duplicates().canMergeProperty().get()).isFalse();
        assertThat(detail.duplicates().previewTextProperty().get())
                .startsWith("Record #" + fx.bob + " cannot be merged into #" + fx.ada + ": their consents conflict.")
                .contains("Consent " + granted + " of person " + fx.ada);
        detail.duplicates().merge();
        assertThat(fx.services.people().count(fx.officer)).as("nothing merged").isEqualTo(3);
    }
}
