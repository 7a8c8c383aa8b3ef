package com.custodia.service.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.history.HistoryEntry;
import com.custodia.service.people.NewPerson;
import com.custodia.service.people.PersonRecordViews.EmailDecision;
import com.custodia.service.people.PersonRecordViews.PointOfContactView;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Recording email choices and points of contact, held to the same behaviour on each engine:
 * two workstations record choices for one person, and the later one sees the earlier one. One
 * database per class (opening one takes seconds); every test makes its own persons.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CommunicationsContract {

    static final Principal SALES = TestWorkspaces.principal(1_001, "sam", Role.SALES_REPRESENTATIVE);
    static final Principal OFFICER = TestWorkspaces.principal(1_002, "olivia", Role.PRIVACY_OFFICER);
    static final Principal PARTNERS = TestWorkspaces.principal(1_003, "pat", Role.PARTNER_MANAGER);
    static final Principal ADMIN = TestWorkspaces.principal(1_004, "ann", Role.ADMINISTRATOR);

    final MutableClock clock = new MutableClock();
    Services one;
    Services two;
    long ada;
    long finn;

    /** The first workstation's services. */
    protected abstract Services first();

    /** Another workstation's services over the same database. */
    protected abstract Services second();

    protected abstract void closeAll();

    @BeforeAll
    void open() {
        one = first();
        two = second();
    }

    @BeforeEach
    void create() {
        ada = one.people().create(OFFICER, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace", "Analytical Engines",
                "ada@example.com", null, null, null, null, "GB", "en"));
        finn = one.people().create(OFFICER, new NewPerson(PersonKind.FORUM_MEMBER, "Finn", "Forum", null,
                "finn@example.org", null, null, null, null, null, null));
    }

    @AfterAll
    void close() {
        closeAll();
    }

    private PreferenceView seen(Services services, long person, MessageClass c) {
        return services.personRecords().preferences(SALES, person).stream()
                .filter(p -> p.messageClass() == c).findFirst().orElseThrow();
    }

    private EmailDecision decision(long person, MessageClass c) {
        return one.personRecords().emailEligibility(SALES, person).stream()
                .filter(d -> d.messageClass() == c).findFirst().orElseThrow();
    }

    @Test
    void aDeclinedClassIsStoredFiledInTheHistoryAndHonoured() {
        clock.advance(Duration.ofMinutes(5));
        PreferenceView stored = one.communications().recordChoice(SALES, ada, seen(one, ada, MessageClass.FEATURES),
                false, "phone call");

        assertThat(stored.recorded()).isTrue();
        assertThat(stored.subscribed()).isFalse();
        assertThat(stored.source()).isEqualTo("phone call");
        assertThat(stored.since()).isEqualTo(clock.instant());
        assertThat(seen(two, ada, MessageClass.FEATURES)).isEqualTo(stored);
        assertThat(decision(ada, MessageClass.FEATURES).allowed()).isFalse();
        assertThat(decision(ada, MessageClass.UPGRADES).allowed()).isTrue();
        List<HistoryEntry> history = one.history().history(OFFICER, ada);
        assertThat(history).anySatisfy(h -> {
            assertThat(h.operator()).isEqualTo("sam");
            assertThat(h.entity()).isEqualTo("CommunicationPreference");
            assertThat(h.source()).contains("phone call");
        });

        // and back again: the same row changes, and its history keeps both
        clock.advance(Duration.ofDays(2));
        PreferenceView again = one.communications().recordChoice(SALES, ada, stored, true, "unsubscribe page");
        assertThat(again.subscribed()).isTrue();
        assertThat(again.since()).isEqualTo(clock.instant());
        assertThat(decision(ada, MessageClass.FEATURES).allowed()).isTrue();
        assertThat(one.history().history(OFFICER, ada))
                .anySatisfy(h -> assertThat(h.field()).isEqualTo("subscribed"));
    }

    @Test
    void recordingTheChoiceAlreadyHeldChangesNothing() {
        PreferenceView first = one.communications().recordChoice(SALES, ada, seen(one, ada, MessageClass.UPGRADES),
                false, "email");
        int historyBefore = one.history().history(OFFICER, ada).size();
        clock.advance(Duration.ofHours(1));

        assertThat(one.communications().recordChoice(SALES, ada, first, false, "email again")).isEqualTo(first);
        assertThat(one.history().history(OFFICER, ada)).hasSize(historyBefore);
    }

    @Test
    void mandatoryServiceMessagesCannotBeDeclined() {
        PreferenceView security = seen(one, ada, MessageClass.SECURITY);
        assertThatThrownBy(() -> one.communications().recordChoice(SALES, ada, security, false, "phone call"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mandatory");
        assertThat(seen(one, ada, MessageClass.SECURITY).recorded()).isFalse();
    }

    @Test
    void aSourceIsRequired() {
        PreferenceView features = seen(one, ada, MessageClass.FEATURES);
        assertThatThrownBy(() -> one.communications().recordChoice(SALES, ada, features, false, " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Source");
        assertThat(seen(one, ada, MessageClass.FEATURES).recorded()).isFalse();
    }

    @Test
    void aChoiceRecordedOnAnotherWorkstationMeanwhileIsShownNotOverwritten() {
        PreferenceView mine = seen(one, ada, MessageClass.FEATURES);
        PreferenceView theirsSeen = seen(two, ada, MessageClass.FEATURES);
        clock.advance(Duration.ofMinutes(1));
        PreferenceView theirs = two.communications().recordChoice(SALES, ada, theirsSeen, false, "letter");

        assertThatThrownBy(() -> one.communications().recordChoice(SALES, ada, mine, true, "web form"))
                .isInstanceOfSatisfying(ChoiceConflictException.class, e -> {
                    assertThat(e.current()).isEqualTo(theirs);
                    assertThat(e.getMessage()).contains("declined since").contains("letter")
                            .contains("Nothing was saved");
                });
        assertThat(seen(one, ada, MessageClass.FEATURES)).isEqualTo(theirs);

        // a later change to a recorded choice conflicts the same way
        clock.advance(Duration.ofMinutes(1));
        PreferenceView theirsAgain = two.communications().recordChoice(SALES, ada, theirs, true, "phone call");
        assertThatThrownBy(() -> one.communications().recordChoice(SALES, ada, theirs, false, "email"))
                .isInstanceOfSatisfying(ChoiceConflictException.class,
                        e -> assertThat(e.current()).isEqualTo(theirsAgain));
    }

    @Test
    void aChoiceCommittedBetweenTheCheckAndTheWriteIsRefusedByTheDatabaseItself() {
        PreferenceView[] theirs = new PreferenceView[2];
        // the other workstation records the first choice for the class after this one checked there was none
        CommunicationService racing = new CommunicationService(one.database(), one.guard(), clock, () -> {
            if (theirs[0] == null) {
                theirs[0] = two.communications().recordChoice(SALES, ada, seen(two, ada, MessageClass.UPGRADES),
                        false, "letter");
            }
        });
        PreferenceView unrecorded = seen(one, ada, MessageClass.UPGRADES);
        assertThatThrownBy(() -> racing.recordChoice(SALES, ada, unrecorded, true, "web form"))
                .isInstanceOfSatisfying(ChoiceConflictException.class, e -> assertThat(e.current()).isEqualTo(theirs[0]));

        // and a change to a recorded choice committed in between is caught by the row's version
        clock.advance(Duration.ofMinutes(1));
        CommunicationService racingAgain = new CommunicationService(one.database(), one.guard(), clock, () -> {
            if (theirs[1] == null) {
                theirs[1] = two.communications().recordChoice(SALES, ada, theirs[0], true, "phone call");
            }
        });
        assertThatThrownBy(() -> racingAgain.recordChoice(SALES, ada, theirs[0], true, "email"))
                .isInstanceOfSatisfying(ChoiceConflictException.class, e -> assertThat(e.current()).isEqualTo(theirs[1]));
        assertThat(seen(one, ada, MessageClass.UPGRADES)).isEqualTo(theirs[1]);
    }

    @Test
    void aPointOfContactLetsTheVendorWriteToSomeoneWhoIsNotACustomer() {
        assertThat(decision(finn, MessageClass.TECHNICAL).allowed()).isFalse();
        Instant when = clock.instant().minus(Duration.ofDays(1));

        PointOfContactView logged = one.communications().logPointOfContact(SALES, finn,
                PointOfContactReason.SUPPORT_REQUESTED, when, "  asked about the installer  ");

        assertThat(logged.reason()).isEqualTo(PointOfContactReason.SUPPORT_REQUESTED);
        assertThat(logged.occurredAt()).isEqualTo(when);
        assertThat(logged.note()).isEqualTo("asked about the installer");
        assertThat(two.personRecords().pointsOfContact(SALES, finn)).containsExactly(logged);
        assertThat(decision(finn, MessageClass.TECHNICAL).allowed()).isTrue();
        assertThat(decision(finn, MessageClass.TECHNICAL).reason()).contains("technical support requested");
        assertThat(one.history().history(OFFICER, finn))
                .anySatisfy(h -> assertThat(h.entity()).isEqualTo("PointOfContact"));
    }

    @Test
    void aPointOfContactInTheFutureOrWithACardNumberIsRefused() {
        assertThatThrownBy(() -> one.communications().logPointOfContact(SALES, finn,
                PointOfContactReason.PRODUCT_ORDERED, clock.instant().plus(Duration.ofHours(1)), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
        assertThatThrownBy(() -> one.communications().logPointOfContact(SALES, finn,
                PointOfContactReason.PRODUCT_ORDERED, clock.instant(), "paid with 4111 1111 1111 1111"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> one.communications().logPointOfContact(SALES, finn,
                PointOfContactReason.PRODUCT_ORDERED, clock.instant(), "x".repeat(501)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(one.personRecords().pointsOfContact(SALES, finn)).isEmpty();
    }

    @Test
    void rolesWithoutTheRightAreRefusedByTheService() {
        PreferenceView features = seen(one, ada, MessageClass.FEATURES);
        for (Principal who : List.of(PARTNERS, ADMIN)) {
            assertThatThrownBy(() -> one.communications().recordChoice(who, ada, features, false, "phone call"))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> one.communications().logPointOfContact(who, finn,
                    PointOfContactReason.TRIAL_ISSUED, clock.instant(), null))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(seen(one, ada, MessageClass.FEATURES).recorded()).isFalse();
        assertThat(one.personRecords().pointsOfContact(SALES, finn)).isEmpty();
    }

    @Test
    void anUnknownPersonIsNamed() {
        PreferenceView features = seen(one, ada, MessageClass.FEATURES);
        assertThatThrownBy(() -> one.communications().recordChoice(SALES, 987_654, features, false, "phone"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("987654");
    }
}
