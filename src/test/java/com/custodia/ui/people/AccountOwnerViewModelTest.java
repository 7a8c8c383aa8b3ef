package com.custodia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import com.custodia.service.auth.Principal;
import com.custodia.service.history.HistoryEntry;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The account owner on a person's detail (decision 0028), on a real encrypted workspace without a
 * window: who is offered what, read-only for those who may not change it, a change saved and seen
 * in the history, a change that someone else's came before, and the Disclosures tab following it.
 */
class AccountOwnerViewModelTest {

    @TempDir Path dir;

    private PeopleFixture fx;
    private Principal sam;
    private Principal sue;

    @BeforeEach
    void open() {
        fx = new PeopleFixture(dir);
        sam = salesRep("sam.seller", "Sam Seller");
        sue = salesRep("sue.closer", "Sue Closer");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private Principal salesRep(String username, String name) {
        long id = fx.services.operators().create(fx.admin, username, name, Set.of(Role.SALES_REPRESENTATIVE),
                "temporary-pass-1".toCharArray()).id();
        return new Principal(id, username, name, Set.of(Role.SALES_REPRESENTATIVE));
    }

    private PersonDetailViewModel shown(Principal actor, long person) {
        PersonDetailViewModel detail = fx.detail(actor, new SyncTaskExecutor());
        detail.select(person);
        return detail;
    }

    private static void choose(AccountOwnerViewModel owner, String label) {
        owner.selectedProperty().set(owner.choices().stream().filter(c -> c.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no choice " + label + " in " + owner.choices())));
    }

    @Test
    void anAdministratorChoosesAmongTheSalesRepresentativesUnderTheNameAndTheHistoryShowsIt() {
        PersonDetailViewModel detail = shown(fx.admin, fx.ada);
        AccountOwnerViewModel owner = detail.owner();

        assertThat(detail.ownerOnProfile()).as("an administrator has no profile tab").isFalse();
        assertThat(owner.ownerTextProperty().get()).isEqualTo("Nobody");
        assertThat(owner.changeableProperty().get()).isTrue();
        assertThat(owner.choices()).extracting(AccountOwnerViewModel.Choice::label)
                .containsExactly("Nobody", "Sam Seller (sam.seller)", "Sue Closer (sue.closer)");
        assertThat(owner.dirtyProperty().get()).isFalse();

        choose(owner, "Sue Closer (sue.closer)");
        assertThat(owner.dirtyProperty().get()).isTrue();
        owner.assign();

        assertThat(owner.notice().getText()).isEqualTo("Account owner set: Sue Closer (sue.closer).");
        assertThat(owner.ownerTextProperty().get()).isEqualTo("Sue Closer (sue.closer)");
        assertThat(owner.dirtyProperty().get()).isFalse();
        PersonDetailViewModel officers = shown(fx.officer, fx.ada);
        officers.tabShown(DetailTab.HISTORY);
        assertThat(officers.lists().history().items()).filteredOn(h -> h.field().equals("accountOwnerId"))
                .singleElement().satisfies(h -> {
                    assertThat(h.operator()).isEqualTo("adele");
                    assertThat(h.oldValue()).isNull();
                    assertThat(h.newValue()).isEqualTo("Sue Closer (sue.closer)");
                });
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void aSalesRepresentativeSeesAnotherOwnersCustomerReadOnlyAndNoDisclosures() {
        fx.services.accountOwners().assign(fx.admin, fx.ada, null, sue.operatorId());

        PersonDetailViewModel detail = shown(sam, fx.ada);

        assertThat(detail.ownerOnProfile()).isTrue();
        assertThat(detail.owner().changeableProperty().get()).isFalse();
        assertThat(detail.owner().choices()).isEmpty();
        assertThat(detail.owner().ownerTextProperty().get()).isEqualTo("Sue Closer (sue.closer)");
        assertThat(detail.tabs()).doesNotContain(DetailTab.DISCLOSURES).contains(DetailTab.PROFILE);
        assertThat(shown(sue, fx.ada).tabs()).contains(DetailTab.DISCLOSURES);
    }

    @Test
    void aSalesRepresentativeTakesAnUnownedCustomerAndThenReadsTheirDisclosures() {
        PersonDetailViewModel detail = shown(sam, fx.ada);
        AccountOwnerViewModel owner = detail.owner();
        assertThat(owner.choices()).extracting(AccountOwnerViewModel.Choice::label)
                .containsExactly("Nobody", "Sam Seller (sam.seller)");
        assertThat(detail.tabs()).doesNotContain(DetailTab.DISCLOSURES);

        choose(owner, "Sam Seller (sam.seller)");
        owner.assign();

        assertThat(owner.ownedByActor()).isTrue();
        assertThat(detail.tabs()).contains(DetailTab.DISCLOSURES);
        detail.tabShown(DetailTab.DISCLOSURES);
        assertThat(detail.lists().disclosures().rows()).singleElement()
                .satisfies(e -> assertThat(e.recipientName()).isEqualTo("Acme Research"));

        choose(owner, "Nobody");
        owner.assign();
        assertThat(detail.tabs()).doesNotContain(DetailTab.DISCLOSURES);
        assertThat(detail.lists().disclosures().rows()).isEmpty();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void whenSomeoneElseTookTheCustomerMeanwhileNothingIsSavedAndTheirOwnerIsShown() {
        PersonDetailViewModel detail = shown(sam, fx.ada);
        AccountOwnerViewModel owner = detail.owner();
        fx.services.accountOwners().assign(sue, fx.ada, null, sue.operatorId());

        choose(owner, "Sam Seller (sam.seller)");
        owner.assign();

        assertThat(owner.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(owner.notice().getText()).contains("was changed by someone else meanwhile; nothing was changed")
                .endsWith("It is now Sue Closer (sue.closer).");
        assertThat(owner.ownerTextProperty().get()).isEqualTo("Sue Closer (sue.closer)");
        assertThat(owner.changeableProperty().get()).isFalse();
        assertThat(fx.services.accountOwners().of(fx.officer, fx.ada).ownedBy(sue.operatorId())).isTrue();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void aPartnerManagerSeesTheOwnerOnlyAndAForumMemberHasNoneToChoose() {
        fx.services.accountOwners().assign(fx.officer, fx.ada, null, sam.operatorId());

        AccountOwnerViewModel partners = shown(fx.partners, fx.ada).owner();
        assertThat(partners.ownerTextProperty().get()).isEqualTo("Sam Seller (sam.seller)");
        assertThat(partners.changeableProperty().get()).isFalse();

        AccountOwnerViewModel forumMember = shown(fx.officer, fx.grace).owner();
        assertThat(forumMember.ownerTextProperty().get()).isEqualTo("Nobody");
        assertThat(forumMember.changeableProperty().get()).isFalse();
        assertThat(fx.services.history().history(fx.officer, fx.ada)).extracting(HistoryEntry::field)
                .contains("accountOwnerId");
    }
}
