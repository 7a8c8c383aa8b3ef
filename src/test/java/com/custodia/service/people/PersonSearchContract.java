package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonKind;
import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Search-as-you-type and the People table's listings on a real database, the same contract on
 * encrypted H2 and on PostgreSQL: prefix ranges and name order are where collations and engines
 * differ.
 */
abstract class PersonSearchContract {

    protected final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    protected Services services;
    PeopleFixture people;

    protected abstract Services create();

    /** Runs after the services are closed (PostgreSQL drops its schema). */
    protected void afterClose() {
    }

    @BeforeEach
    void tenPersons() {
        services = create();
        people = new PeopleFixture(services);
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
            afterClose();
        }
    }

    private PersonSearchResult search(String text) {
        return services.personSearch().search(people.officer, text, PersonFilter.NONE, 50);
    }

    private static List<Long> ids(PersonSearchResult result) {
        return result.hits().stream().map(h -> h.row().id()).toList();
    }

    private PersonListing open(String text, PersonFilter filter, PersonSort sort) {
        return services.personListings().open(people.officer, text, filter, sort);
    }

    private static List<Long> ids(PersonListing listing) {
        return listing.page(0, Math.min(PersonListing.MAX_PAGE, listing.size())).stream().map(PersonRow::id).toList();
    }

    // ---------------------------------------------------------------- Search

    @Test
    void aPrefixFindsLastNamesFirstInNameOrderThenFirstNamesIgnoringCaseAndAccents() {
        PersonSearchResult result = search("MÜL");

        assertThat(ids(result)).containsExactly(people.annikaMulder, people.annaMueller, people.maxMueller,
                people.zoeMueller, people.benMullins, people.mulanFa);
        assertThat(result.hits()).extracting(PersonHit::matchedOn).containsExactly(SearchField.LAST_NAME,
                SearchField.LAST_NAME, SearchField.LAST_NAME, SearchField.LAST_NAME, SearchField.LAST_NAME,
                SearchField.FIRST_NAME);
        assertThat(result.more()).isFalse();
    }

    @Test
    void everyWordMustStartSomeFieldSoFirstAndLastNameNarrowToOnePerson() {
        assertThat(ids(search("anna mül"))).containsExactly(people.annaMueller);
        assertThat(ids(search("mül anna"))).containsExactly(people.annaMueller);
        assertThat(ids(search("acme smith"))).containsExactly(people.johnSmith);
    }

    @Test
    void theWholeQueryMayBeTheStartOfAMultiWordCompanyOrName() {
        PersonSearchResult company = search("acme soft");
        assertThat(ids(company)).containsExactly(people.annaMueller, people.annaSchmidt);
        assertThat(company.hits()).allSatisfy(h -> assertThat(h.matchedOn()).isEqualTo(SearchField.COMPANY));

        assertThat(ids(search("van der b"))).containsExactly(people.pietVanDerBerg);
    }

    @Test
    void personsWithTheSameNameComeInTheOrderTheyWereAdded() {
        assertThat(ids(search("smith"))).containsExactly(people.johnSmith, people.johnSmithTwin);
    }

    @Test
    void phoneNumbersCompareByDigitsFromThreeDigitsOn() {
        assertThat(ids(search("+49 30 12"))).containsExactly(people.annaMueller);
        assertThat(search("+49 30 12").hits().get(0).matchedOn()).isEqualTo(SearchField.PHONE);
        assertThat(ids(search("49"))).as("two digits are not a phone search").isEmpty();
    }

    @Test
    void aWordWithAnAtSignIsLookedForInEmailsOnly() {
        assertThat(ids(search("anna.mueller@acme"))).containsExactly(people.annaMueller);
        assertThat(ids(search("@acme"))).isEmpty();
    }

    @Test
    void licenseKeysAreFoundWithOrWithoutDashesAndShownToOfficersWhole() {
        PersonSearchResult result = search("k7qxm-2b");

        assertThat(ids(result)).containsExactly(people.annaMueller);
        assertThat(result.hits().get(0).matchedOn()).isEqualTo(SearchField.LICENSE_KEY);
        assertThat(result.hits().get(0).licenseKey()).isEqualTo(PeopleFixture.ADA_KEY);
        assertThat(ids(search("K7QXM 2B9"))).containsExactly(people.annaMueller);
    }

    @Test
    void theLimitCutsTheListAndSaysMoreMatch() {
        PersonSearchResult result = services.personSearch().search(people.officer, "mul", PersonFilter.NONE, 2);

        assertThat(ids(result)).containsExactly(people.annikaMulder, people.annaMueller);
        assertThat(result.more()).isTrue();
    }

    @Test
    void filtersCombineWithTheSearch() {
        PersonFilter germany = PersonFilter.NONE.withCountry("de");
        assertThat(ids(services.personSearch().search(people.officer, "mül", germany, 50)))
                .containsExactly(people.annaMueller, people.maxMueller, people.zoeMueller);
        assertThat(ids(services.personSearch().search(people.officer, "mül", germany.withKind(PersonKind.TRIAL_USER),
                50))).containsExactly(people.maxMueller);
        assertThat(ids(services.personSearch().search(people.officer, "m", PersonFilter.NONE.withOptedOut(true), 50)))
                .containsExactly(people.maxMueller);
    }

    // ---------------------------------------------------------------- Listings

    @Test
    void aListingHoldsEveryPersonInNameOrderAndReadsAnyPage() {
        PersonListing listing = open(null, PersonFilter.NONE, PersonSort.NAME);

        assertThat(listing.size()).isEqualTo(10);
        assertThat(ids(listing)).containsExactly(people.mulanFa, people.annikaMulder, people.annaMueller,
                people.maxMueller, people.zoeMueller, people.benMullins, people.annaSchmidt, people.johnSmith,
                people.johnSmithTwin, people.pietVanDerBerg);
        assertThat(listing.page(8, 50)).extracting(PersonRow::displayName)
                .containsExactly("Smith, John", "van der Berg, Piet");
        assertThat(listing.page(10, 50)).isEmpty();
        assertThat(listing.indexOf(people.annaSchmidt)).isEqualTo(6);
    }

    @Test
    void listingsSortByCompanyOrNewestFirst() {
        PersonListing customers = open(null, PersonFilter.NONE.withKind(PersonKind.CUSTOMER),
                new PersonSort(PersonSort.Key.COMPANY, false));
        assertThat(ids(customers)).containsExactly(people.johnSmith, people.annaMueller, people.annaSchmidt,
                people.pietVanDerBerg, people.johnSmithTwin);

        PersonListing newest = open(null, PersonFilter.NONE, new PersonSort(PersonSort.Key.ADDED, true));
        assertThat(ids(newest).get(0)).isEqualTo(people.johnSmithTwin);
        assertThat(ids(newest).get(9)).isEqualTo(people.annaMueller);
    }

    @Test
    void optedOutMeansDecliningAnOptionalMessageClass() {
        PersonListing optedOut = open(null, PersonFilter.NONE.withOptedOut(true), PersonSort.NAME);

        assertThat(ids(optedOut)).containsExactly(people.maxMueller, people.johnSmith);
    }

    @Test
    void anOpenRequestFilterKeepsThePersonsMatchedToARequestNotYetAnswered() {
        var requests = services.requests();
        var given = new com.custodia.domain.SubjectRequest.Identifiers("Anna", null, null, null, null, null);
        long open = requests.intake(people.officer, new com.custodia.service.requests.RequestViews.Intake(
                com.custodia.domain.RequestKind.ACCESS, com.custodia.domain.RequestChannel.EMAIL,
                com.custodia.domain.Jurisdiction.DEFAULT, clock.instant(), given)).id();
        requests.match(people.officer, open, java.util.Set.of(people.annaSchmidt, people.annaMueller));
        long refused = requests.intake(people.officer, new com.custodia.service.requests.RequestViews.Intake(
                com.custodia.domain.RequestKind.CORRECTION, com.custodia.domain.RequestChannel.LETTER,
                com.custodia.domain.Jurisdiction.DEFAULT, clock.instant(), given)).id();
        requests.match(people.officer, refused, java.util.Set.of(people.johnSmith));
        requests.refuse(people.officer, refused, "not the person the record is about");

        PersonFilter asked = PersonFilter.NONE.withOpenRequest(true);
        assertThat(ids(open(null, asked, PersonSort.NAME))).containsExactly(people.annaMueller, people.annaSchmidt);
        assertThat(ids(open(null, asked.withCountry("GB"), new PersonSort(PersonSort.Key.COMPANY, false))))
                .containsExactly(people.annaSchmidt);
        assertThat(services.personSearch().search(people.officer, "schmidt", asked, 50).hits())
                .extracting(h -> h.row().id()).containsExactly(people.annaSchmidt);
        assertThat(services.personSearch().search(people.officer, "smith", asked, 50).hits())
                .as("a refused request is answered").isEmpty();
    }

    @Test
    void filtersCombineWithEveryOrder() {
        PersonFilter britain = PersonFilter.NONE.withCountry("GB");
        PersonSort byCompany = new PersonSort(PersonSort.Key.COMPANY, false);

        assertThat(ids(open(null, britain, byCompany))).containsExactly(people.annaSchmidt, people.benMullins);
        assertThat(ids(open(null, PersonFilter.NONE.withOptedOut(true), byCompany)))
                .containsExactly(people.johnSmith, people.maxMueller);
        assertThat(ids(open(null, britain.withKind(PersonKind.JOB_APPLICANT), new PersonSort(PersonSort.Key.ADDED,
                true)))).containsExactly(people.benMullins);
        assertThat(open(null, britain.withKind(PersonKind.TRIAL_USER), PersonSort.NAME).size()).isZero();
    }

    @Test
    void theFirstRowsOfAListingComeWithoutASnapshotInTheSameOrder() {
        assertThat(services.personListings().firstRows(people.officer, PersonFilter.NONE, PersonSort.NAME, 3))
                .extracting(PersonRow::id).containsExactly(people.mulanFa, people.annikaMulder, people.annaMueller);
        assertThat(services.personListings().firstRows(people.officer, PersonFilter.NONE,
                new PersonSort(PersonSort.Key.ADDED, true), 2)).extracting(PersonRow::id)
                .containsExactly(people.johnSmithTwin, people.pietVanDerBerg);
        assertThat(services.personListings().firstRows(people.officer, PersonFilter.NONE.withOptedOut(true),
                PersonSort.NAME.reversed(), 5)).extracting(PersonRow::id)
                .containsExactly(people.johnSmith, people.maxMueller);
    }

    @Test
    void aListingWithTextHoldsTheSearchResultsAndCanBeSortedByAColumn() {
        PersonListing relevance = open("mul", PersonFilter.NONE, PersonSort.RELEVANCE);
        assertThat(ids(relevance)).containsExactly(people.annikaMulder, people.annaMueller, people.maxMueller,
                people.zoeMueller, people.benMullins, people.mulanFa);
        assertThat(relevance.truncated()).isFalse();

        PersonListing byName = open("mul", PersonFilter.NONE, PersonSort.NAME.reversed());
        assertThat(ids(byName)).containsExactly(people.benMullins, people.zoeMueller, people.maxMueller,
                people.annaMueller, people.annikaMulder, people.mulanFa);
    }

    @Test
    void aPersonRemovedAfterTheListingOpenedKeepsItsPlaceAsARemovedRow() {
        PersonListing listing = open(null, PersonFilter.NONE, PersonSort.NAME);
        services.database().fromConnection(c -> {
            try (var st = c.prepareStatement("DELETE FROM person WHERE id = ?")) {
                st.setLong(1, people.zoeMueller);
                return st.executeUpdate();
            }
        });

        List<PersonRow> page = listing.page(3, 3);

        assertThat(page).extracting(PersonRow::id).containsExactly(people.maxMueller, people.zoeMueller,
                people.benMullins);
        assertThat(page.get(1).removed()).isTrue();
        assertThat(page.get(1).displayName()).isEqualTo("(removed)");
    }
}
