package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What each role gets back from search and listings (DESIGN.md section 2), calling the services
 * directly: contact data only for roles that may see records, license keys whole only for roles
 * that may see them, and no finding people by data one may not see.
 */
class PersonSearchMaskingTest {

    private static final String MASKED_ADA_KEY = "*****-*****-*****-*Z8NB";

    @TempDir
    Path dir;

    private Services services;
    private PeopleFixture people;

    @BeforeEach
    void tenPersons() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock(Instant.parse("2026-03-01T10:00:00Z")));
        people = new PeopleFixture(services);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private PersonSearchResult search(Principal actor, String text) {
        return services.personSearch().search(actor, text, PersonFilter.NONE, 50);
    }

    private static PersonRow first(PersonSearchResult result) {
        return result.hits().get(0).row();
    }

    @Test
    void salesRepresentativesSeeContactDataAndFindByLicenseKeyButSeeItMasked() {
        PersonRow anna = first(search(people.sales, "anna mül"));
        assertThat(anna.restricted()).isFalse();
        assertThat(anna.company()).isEqualTo("Acme Softworks");
        assertThat(anna.email()).isEqualTo("anna.mueller@acme.example");
        assertThat(anna.phone()).isEqualTo("+49 30 1234567");
        assertThat(anna.country()).isEqualTo("DE");

        PersonHit byKey = search(people.sales, "K7QXM-2B9").hits().get(0);
        assertThat(byKey.row().id()).isEqualTo(people.annaMueller);
        assertThat(byKey.licenseKey()).isEqualTo(MASKED_ADA_KEY);
        assertThat(search(people.sales, "+49 30 12").hits()).hasSize(1);
    }

    @Test
    void privacyOfficersSeeContactDataAndWholeLicenseKeys() {
        PersonHit byKey = search(people.officer, "K7QXM").hits().get(0);

        assertThat(byKey.licenseKey()).isEqualTo(PeopleFixture.ADA_KEY);
        assertThat(byKey.row().email()).isEqualTo("anna.mueller@acme.example");
    }

    @Test
    void partnerManagersSeeNamesOnlyAndFindByNameOrWholeLicenseKey() {
        PersonSearchResult byName = search(people.partnerManager, "mül");
        assertThat(byName.hits()).isNotEmpty().allSatisfy(hit -> {
            PersonRow row = hit.row();
            assertThat(row.restricted()).isTrue();
            assertThat(row.lastName()).isNotNull();
            assertThat(List.of(String.valueOf(row.company()), String.valueOf(row.email()), String.valueOf(row.phone()),
                    String.valueOf(row.country()))).containsOnly("null");
        });

        PersonHit byKey = search(people.partnerManager, "K7QXM").hits().get(0);
        assertThat(byKey.licenseKey()).isEqualTo(PeopleFixture.ADA_KEY);
        assertThat(byKey.row().email()).isNull();

        assertThat(search(people.partnerManager, "anna.mueller@acme").hits()).as("email not searchable").isEmpty();
        assertThat(search(people.partnerManager, "+49 30 12").hits()).as("phone not searchable").isEmpty();
        assertThat(search(people.partnerManager, "acme soft").hits()).as("company not searchable").isEmpty();
    }

    @Test
    void administratorsSeeNamesOnlyAndCannotFindByLicenseKeyOrFilterByCountry() {
        PersonRow row = first(search(people.administrator, "smith"));
        assertThat(row.restricted()).isTrue();
        assertThat(row.displayName()).isEqualTo("Smith, John");
        assertThat(row.company()).isNull();

        assertThat(search(people.administrator, "K7QXM").hits()).isEmpty();
        assertThatThrownBy(() -> services.personSearch().search(people.administrator, "smith",
                PersonFilter.NONE.withCountry("US"), 50)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("filter persons by country");
    }

    @Test
    void listingsCutRowsTheSameWay() {
        PersonListing names = services.personListings().open(people.administrator, null, PersonFilter.NONE,
                PersonSort.NAME);
        assertThat(names.showsContactData()).isFalse();
        assertThat(names.page(0, 10)).allSatisfy(r -> {
            assertThat(r.restricted()).isTrue();
            assertThat(r.email()).isNull();
        });

        PersonListing full = services.personListings().open(people.sales, null, PersonFilter.NONE, PersonSort.NAME);
        assertThat(full.showsContactData()).isTrue();
        assertThat(full.page(0, 10)).allSatisfy(r -> assertThat(r.restricted()).isFalse())
                .anySatisfy(r -> assertThat(r.email()).isNotNull());
    }

    @Test
    void rolesWithoutAccessToPersonsAreRefused() {
        assertThatThrownBy(() -> search(people.reviewer, "smith")).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("search persons");
        assertThatThrownBy(() -> services.personListings().open(people.reviewer, null, PersonFilter.NONE,
                PersonSort.NAME)).isInstanceOf(AccessDeniedException.class);
    }
}
