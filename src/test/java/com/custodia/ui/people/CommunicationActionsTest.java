package com.custodia.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.MessageClass;
import com.custodia.domain.PointOfContactReason;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonRecordViews.PointOfContactView;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.people.DetailLists.Preference;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording a person's email choices and points of contact from the Communications tab, on a
 * real encrypted workspace without a window: decline and subscribe again, a choice recorded on
 * another workstation meanwhile, a point of contact that lets the vendor write to a non-customer,
 * refusals, and which roles are offered the controls.
 */
class CommunicationActionsTest {

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
    void aClassIsDeclinedThenSubscribedAgainAndTheListsShowEachChoice() {
        PersonDetailViewModel detail = communicationsOf(fx.sales, fx.ada);
        detail.tabShown(DetailTab.HISTORY);
        detail.tabShown(DetailTab.COMMUNICATIONS);
        String historyTitle = detail.tabTitle(DetailTab.HISTORY).get();
        CommunicationActions actions = detail.communications();

        actions.select(row(detail, MessageClass.UPGRADES));
        assertThat(actions.canDecline().get()).as("subscribed by default, not declined").isTrue();
        assertThat(actions.canSubscribe().get()).as("no choice recorded yet").isTrue();
        fx.clock.advance(Duration.ofMinutes(5));
        actions.howProperty().set(" phone call ");
        actions.decline();

        assertThat(actions.choiceNotice().getText()).isEqualTo("Upgrade offers: declined (phone call).");
        assertThat(stored(fx.ada, MessageClass.UPGRADES)).satisfies(p -> {
            assertThat(p.recorded()).isTrue();
            assertThat(p.subscribed()).isFalse();
            assertThat(p.source()).isEqualTo("phone call");
            assertThat(p.since()).isEqualTo(fx.clock.instant());
        });
        assertThat(row(detail, MessageClass.UPGRADES).choice()).as("listed again").isEqualTo(stored(fx.ada,
                MessageClass.UPGRADES));
        assertThat(row(detail, MessageClass.UPGRADES).decision().allowed()).isFalse();
        assertThat(actions.selectedProperty().get()).as("the same class, as now listed")
                .isEqualTo(row(detail, MessageClass.UPGRADES));
        assertThat(actions.canDecline().get()).as("declined already").isFalse();
        assertThat(actions.canSubscribe().get()).isTrue();
        assertThat(detail.lists().history().items()).as("the history tab was open: listed again")
                .anySatisfy(h -> {
                    assertThat(h.entity()).isEqualTo("CommunicationPreference");
                    assertThat(h.source()).contains("phone call");
                    assertThat(h.operator()).isEqualTo("sam");
                });
        assertThat(detail.tabTitle(DetailTab.HISTORY).get()).as("counted again").isNotEqualTo(historyTitle);

        fx.clock.advance(Duration.ofDays(2));
        actions.howProperty().set("letter");
        actions.subscribe();

        assertThat(actions.choiceNotice().getText()).isEqualTo("Upgrade offers: subscribed (letter).");
        assertThat(stored(fx.ada, MessageClass.UPGRADES)).satisfies(p -> {
            assertThat(p.subscribed()).isTrue();
            assertThat(p.source()).isEqualTo("letter");
            assertThat(p.since()).isEqualTo(fx.clock.instant());
        });
        assertThat(row(detail, MessageClass.UPGRADES).decision().allowed()).isTrue();
        assertThat(actions.canSubscribe().get()).as("recorded as subscribed").isFalse();
        assertThat(actions.canDecline().get()).isTrue();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void mandatoryClassesAndClassesDeclinedAlreadyAreNotOfferedForDeclining() {
        PersonDetailViewModel detail = communicationsOf(fx.sales, fx.ada);
        CommunicationActions actions = detail.communications();

        actions.select(row(detail, MessageClass.SECURITY));
        assertThat(actions.canDecline().get()).as("mandatory").isFalse();
        assertThat(actions.canSubscribe().get()).isTrue();
        actions.select(row(detail, MessageClass.FEATURES));
        assertThat(actions.canDecline().get()).as("the fixture's Ada declined feature news").isFalse();
        assertThat(actions.canSubscribe().get()).isTrue();
        actions.select(null);
        assertThat(actions.canDecline().get()).isFalse();
        assertThat(actions.canSubscribe().get()).isFalse();
    }

    @Test
    void aChoiceWithoutSayingHowOrForAMandatoryClassIsNotStored() {
        PersonDetailViewModel detail = communicationsOf(fx.sales, fx.ada);
        CommunicationActions actions = detail.communications();
        actions.select(row(detail, MessageClass.UPGRADES));

        actions.howProperty().set("  ");
        actions.decline();
        assertThat(actions.choiceNotice().getText()).startsWith("Say how the person told us");
        assertThat(stored(fx.ada, MessageClass.UPGRADES).recorded()).isFalse();

        // the button is disabled; the service refuses all the same, and says why beside the controls
        actions.select(row(detail, MessageClass.BILLING));
        actions.howProperty().set("phone call");
        actions.decline();
        assertThat(actions.choiceNotice().getText()).contains("mandatory");
        assertThat(stored(fx.ada, MessageClass.BILLING).recorded()).isFalse();
        assertThat(fx.dialogs.errors).as("the operator's to act on: no dialog").isEmpty();
    }

    @Test
    void aChoiceRecordedOnAnotherWorkstationAfterTheListWasShownIsShownAndNotOverwritten() {
        PersonDetailViewModel detail = communicationsOf(fx.sales, fx.ada);
        CommunicationActions actions = detail.communications();
        Preference shown = row(detail, MessageClass.UPGRADES);
        actions.select(shown);

        fx.clock.advance(Duration.ofMinutes(3));
        PreferenceView theirs = fx.services.communications().recordChoice(fx.officer, fx.ada,
                stored(fx.ada, MessageClass.UPGRADES), false, "letter");
        fx.clock.advance(Duration.ofMinutes(1));
        actions.howProperty().set("phone call");
        actions.subscribe();

        assertThat(actions.choiceNotice().getKind()).isEqualTo(com.custodia.ui.common.Notice.Kind.ERROR);
        assertThat(actions.choiceNotice().getText()).startsWith("Someone else recorded this person's choice for "
                + "upgrade offers meanwhile: declined since").contains("(letter)").contains("Nothing was saved");
        assertThat(stored(fx.ada, MessageClass.UPGRADES)).as("their opt-out stands").isEqualTo(theirs);
        assertThat(row(detail, MessageClass.UPGRADES).choice()).as("listed again: what is stored now")
                .isEqualTo(theirs);
        assertThat(row(detail, MessageClass.UPGRADES).decision().allowed()).isFalse();
        assertThat(actions.selectedProperty().get()).isEqualTo(row(detail, MessageClass.UPGRADES));
        assertThat(actions.canDecline().get()).isFalse();
        assertThat(fx.dialogs.errors).as("shown beside the controls, not as an unexpected error").isEmpty();
    }

    @Test
    void aPointOfContactIsLoggedOnTheDayChosenAndTheVendorMayThenWriteToTheTrialUser() {
        PersonDetailViewModel detail = communicationsOf(fx.sales, fx.bob);
        CommunicationActions actions = detail.communications();
        String title = detail.tabTitle(DetailTab.COMMUNICATIONS).get();
        assertThat(row(detail, MessageClass.WELCOME).decision().allowed()).as("not a customer, no contact").isFalse();
        assertThat(actions.dateProperty().get()).as("today, in UTC").isEqualTo(LocalDate.of(2026, 1, 31));

        actions.reasonProperty().set(PointOfContactReason.TRIAL_ISSUED);
        actions.dateProperty().set(LocalDate.of(2026, 1, 30));
        actions.noteProperty().set("30-day trial of Custodia Desk");
        actions.logContact();

        assertThat(actions.contactNotice().getText())
                .isEqualTo("Point of contact logged: Trial license issued on 2026-01-30.");
        assertThat(fx.services.personRecords().pointsOfContact(fx.officer, fx.bob)).singleElement().satisfies(p -> {
            assertThat(p.reason()).isEqualTo(PointOfContactReason.TRIAL_ISSUED);
            assertThat(p.occurredAt()).isEqualTo(Instant.parse("2026-01-30T00:00:00Z"));
            assertThat(p.note()).isEqualTo("30-day trial of Custodia Desk");
        });
        assertThat(detail.lists().pointsOfContact().items()).extracting(PointOfContactView::note)
                .containsExactly("30-day trial of Custodia Desk");
        assertThat(row(detail, MessageClass.WELCOME).decision().allowed()).as("preferences listed again").isTrue();
        assertThat(actions.noteProperty().get()).as("cleared for the next contact").isEmpty();
        assertThat(detail.tabTitle(DetailTab.COMMUNICATIONS).get()).as("counted again").isNotEqualTo(title);
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void aContactWithoutReasonInTheFutureOrWithACardNumberIsNotLogged() {
        PersonDetailViewModel detail = communicationsOf(fx.sales, fx.bob);
        CommunicationActions actions = detail.communications();

        actions.logContact();
        assertThat(actions.contactNotice().getText()).isEqualTo("Choose the reason for the contact.");

        actions.reasonProperty().set(PointOfContactReason.PRODUCT_ORDERED);
        actions.dateProperty().set(LocalDate.of(2026, 2, 1));
        actions.logContact();
        assertThat(actions.contactNotice().getText()).startsWith("The day of the contact is after today");

        actions.dateProperty().set(LocalDate.of(2026, 1, 31));
        actions.noteProperty().set("paid with 4111 1111 1111 1111");
        actions.logContact();
        assertThat(actions.contactNotice().getKind()).isEqualTo(com.custodia.ui.common.Notice.Kind.ERROR);
        assertThat(actions.contactNotice().getText()).isNotBlank();
        assertThat(actions.noteProperty().get()).as("kept to be corrected").startsWith("paid with");

        assertThat(fx.services.personRecords().pointsOfContact(fx.officer, fx.bob)).isEmpty();
        assertThat(detail.lists().pointsOfContact().items()).isEmpty();
        assertThat(fx.dialogs.errors).isEmpty();
    }

    @Test
    void theControlsAreOfferedToRolesThatMayUseThem() {
        for (Principal who : new Principal[] {fx.sales, fx.officer}) {
            CommunicationActions actions = fx.detail(who, new SyncTaskExecutor()).communications();
            assertThat(actions.mayChoose()).as(who.username()).isTrue();
            assertThat(actions.mayLog()).as(who.username()).isTrue();
        }
        for (Principal who : new Principal[] {fx.admin, fx.partners}) {
            PersonDetailViewModel detail = fx.detail(who, new SyncTaskExecutor());
            detail.select(fx.ada);
            CommunicationActions actions = detail.communications();
            assertThat(actions.mayChoose()).as(who.username()).isFalse();
            assertThat(actions.mayLog()).as(who.username()).isFalse();
            assertThat(detail.tabs()).as(who.username()).doesNotContain(DetailTab.COMMUNICATIONS);
            actions.select(new Preference(stored(fx.ada, MessageClass.UPGRADES), null));
            assertThat(actions.canDecline().get()).as(who.username()).isFalse();
            assertThat(actions.canSubscribe().get()).as(who.username()).isFalse();
        }
    }

    @Test
    void anotherPersonShownForgetsTheSelectionTheNoticesAndTheNote() {
        PersonDetailViewModel detail = communicationsOf(fx.sales, fx.ada);
        CommunicationActions actions = detail.communications();
        actions.select(row(detail, MessageClass.UPGRADES));
        actions.howProperty().set("");
        actions.decline();
        actions.noteProperty().set("half-typed");

        detail.select(fx.grace);

        assertThat(actions.selectedProperty().get()).isNull();
        assertThat(actions.choiceNotice().getText()).isEmpty();
        assertThat(actions.noteProperty().get()).isEmpty();
    }

    // ---------------------------------------------------------------- Helpers

    private PersonDetailViewModel communicationsOf(Principal actor, long person) {
        PersonDetailViewModel detail = fx.detail(actor, new SyncTaskExecutor());
        detail.select(person);
        detail.tabShown(DetailTab.COMMUNICATIONS);
        assertThat(detail.lists().preferences().items()).hasSize(MessageClass.values().length);
        return detail;
    }

    private static Preference row(PersonDetailViewModel detail, MessageClass messageClass) {
        return detail.lists().preferences().items().stream().filter(p -> p.choice().messageClass() == messageClass)
                .findFirst().orElseThrow();
    }

    private PreferenceView stored(long person, MessageClass messageClass) {
        return fx.services.personRecords().preferences(fx.officer, person).stream()
                .filter(p -> p.messageClass() == messageClass).findFirst().orElseThrow();
    }
}
