package com.custodia.service.communications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.ledger.AppendedEntry;
import com.custodia.policy.EmailEligibility.Ground;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.people.NewPerson;
import com.custodia.service.people.PersonExportService;
import com.custodia.service.people.PersonRecordViews.EmailDecision;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A mailing's audience and its mailing list, on an encrypted H2 workspace. */
class MailingListsTest {

    static final Principal SALES = TestWorkspaces.principal(1_001, "sam", Role.SALES_REPRESENTATIVE);
    static final Principal OFFICER = TestWorkspaces.principal(1_002, "olivia", Role.PRIVACY_OFFICER);
    static final Principal ADMIN = TestWorkspaces.principal(1_004, "ann", Role.ADMINISTRATOR);
    static final Principal PARTNERS = TestWorkspaces.principal(1_003, "pat", Role.PARTNER_MANAGER);

    @TempDir Path dir;
    final MutableClock clock = new MutableClock();
    Services services;
    long ada;
    long bob;
    long cleo;
    long finn;
    long tess;

    @BeforeEach
    void fivePersons() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        ada = person(PersonKind.CUSTOMER, "Ada", "Lovelace", "ada@example.com", "en");
        bob = person(PersonKind.CUSTOMER, "Bob", "Babbage", "bob@example.com", "de");
        cleo = person(PersonKind.CUSTOMER, "Cleo", "Nomail", null, null);
        finn = person(PersonKind.FORUM_MEMBER, "Finn", "Forum", "finn@example.org", null);
        tess = person(PersonKind.TRIAL_USER, "=Tess", "Trial", "tess@example.net", "fr");
        clock.advance(Duration.ofMinutes(1));
        decline(bob, MessageClass.FEATURES);
        decline(tess, MessageClass.UPGRADES);
        services.communications().logPointOfContact(SALES, tess, PointOfContactReason.TRIAL_ISSUED, clock.instant(),
                null);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private long person(PersonKind kind, String first, String last, String email, String language) {
        return services.people().create(OFFICER, new NewPerson(kind, first, last, null, email, null, null, null, null,
                null, language));
    }

    private void decline(long person, MessageClass c) {
        PreferenceView seen = services.personRecords().preferences(SALES, person).stream()
                .filter(p -> p.messageClass() == c).findFirst().orElseThrow();
        services.communications().recordChoice(SALES, person, seen, false, "phone call");
    }

    @Test
    void theAudienceCountsEveryPersonOnceUnderTheRulesGround() {
        Audience features = services.mailingLists().audience(SALES, MessageClass.FEATURES, Progress.NONE);
        assertThat(features.persons()).isEqualTo(5);
        assertThat(features.eligible()).isEqualTo(2);
        assertThat(features.count(Ground.NOT_DECLINED)).isEqualTo(2);
        assertThat(features.count(Ground.DECLINED)).isEqualTo(1);
        assertThat(features.count(Ground.NO_EMAIL)).isEqualTo(1);
        assertThat(features.count(Ground.NO_POINT_OF_CONTACT)).isEqualTo(1);

        Audience upgrades = services.mailingLists().audience(OFFICER, MessageClass.UPGRADES, Progress.NONE);
        assertThat(upgrades.eligible()).isEqualTo(2);
        assertThat(upgrades.count(Ground.DECLINED)).isEqualTo(1);

        Audience security = services.mailingLists().audience(SALES, MessageClass.SECURITY, Progress.NONE);
        assertThat(security.count(Ground.MANDATORY)).isEqualTo(3);
        assertThat(security.count(Ground.DECLINED)).isZero();
        assertThat(security.excluded()).isEqualTo(2);
    }

    @Test
    void theAudienceAgreesWithEveryPersonsOwnAnswer() {
        for (MessageClass c : MessageClass.values()) {
            long allowed = 0;
            for (long person : List.of(ada, bob, cleo, finn, tess)) {
                EmailDecision d = services.personRecords().emailEligibility(SALES, person).stream()
                        .filter(x -> x.messageClass() == c).findFirst().orElseThrow();
                allowed += d.allowed() ? 1 : 0;
            }
            assertThat(services.mailingLists().audience(SALES, c, Progress.NONE).eligible()).as(c.name())
                    .isEqualTo(allowed);
        }
    }

    @Test
    void theMailingListIsADisclosureWithItsLedgerEntryAndHoldsOnlyThoseWhoMayReceiveIt() throws Exception {
        Path out = dir.resolve("features.csv");
        Disclosed disclosed = services.mailingLists().export(OFFICER, MessageClass.FEATURES, mailTeam(), out,
                Progress.NONE);

        byte[] file = Files.readAllBytes(out);
        assertThat(new String(file, StandardCharsets.UTF_8)).isEqualTo("email,first_name,last_name,language\r\n"
                + "ada@example.com,Ada,Lovelace,en\r\n"
                + "tess@example.net,'=Tess,Trial,fr\r\n");
        assertThat(DisclosureGate.sha256(file)).isEqualTo(disclosed.payloadSha256());
        AppendedEntry entry = services.ledger().store().entries(disclosed.ledgerSeq(), 1).get(0);
        assertThat(entry.content().recipientName()).isEqualTo("Mail team");
        assertThat(entry.content().fields()).containsExactlyInAnyOrderElementsOf(MailingLists.COLUMNS);
        assertThat(services.ledger().store().personsOf(entry.seq())).containsExactlyInAnyOrder(ada, tess);
        assertThat(services.ledger().verify(OFFICER, Progress.NONE).ok()).isTrue();
    }

    @Test
    void onlyThoseWhoExportPersonsMayExportAMailingListAndOnlyThoseWhoSeeContactDataCountIt() {
        Path out = dir.resolve("list.csv");
        for (Principal who : List.of(SALES, ADMIN, PARTNERS)) {
            assertThatThrownBy(() -> services.mailingLists().export(who, MessageClass.SECURITY, mailTeam(), out,
                    Progress.NONE)).isInstanceOf(AccessDeniedException.class);
        }
        for (Principal who : List.of(ADMIN, PARTNERS)) {
            assertThatThrownBy(() -> services.mailingLists().audience(who, MessageClass.SECURITY, Progress.NONE))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(out).doesNotExist();
        assertThat(services.ledger().store().head().size()).isZero();
    }

    @Test
    void aCancelledListOrAnEmptyOneLeavesNoFileAndNoEntry() {
        Path out = dir.resolve("list.csv");
        List<String> seen = new ArrayList<>();
        Progress cancelling = new Progress() {
            @Override
            public void update(double fraction, String message) {
                seen.add(message);
            }

            @Override
            public void checkCancelled() {
                if (!seen.isEmpty()) {
                    throw new CancellationException("cancelled");
                }
            }
        };
        assertThatThrownBy(() -> services.mailingLists().export(OFFICER, MessageClass.WELCOME, mailTeam(), out,
                cancelling)).isInstanceOf(CancellationException.class);

        // nobody left who may receive feature news
        decline(ada, MessageClass.FEATURES);
        decline(tess, MessageClass.FEATURES);
        assertThatThrownBy(() -> services.mailingLists().export(OFFICER, MessageClass.FEATURES, mailTeam(), out,
                Progress.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Nobody may receive");
        assertThat(out).doesNotExist();
        assertThat(services.ledger().store().head().size()).isZero();
    }

    private static PersonExportService.Recipient mailTeam() {
        return new PersonExportService.Recipient(RecipientKind.INTERNAL, "Mail team", null, LegalBasis.INTERNAL_USE,
                null, "Feature news for December");
    }
}
