package com.custodia.service.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.License;
import com.custodia.domain.LicenseStatus;
import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.persistence.ChangeHistory;
import com.custodia.persistence.Database;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change history on every engine: edits made through an ordinary session are recorded field
 * by field with operator and source, and nothing else is.
 */
abstract class ChangeHistoryContract {

    protected final MutableClock clock = new MutableClock();
    protected Services services;
    private Database db;

    private final Principal officer = TestWorkspaces.principal(7, "olivia", Role.PRIVACY_OFFICER);
    private final Principal sales = TestWorkspaces.principal(8, "sam", Role.SALES_REPRESENTATIVE);

    protected abstract Services create();

    @BeforeEach
    void open() {
        services = create();
        db = services.database();
    }

    @AfterEach
    void close() {
        if (services == null) {
            return;
        }
        var profile = services.profile();
        services.close();
        PostgresSchemas.drop(profile);
    }

    private ChangeContext as(String operator, String source) {
        return new ChangeContext(operator, source, clock.instant());
    }

    private long newPerson() {
        return db.fromTransaction(as("olivia", "created in a test"), s -> {
            Person p = new Person(PersonKind.CUSTOMER, "Ada", "Lovelace", clock.instant())
                    .withEmail("ada@example.com").withCompany("Analytical Engines");
            s.persist(p);
            s.flush();
            return p.getId();
        });
    }

    @Test
    void anEditRecordsExactlyTheChangedFieldsWithOperatorAndSource() {
        long id = newPerson();
        clock.advance(Duration.ofHours(1));
        Instant editedAt = clock.instant();

        db.inTransaction(as("sam", "edit in the People screen"), s -> {
            Person p = s.find(Person.class, id);
            p.withEmail("ada@engines.example").withLastName("King");
            p.withCompany("Analytical Engines"); // set to what it was: not a change
            p.touch(editedAt);
        });

        List<HistoryEntry> history = services.history().history(officer, id);
        List<HistoryEntry> edit = history.stream().filter(e -> e.changedAt().equals(editedAt)).toList();
        assertThat(edit).extracting(HistoryEntry::entity, HistoryEntry::entityId, HistoryEntry::field,
                        HistoryEntry::oldValue, HistoryEntry::newValue, HistoryEntry::operator, HistoryEntry::source)
                .containsExactlyInAnyOrder(
                        tuple("Person", id, "email", "ada@example.com", "ada@engines.example", "sam",
                                "edit in the People screen"),
                        tuple("Person", id, "lastName", "Lovelace", "King", "sam", "edit in the People screen"));
        // newest first: the edit before the creation
        assertThat(history.get(0).changedAt()).isEqualTo(editedAt);
    }

    @Test
    void creationRecordsEveryFilledFieldWithNoOldValueAndLeavesOutDerivedKeys() {
        long id = newPerson();

        List<HistoryEntry> history = services.history().history(officer, id);

        assertThat(history).extracting(HistoryEntry::field)
                .contains("firstName", "lastName", "email", "company", "kind", "status")
                .doesNotContain("emailKey", "lastNameKey", "updatedAt", "createdAt", "version", "phone");
        assertThat(history).allSatisfy(e -> {
            assertThat(e.oldValue()).isNull();
            assertThat(e.operator()).isEqualTo("olivia");
            assertThat(e.source()).isEqualTo("created in a test");
        });
        assertThat(history).filteredOn(e -> e.field().equals("kind")).extracting(HistoryEntry::newValue)
                .containsExactly("CUSTOMER");
    }

    @Test
    void aSaveWithoutChangesRecordsNothing() {
        long id = newPerson();
        int before = services.history().history(officer, id).size();

        db.inTransaction(as("sam", "opened and saved"), s -> s.find(Person.class, id).withEmail("ada@example.com"));

        assertThat(services.history().history(officer, id)).hasSize(before);
    }

    @Test
    void recordsOfAPersonAreFiledUnderThePersonIncludingTheirDeletion() {
        long id = newPerson();
        clock.advance(Duration.ofMinutes(1));
        long licenseId = db.fromTransaction(as("olivia", "license issued"), s -> {
            License l = new License(id, "ABCD-EFGH-IJKL-1234", "Custodia Desk", "Pro", 5, LocalDate.of(2024, 1, 2),
                    LocalDate.of(2025, 1, 2), LicenseStatus.ACTIVE, null);
            s.persist(l);
            s.flush();
            return l.getId();
        });
        clock.advance(Duration.ofMinutes(1));
        db.inTransaction(as("olivia", "renewal"), s -> {
            License l = s.find(License.class, licenseId);
            l.changeTerm(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 2));
            l.changeStatus(LicenseStatus.ACTIVE);
        });
        clock.advance(Duration.ofMinutes(1));
        db.inTransaction(as("olivia", "license withdrawn"), s -> s.remove(s.find(License.class, licenseId)));

        List<HistoryEntry> license = services.history().history(officer, id).stream()
                .filter(e -> e.entity().equals("License")).toList();

        assertThat(license).filteredOn(e -> e.source().equals("license issued"))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .contains(tuple("licenseKey", null, "ABCD-EFGH-IJKL-1234"), tuple("seats", null, "5"),
                        tuple("issuedOn", null, "2024-01-02"), tuple("status", null, "ACTIVE"))
                .extracting(t -> t.toList().get(0)).doesNotContain("licenseKeyNorm", "upgradeUntil");
        assertThat(license).filteredOn(e -> e.source().equals("renewal"))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactlyInAnyOrder(tuple("expiresOn", "2025-01-02", "2026-01-02"),
                        tuple("upgradeUntil", null, "2026-01-02"));
        assertThat(license).filteredOn(e -> e.source().equals("license withdrawn"))
                .extracting(HistoryEntry::field, HistoryEntry::oldValue, HistoryEntry::newValue)
                .contains(tuple("licenseKey", "ABCD-EFGH-IJKL-1234", null), tuple("status", "ACTIVE", null));
        assertThat(license).allSatisfy(e -> assertThat(e.entityId()).isEqualTo(licenseId));
    }

    @Test
    void oneTransactionIsOneRevisionAndARollbackLeavesNoHistory() {
        long id = newPerson();
        clock.advance(Duration.ofMinutes(5));
        db.inTransaction(as("sam", "two changes, one save"), s -> {
            s.find(Person.class, id).withPhone("+44 20 7946 0000");
            s.flush();
            s.find(Person.class, id).withAddress("1 Main Street", "London", "N1 1AA", "GB");
        });
        assertThatThrownBy(() -> db.inTransaction(as("sam", "abandoned"), s -> {
            s.find(Person.class, id).withEmail("never@example.com");
            s.flush();
            throw new IllegalStateException("the save failed");
        })).isInstanceOf(IllegalStateException.class);

        Long revisions = db.fromTransaction(s -> s.createSelectionQuery(
                "select count(distinct r.revisionId) from ChangeRecord r where r.personId = :p and r.field in ('phone', 'city')",
                Long.class).setParameter("p", id).getSingleResult());
        assertThat(revisions).isEqualTo(1);
        assertThat(services.history().history(officer, id)).extracting(HistoryEntry::source)
                .doesNotContain("abandoned");
    }

    @Test
    void statelessBulkWritesAreNotDoubledIntoTheHistory() {
        long[] id = new long[1];
        db.inStatelessTransaction(s -> {
            Person p = new Person(PersonKind.CUSTOMER, "Bulk", "Loaded", clock.instant());
            s.insert(p);
            id[0] = p.getId();
        });
        assertThat(services.history().history(officer, id[0])).isEmpty();
    }

    @Test
    void aChangeWithoutContextIsStillKeptAndMarkedUnattributed() {
        long id = newPerson();
        db.inTransaction(s -> s.find(Person.class, id).withLanguage("en"));

        assertThat(services.history().history(officer, id))
                .filteredOn(e -> e.field().equals("language"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.operator()).isEqualTo(ChangeContext.UNATTRIBUTED);
                    assertThat(e.newValue()).isEqualTo("en");
                });
    }

    @Test
    void licenseKeysInTheHistoryAreMaskedForRolesThatMayNotSeeKeys() {
        long id = newPerson();
        db.inTransaction(as("olivia", "license issued"), s -> s.persist(new License(id, "ABCD-EFGH-IJKL-9Z12",
                "Custodia Desk", "Pro", 1, LocalDate.of(2024, 1, 2), null, LicenseStatus.ACTIVE, null)));

        assertThat(services.history().history(sales, id)).filteredOn(e -> e.field().equals("licenseKey"))
                .extracting(HistoryEntry::newValue).containsExactly("XXXX-XXXX-XXXX-9Z12");
        assertThat(services.history().history(officer, id)).filteredOn(e -> e.field().equals("licenseKey"))
                .extracting(HistoryEntry::newValue).containsExactly("ABCD-EFGH-IJKL-9Z12");
    }

    @Test
    void rolesWithNamesOnlyCannotReadTheHistory() {
        long id = newPerson();
        for (Role role : List.of(Role.ADMINISTRATOR, Role.PARTNER_MANAGER, Role.OFFLINE_REVIEWER)) {
            assertThatThrownBy(() -> services.history().history(TestWorkspaces.principal(9, "x", role), id))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aMergeFilesTheMergedPersonsHistoryUnderTheSurvivor() {
        long survivor = newPerson();
        long merged = newPerson();
        db.inTransaction(as("olivia", "merge"), s -> {
            s.remove(s.find(Person.class, merged));
            assertThat(ChangeHistory.moveToPerson(s, merged, survivor)).isPositive();
        });

        assertThat(services.history().history(officer, merged)).isEmpty();
        assertThat(services.history().history(officer, survivor))
                .anySatisfy(e -> {
                    assertThat(e.entityId()).isEqualTo(merged);
                    assertThat(e.source()).isEqualTo("merge");
                    assertThat(e.newValue()).isNull();
                });
    }
}
