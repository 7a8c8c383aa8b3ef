package com.custodia.ui.communications;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.ledger.AppendedEntry;
import com.custodia.policy.EmailEligibility.Ground;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.admin.FakeDialogService;
import com.custodia.ui.common.ManualTaskExecutor;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.common.TaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Communications screen's view model over a real workspace, with a fake chooser. */
class CommunicationsViewModelTest {

    static final Principal SALES = TestWorkspaces.principal(1_001, "sam", Role.SALES_REPRESENTATIVE);
    static final Principal OFFICER = TestWorkspaces.principal(1_002, "olivia", Role.PRIVACY_OFFICER);

    @TempDir static Path dir;
    static Services services;
    static final MutableClock clock = new MutableClock();
    final FakeDialogService dialogs = new FakeDialogService();

    /** Five persons: two may get feature news, one declined it, one has no address, one is not a customer. */
    @BeforeAll
    static void workspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        person(PersonKind.CUSTOMER, "Ada", "ada@example.com");
        long bob = person(PersonKind.CUSTOMER, "Bob", "bob@example.com");
        person(PersonKind.CUSTOMER, "Cleo", null);
        person(PersonKind.FORUM_MEMBER, "Finn", "finn@example.org");
        long tess = person(PersonKind.TRIAL_USER, "Tess", "tess@example.net");
        PreferenceView features = services.personRecords().preferences(SALES, bob).stream()
                .filter(p -> p.messageClass() == MessageClass.FEATURES).findFirst().orElseThrow();
        services.communications().recordChoice(SALES, bob, features, false, "phone call");
        services.communications().logPointOfContact(SALES, tess, PointOfContactReason.TRIAL_ISSUED, clock.instant(),
                null);
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @BeforeEach
    void noFileChosen() {
        dialogs.chosenFile = null;
    }

    private static long person(PersonKind kind, String first, String email) {
        return services.people().create(OFFICER, new NewPerson(kind, first, "Test", null, email, null, null, null,
                null, null, "en"));
    }

    private CommunicationsViewModel model(Principal actor, TaskExecutor executor) {
        CommunicationsText text = new CommunicationsText(ResourceBundle.getBundle("i18n.communications",
                Locale.ENGLISH));
        return new CommunicationsViewModel(services.mailingLists(), actor, executor, dialogs, clock, text);
    }

    @Test
    void openingCountsFeatureNewsAndSaysWhoIsLeftOutAndWhy() {
        CommunicationsViewModel model = model(SALES, new SyncTaskExecutor());

        model.open();

        assertThat(model.messageClassProperty().get()).isEqualTo(MessageClass.FEATURES);
        assertThat(model.rows()).extracting(AudienceRow::ground).containsExactly(Ground.NOT_DECLINED,
                Ground.DECLINED, Ground.NO_EMAIL, Ground.NO_POINT_OF_CONTACT);
        assertThat(model.rows()).extracting(AudienceRow::persons).containsExactly(2L, 1L, 1L, 1L);
        assertThat(model.rows().get(1).explanation()).isEqualTo("They declined feature news (P9).");
        assertThat(model.rows().get(0).share()).isEqualTo(0.4);
        assertThat(model.summaryProperty().get()).startsWith("2 of 5 persons may receive feature news (40%). Counted ");
        assertThat(model.purposeProperty().get()).isEqualTo("Sending feature news");
        assertThat(model.task().isRunning()).isFalse();
    }

    @Test
    void anotherClassIsCountedWhenChosenAndAMandatoryOneHasNoDeclinedLine() {
        CommunicationsViewModel model = model(SALES, new SyncTaskExecutor());
        model.open();

        model.messageClassProperty().set(MessageClass.SECURITY);

        assertThat(model.rows()).extracting(AudienceRow::ground).containsExactly(Ground.MANDATORY, Ground.NO_EMAIL,
                Ground.NO_POINT_OF_CONTACT);
        assertThat(model.rows()).extracting(AudienceRow::persons).containsExactly(3L, 1L, 1L);
        assertThat(model.summaryProperty().get()).startsWith("3 of 5 persons may receive security announcements");
    }

    @Test
    void aCountOverTakenByAnotherClassNeverShowsItsStaleNumbers() {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        CommunicationsViewModel model = model(SALES, executor);

        model.open();
        model.messageClassProperty().set(MessageClass.WELCOME);
        executor.runAll();

        assertThat(model.audienceProperty().get().messageClass()).isEqualTo(MessageClass.WELCOME);
        assertThat(model.rows()).extracting(AudienceRow::ground).startsWith(Ground.MANDATORY);
    }

    @Test
    void anOfficerExportsTheMailingListThroughTheLedger() throws Exception {
        CommunicationsViewModel model = model(OFFICER, new SyncTaskExecutor());
        model.open();
        long entriesBefore = services.ledger().store().head().size();

        model.export();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.notice().getText()).isEqualTo("Name the recipient of the mailing list.");

        model.recipientProperty().set("Mail team");
        dialogs.chosenFile = dir.resolve("features.csv");
        model.export();

        assertThat(model.notice().getKind()).as(model.notice().getText()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText()).startsWith("Wrote features.csv (ledger entry " + entriesBefore + ", SHA-256 ");
        assertThat(Files.readString(dialogs.chosenFile, StandardCharsets.UTF_8)).startsWith(
                "email,first_name,last_name,language\r\nada@example.com,Ada,Test,en\r\ntess@example.net,Tess,Test,en");
        AppendedEntry entry = services.ledger().store().entries(entriesBefore, 1).get(0);
        assertThat(entry.content().recipientName()).isEqualTo("Mail team");
        assertThat(entry.content().purpose()).isEqualTo("Sending feature news");
        assertThat(services.ledger().verify(OFFICER, Progress.NONE).ok()).isTrue();
    }

    @Test
    void aSalesRepresentativeCountsButIsNotOfferedTheExport() {
        CommunicationsViewModel model = model(SALES, new SyncTaskExecutor());
        model.open();
        model.recipientProperty().set("Mail team");
        dialogs.chosenFile = dir.resolve("not-written.csv");

        assertThat(model.mayExport()).isFalse();
        model.export();

        assertThat(dialogs.chosenFile).doesNotExist();
    }

    @Test
    void aCountAskedForWhileTheListIsWrittenDoesNotStopIt() throws Exception {
        ManualTaskExecutor executor = new ManualTaskExecutor();
        CommunicationsViewModel model = model(OFFICER, executor);
        model.open();
        executor.runAll();
        model.recipientProperty().set("Mail team");
        dialogs.chosenFile = dir.resolve("while-counting.csv");

        model.export();
        assertThat(model.exportingProperty().get()).isTrue();
        model.count();
        assertThat(executor.pending()).isEqualTo(1);
        executor.runAll();

        assertThat(model.notice().getKind()).as(model.notice().getText()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(dialogs.chosenFile).isRegularFile();
        assertThat(model.exportingProperty().get()).isFalse();
    }
}
