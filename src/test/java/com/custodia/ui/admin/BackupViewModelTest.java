package com.custodia.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup tab's view model over a real workspace, with the synchronous executor and a fake chooser. */
class BackupViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void open() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private BackupViewModel model(Principal actor) {
        AdminText text = new AdminText(ResourceBundle.getBundle("i18n.admin", Locale.ENGLISH));
        return new BackupViewModel(services.backups(), actor, new SyncTaskExecutor(), dialogs, text,
                new FailureReporter(dialogs, "Administration"));
    }

    private Principal admin() {
        return services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
    }

    @Test
    void backsUpToTheChosenFileAndSaysWhere() {
        dialogs.chosenFile = dir.resolve("chosen.custodia-backup");
        BackupViewModel model = model(admin());

        model.backUp();

        assertThat(dialogs.chosenFile).isRegularFile();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText())
                .matches("Backed up the workspace \\([0-9.]+ (kB|MB), [0-9]+ ledger entries\\) to .*")
                .endsWith(" to " + dialogs.chosenFile.getFileName() + " in "
                        + dialogs.chosenFile.toAbsolutePath().getParent() + ".");
        assertThat(model.task().isRunning()).isFalse();
    }

    @Test
    void closingTheChooserDoesNothing() throws Exception {
        BackupViewModel model = model(admin());

        model.backUp();

        assertThat(model.notice().getText()).isEmpty();
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("ws"));
        }
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenTheOperatorAgrees() throws Exception {
        dialogs.chosenFile = Files.writeString(dir.resolve("old.custodia-backup"), "old");
        dialogs.confirmAnswer = false;
        BackupViewModel model = model(admin());

        model.backUp();

        assertThat(Files.readString(dialogs.chosenFile)).isEqualTo("old");
        dialogs.confirmAnswer = true;
        model.backUp();
        assertThat(Files.size(dialogs.chosenFile)).isGreaterThan(3);
        assertThat(dialogs.confirmations).hasSize(2);
    }

    @Test
    void aPrivacyOfficerReadsTheServicesRefusal() {
        dialogs.chosenFile = dir.resolve("refused.custodia-backup");
        BackupViewModel model = model(TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER));

        model.backUp();

        assertThat(model.mayBackUp()).isFalse();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.notice().getText()).isEqualTo("Your roles do not allow you to back up the workspace.");
        assertThat(dialogs.chosenFile).doesNotExist();
        assertThat(dialogs.errors).as("a refusal is not an unexpected error").isEmpty();
    }
}
