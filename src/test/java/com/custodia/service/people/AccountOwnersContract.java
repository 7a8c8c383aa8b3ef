package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.history.HistoryEntry;
import com.custodia.service.people.AccountOwners.Owner;
import com.custodia.service.people.AccountOwners.Ownership;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Customers' account owners on every engine (decision 0028): administrators and privacy officers
 * assign any sales representative, a sales representative takes only unowned customers for
 * themselves, every change is checked against the owner the operator saw and lands in the history.
 */
abstract class AccountOwnersContract {

    protected final MutableClock clock = new MutableClock();
    protected Services services;
    private AccountOwners owners;

    private final Principal admin = TestWorkspaces.principal(9_001, "adele", Role.ADMINISTRATOR);
    private final Principal officer = TestWorkspaces.principal(9_002, "olivia", Role.PRIVACY_OFFICER);
    private final Principal partners = TestWorkspaces.principal(9_003, "pat", Role.PARTNER_MANAGER);
    private Principal sam;
    private Principal sue;
    private long partnerManagerId;
    private long customer;
    private long applicant;

    protected abstract Services create();

    @BeforeEach
    void open() {
        services = create();
        owners = services.accountOwners();
        sam = salesRep("sam", "Sam Seller");
        sue = salesRep("sue", "Sue Closer");
        partnerManagerId = services.operators().create(admin, "paula", "Paula Partner", Set.of(Role.PARTNER_MANAGER),
                "temporary-pass-1".toCharArray()).id();
        customer = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                "Analytical Engines", "ada@example.com", null, null, "London", null, "GB", "en"));
        applicant = services.people().create(officer, new NewPerson(PersonKind.JOB_APPLICANT, "Grace", "Hopper",
                null, "grace@example.com", null, null, null, null, "US", "en"));
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

    private Principal salesRep(String username, String name) {
        long id = services.operators().create(admin, username, name, Set.of(Role.SALES_REPRESENTATIVE),
                "temporary-pass-1".toCharArray()).id();
        return new Principal(id, username, name, Set.of(Role.SALES_REPRESENTATIVE));
    }

    private Long ownerOf(long person) {
        return owners.of(officer, person).ownerId();
    }

    @Test
    void anAdministratorAssignsAnySalesRepresentativeAndTheHistoryNamesThem() {
        Ownership offered = owners.of(admin, customer);
        assertThat(offered.owner()).isNull();
        assertThat(offered.changeable()).isTrue();
        assertThat(offered.choices()).extracting(Owner::username).containsExactly("sam", "sue");

        clock.advance(Duration.ofMinutes(5));
        Ownership assigned = owners.assign(admin, customer, null, sue.operatorId());
        clock.advance(Duration.ofMinutes(5));
        owners.assign(officer, customer, sue.operatorId(), sam.operatorId());

        assertThat(assigned.owner()).isEqualTo(new Owner(sue.operatorId(), "sue", "Sue Closer"));
        assertThat(ownerOf(customer)).isEqualTo(sam.operatorId());
        assertThat(services.history().history(officer, customer))
                .filteredOn(h -> h.field().equals("accountOwnerId"))
                .extracting(HistoryEntry::operator, HistoryEntry::source, HistoryEntry::oldValue, HistoryEntry::newValue)
                .containsExactly(
                        tuple("olivia", AccountOwners.SOURCE, "Sue Closer (sue)",
                                "Sam Seller (sam)"),
                        tuple("adele", AccountOwners.SOURCE, null, "Sue Closer (sue)"));
    }

    @Test
    void anOwnerChangeLeavesTheProfileVersionAloneSoNobodysEditConflicts() {
        LoadedPerson before = services.personEditor().load(officer, customer);
        owners.assign(admin, customer, null, sam.operatorId());

        LoadedPerson saved = services.personEditor().save(officer, before,
                before.form().with(com.custodia.domain.PersonField.NOTES, "prefers email"));

        assertThat(saved.form().notes()).isEqualTo("prefers email");
        assertThat(ownerOf(customer)).isEqualTo(sam.operatorId());
    }

    @Test
    void onlyActiveSalesRepresentativesOwnAndOnlyCustomersAndTrialUsersAreOwned() {
        assertThatThrownBy(() -> owners.assign(admin, customer, null, partnerManagerId))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Operator " + partnerManagerId + " is not an active sales representative, so cannot own "
                        + "a customer.");
        services.operators().setActive(admin, sue.operatorId(), false);
        assertThatThrownBy(() -> owners.assign(admin, customer, null, sue.operatorId()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(owners.of(admin, customer).choices()).extracting(Owner::username).containsExactly("sam");
        assertThatThrownBy(() -> owners.assign(admin, applicant, null, sam.operatorId()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Only customers and trial users have an account owner.");
        assertThat(owners.of(admin, applicant).changeable()).isFalse();
        assertThat(ownerOf(customer)).isNull();
        assertThat(ownerOf(applicant)).isNull();
    }

    @Test
    void aSalesRepresentativeTakesAnUnownedCustomerForThemselvesAndMayGiveThemUp() {
        Ownership offered = owners.of(sam, customer);
        assertThat(offered.changeable()).isTrue();
        assertThat(offered.choices()).extracting(Owner::username).containsExactly("sam");

        assertThat(owners.assign(sam, customer, null, sam.operatorId()).ownedBy(sam.operatorId())).isTrue();
        assertThat(owners.assign(sam, customer, sam.operatorId(), null).owner()).isNull();
    }

    @Test
    void aSalesRepresentativeCannotTakeSomeoneElsesCustomerNorGiveOneAway() {
        owners.assign(admin, customer, null, sue.operatorId());

        Ownership seen = owners.of(sam, customer);
        assertThat(seen.changeable()).isFalse();
        assertThat(seen.choices()).isEmpty();
        assertThat(seen.owner().username()).isEqualTo("sue");
        assertThatThrownBy(() -> owners.assign(sam, customer, sue.operatorId(), sam.operatorId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to change the account owner of another sales "
                        + "representative's customer; an administrator or a privacy officer can.");
        assertThatThrownBy(() -> owners.assign(sam, customer, sue.operatorId(), null))
                .isInstanceOf(AccessDeniedException.class);

        long other = services.people().create(officer, new NewPerson(PersonKind.TRIAL_USER, "Alan", "Turing",
                null, "alan@example.com", null, null, null, null, "GB", "en"));
        assertThatThrownBy(() -> owners.assign(sam, other, null, sue.operatorId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageStartingWith("Your roles do not allow you to give a customer to someone else");

        assertThat(ownerOf(customer)).isEqualTo(sue.operatorId());
        assertThat(ownerOf(other)).isNull();
        assertThat(services.securityEvents().newest(admin, 3)).filteredOn(e -> e.kind() == SecurityEventKind.REFUSED)
                .extracting(e -> e.operator()).containsOnly("sam").hasSize(3);
    }

    @Test
    void rolesThatManageNoCustomersCannotChangeOwnersAtAll() {
        assertThat(owners.of(partners, customer).changeable()).isFalse();
        assertThatThrownBy(() -> owners.assign(partners, customer, null, sam.operatorId()))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to change a customer's account owner.");
        assertThat(ownerOf(customer)).isNull();
    }

    @Test
    void aChangeAgainstAnOwnerThatChangedMeanwhileWritesNothingAndSaysWhoOwnsNow() {
        Ownership seenBySue = owners.of(sue, customer);
        owners.assign(sam, customer, null, sam.operatorId());

        assertThatThrownBy(() -> owners.assign(sue, customer, seenBySue.ownerId(), sue.operatorId()))
                .isInstanceOfSatisfying(AccountOwnerChangedException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("The account owner of person " + customer
                            + " was changed by someone else meanwhile; nothing was changed. It is now Sam Seller (sam).");
                    assertThat(e.current().ownedBy(sam.operatorId())).isTrue();
                    assertThat(e.current().changeable()).isFalse();
                });
        assertThat(ownerOf(customer)).isEqualTo(sam.operatorId());
    }
}
