package com.custodia.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.ProfileStore;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.OpenServices;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstRunViewModelTest {

    @TempDir Path home;
    private final MutableClock clock = MutableClock.atFixedStart();
    private final SyncTaskExecutor executor = new SyncTaskExecutor();
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final RecordingListener listener = new RecordingListener();
    private final List<String> signIns = listener.signIns;
    private AppDirs dirs;
    private ProfileStore profiles;
    private OpenServices open;
    private FirstRunViewModel model;

    @BeforeEach
    void setUp() {
        dirs = UiTesting.dirs(home);
        profiles = new ProfileStore(dirs);
        open = new OpenServices(executor);
        model = new FirstRunViewModel(() -> UiTesting.workspaces(clock), profiles, dirs, open, executor, dialogs, clock,
                UiTesting.bundle("firstrun"), false, listener);
    }

    @AfterEach
    void closeDatabase() {
        open.closeNow();
    }

    private void fillValidCreateForm() {
        CreateWorkspaceForm form = model.create();
        form.passphraseProperty().set(TestWorkspaces.PASSPHRASE);
        form.passphraseRepeatProperty().set(TestWorkspaces.PASSPHRASE);
        form.usernameProperty().set("alice");
        form.displayNameProperty().set("Alice Admin");
        form.passwordProperty().set("alice-password-1");
        form.passwordRepeatProperty().set("alice-password-1");
    }

    @Test
    void suggestsTheDefaultWorkspaceFolder() {
        assertThat(model.create().folderProperty().get()).isEqualTo(dirs.defaultWorkspace().toString());
    }

    @Test
    void differentPassphrasesAreRefusedNamingTheRepeatField() {
        fillValidCreateForm();
        model.create().passphraseRepeatProperty().set(TestWorkspaces.PASSPHRASE + "!");

        model.submit();

        assertThat(model.errorProperty().get()).isEqualTo("Repeat passphrase: the two passphrases differ.");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("create-passphrase-repeat");
        assertThat(signIns).isEmpty();
        assertThat(dirs.defaultWorkspace()).doesNotExist();
    }

    @Test
    void tooShortPassphraseIsRefusedNamingThePassphraseField() {
        fillValidCreateForm();
        model.create().passphraseProperty().set("short");
        model.create().passphraseRepeatProperty().set("short");

        model.submit();

        assertThat(model.errorProperty().get()).startsWith("Passphrase: ").contains("at least 12 characters");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("create-passphrase");
    }

    @Test
    void emptyUserNameIsRefused() {
        fillValidCreateForm();
        model.create().usernameProperty().set("  ");

        model.submit();

        assertThat(model.errorProperty().get()).isEqualTo("User name: this field is required.");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("create-username");
    }

    @Test
    void differentAdministratorPasswordsAreRefused() {
        fillValidCreateForm();
        model.create().passwordRepeatProperty().set("something-else-1");

        model.submit();

        assertThat(model.errorProperty().get()).isEqualTo("Repeat password: the two passwords differ.");
    }

    @Test
    void serverPortMustBeANumber() {
        model.choiceProperty().set(FirstRunViewModel.Choice.SERVER);
        model.server().userProperty().set("custodia");
        model.server().portProperty().set("54x");

        model.submit();

        assertThat(model.errorProperty().get()).isEqualTo("Port: a port is a number from 1 to 65535.");
    }

    @Test
    void serverSchemaMustBeAPlainName() {
        model.choiceProperty().set(FirstRunViewModel.Choice.SERVER);
        model.server().userProperty().set("custodia");
        model.server().schemaProperty().set("custodia&sslmode=disable");

        model.submit();

        assertThat(model.errorProperty().get()).startsWith("Schema: a schema name has lower-case letters");
        assertThat(model.invalidFieldProperty().get()).isEqualTo("server-schema");
        assertThat(model.serverInit().offeredProperty().get()).isFalse();
    }

    @Test
    void creatingAWorkspaceRemembersItAndGoesToSignInWithTheAdministratorName() {
        fillValidCreateForm();

        model.submit();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(signIns).containsExactly("alice");
        assertThat(profiles.load()).containsExactly(new ConnectionProfile.Embedded(dirs.defaultWorkspace()));
        assertThat(open.current()).isPresent();
        assertThat(model.create().passphraseProperty().get()).as("secrets are cleared").isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void openingWithAWrongPassphraseSaysSo() {
        Path folder = home.resolve("existing");
        TestWorkspaces.embedded(folder, clock).close();
        model.choiceProperty().set(FirstRunViewModel.Choice.OPEN);
        model.openForm().folderProperty().set(folder.toString());
        model.openForm().passphraseProperty().set("not the passphrase at all");

        model.submit();

        assertThat(model.errorProperty().get()).isEqualTo("Wrong passphrase.");
        assertThat(signIns).isEmpty();
        assertThat(profiles.load()).isEmpty();
    }

    @Test
    void openingAnExistingWorkspaceRemembersItAndGoesToSignIn() {
        Path folder = home.resolve("existing");
        TestWorkspaces.embedded(folder, clock).close();
        model.choiceProperty().set(FirstRunViewModel.Choice.OPEN);
        model.openForm().folderProperty().set(folder.toString());
        model.openForm().passphraseProperty().set(TestWorkspaces.PASSPHRASE);

        model.submit();

        assertThat(model.errorProperty().get()).isEmpty();
        assertThat(signIns).containsExactly("null");
        assertThat(open.current().map(Services::profile)).contains(new ConnectionProfile.Embedded(folder));
    }

    @Test
    void aTakenDefaultFolderIsNotSuggestedAgain() throws Exception {
        Files.createDirectories(dirs.defaultWorkspace());
        Files.writeString(dirs.defaultWorkspace().resolve("something"), "x");

        assertThat(FirstRunViewModel.suggestNewFolder(dirs.defaultWorkspace()))
                .isEqualTo(dirs.defaultWorkspace().resolveSibling("default-2"));
    }

    @Test
    void chosenFolderFromTheDialogIsUsed() {
        dialogs.nextDirectory = home.resolve("elsewhere");

        model.chooseCreateFolder();

        assertThat(model.create().folderProperty().get()).isEqualTo(home.resolve("elsewhere").toString());
    }
}
