package com.custodia.ui.firstrun;

import com.custodia.domain.DatabaseException;
import com.custodia.service.Services;
import com.custodia.service.settings.AppDirs;
import com.custodia.service.settings.ProfileStore;
import com.custodia.service.workspace.DemoCredentials;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.service.workspace.WrongKeyPassphraseException;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureMessages;
import com.custodia.ui.common.FieldProblem;
import com.custodia.ui.common.OpenServices;
import com.custodia.ui.common.TaskExecutor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The first-run screen: create a workspace, open one, connect to a server (or initialise an
 * empty one), or try a demo. Opening runs on a worker with progress; on success the profile is
 * remembered and the open database is handed to {@link OpenServices} before the listener moves
 * on to sign-in.
 */
public final class FirstRunViewModel {

    /** Demo workspaces hold this many generated persons: enough to browse, quick to make. */
    static final int DEMO_PERSONS = 500;
    private static final DateTimeFormatter DEMO_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    public enum Choice { CREATE, OPEN, SERVER, DEMO }

    /** Where the screen leads. */
    public interface Listener {
        /** A database is open (held by {@link OpenServices}); sign in, with this user name filled in if not null. */
        void opened(String username);

        /** Back to the sign-in screen without opening anything. */
        void back();

        /** Opens a case file for review, which needs no workspace at all. */
        default void openCaseFile() {
            throw new UnsupportedOperationException("opening case files is not wired here");
        }
    }

    private final Supplier<WorkspaceService> workspaces;
    private final ProfileStore profiles;
    private final AppDirs dirs;
    private final OpenServices open;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final ResourceBundle bundle;
    private final Listener listener;

    private final CreateWorkspaceForm create;
    private final OpenWorkspaceForm openForm;
    private final ServerForm server;
    private final ServerInitForm serverInit;
    private final BooleanBinding initialising;
    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(Choice.CREATE);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty("");
    private final BooleanProperty demoReady = new SimpleBooleanProperty();
    private final StringProperty demoFolder = new SimpleStringProperty("");
    private final boolean canGoBack;

    public FirstRunViewModel(Supplier<WorkspaceService> workspaces, ProfileStore profiles, AppDirs dirs,
                             OpenServices open, TaskExecutor executor, DialogService dialogs, Clock clock,
                             ResourceBundle bundle, boolean canGoBack, Listener listener) {
        this.workspaces = workspaces;
        this.profiles = profiles;
        this.dirs = dirs;
        this.open = open;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.bundle = bundle;
        this.canGoBack = canGoBack;
        this.listener = listener;
        this.create = new CreateWorkspaceForm(bundle, suggestNewFolder(dirs.defaultWorkspace()));
        this.openForm = new OpenWorkspaceForm(bundle, dirs.defaultWorkspace());
        this.server = new ServerForm(bundle);
        this.serverInit = new ServerInitForm(bundle);
        // an offer to initialise holds for the database that was found empty, not for the next one named
        server.onConnectionChange(serverInit::withdraw);
        initialising = choice.isEqualTo(Choice.SERVER).and(serverInit.offeredProperty());
        choice.addListener((obs, was, now) -> {
            error.set("");
            invalidField.set("");
        });
    }

    // ---------------------------------------------------------------- Properties

    public ObjectProperty<Choice> choiceProperty() { return choice; }
    public CreateWorkspaceForm create() { return create; }
    public OpenWorkspaceForm openForm() { return openForm; }
    public ServerForm server() { return server; }
    public ServerInitForm serverInit() { return serverInit; }
    /** True when submitting initialises the server database instead of connecting to it. */
    public ObservableBooleanValue initialisingProperty() { return initialising; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressMessageProperty() { return progressMessage; }
    /** The problem to show under the form; names the field when it is a validation problem. */
    public ReadOnlyStringProperty errorProperty() { return error; }
    /** Node id of the field the error is about, or empty. */
    public ReadOnlyStringProperty invalidFieldProperty() { return invalidField; }
    public ReadOnlyBooleanProperty demoReadyProperty() { return demoReady; }
    public ReadOnlyStringProperty demoFolderProperty() { return demoFolder; }
    public boolean canGoBack() { return canGoBack; }
    public String demoPassphrase() { return DemoCredentials.PASSPHRASE; }
    public String demoPassword() { return DemoCredentials.PASSWORD; }
    public List<DemoCredentials.Account> demoAccounts() { return DemoCredentials.ACCOUNTS; }

    // ---------------------------------------------------------------- Commands

    /** Validates the chosen form and, when it is complete, opens in the background. */
    public void submit() {
        if (busy.get()) {
            return;
        }
        error.set("");
        invalidField.set("");
        Choice chosen = choice.get();
        boolean initialising = this.initialising.get();
        Optional<FieldProblem> problem = switch (chosen) {
            case CREATE -> create.validate();
            case OPEN -> openForm.validate();
            case SERVER -> server.validate().or(() -> initialising ? serverInit.validate(server.keyPassphrase())
                    : Optional.empty());
            case DEMO -> Optional.empty();
        };
        if (problem.isPresent()) {
            error.set(problem.get().message());
            invalidField.set(problem.get().field());
            return;
        }
        Opening opening = switch (chosen) {
            case CREATE -> create.prepare();
            case OPEN -> openForm.prepare();
            case SERVER -> initialising ? server.prepareInit(serverInit.admin().administrator()) : server.prepare();
            case DEMO -> prepareDemo();
        };
        String username = switch (chosen) {
            case CREATE -> create.adminUsername();
            case SERVER -> initialising ? serverInit.admin().username() : null;
            case DEMO -> "admin";
            case OPEN -> null;
        };
        run(chosen, opening, username);
    }

    private Opening prepareDemo() {
        Path folder = suggestNewFolder(dirs.workspaces().resolve("demo-" + DEMO_STAMP.format(clock.instant())));
        long seed = clock.millis();
        demoFolder.set(folder.toString());
        return (service, reporter) -> service.createDemoWorkspace(folder, DEMO_PERSONS, seed, reporter);
    }

    private void run(Choice chosen, Opening opening, String username) {
        busy.set(true);
        demoReady.set(false);
        BackgroundTask<Services> task = BackgroundTask.<Services>of(bundle.getString("task.opening"), reporter -> {
            Services services = opening.open(workspaces.get(), reporter);
            profiles.remember(services.profile());
            return services;
        });
        progress.bind(task.progressProperty());
        progressMessage.bind(task.messageProperty());
        task.onSuccess(services -> {
            open.replace(services);
            clearSecrets();
            serverInit.withdraw();
            if (chosen == Choice.DEMO) {
                demoReady.set(true);
            } else {
                listener.opened(username);
            }
        }).onFailure(failure -> failed(chosen, failure))
          .onFinished(() -> {
              progress.unbind();
              progressMessage.unbind();
              busy.set(false);
          });
        executor.execute(task);
    }

    /**
     * A server database with no Custodia workspace is not an error here: it is offered for
     * initialisation. Anything else is said under the form, pointing at the field to correct.
     */
    private void failed(Choice chosen, Throwable failure) {
        DatabaseException.Reason reason = failure instanceof DatabaseException db ? db.reason() : null;
        if (chosen == Choice.SERVER && reason == DatabaseException.Reason.NOT_INITIALISED) {
            serverInit.offer();
            invalidField.set(serverInit.firstField(server.keyPassphrase()));
            return;
        }
        if (reason == DatabaseException.Reason.WORKSPACE_EXISTS) {
            serverInit.withdraw(); // initialised by someone else meanwhile: connecting is what is left
        }
        error.set(FailureMessages.describe(failure, bundle));
        if (failure instanceof WrongKeyPassphraseException) {
            invalidField.set(ServerInitForm.KEY_FIELD);
        }
    }

    /** After the demo credentials were read: on to sign-in as the demo administrator. */
    public void continueWithDemo() {
        if (demoReady.get() && open.current().isPresent()) {
            listener.opened("admin");
        }
    }

    public void back() {
        clearSecrets();
        listener.back();
    }

    /** A reviewer with no workspace opens a case file from here. */
    public void openCaseFile() {
        listener.openCaseFile();
    }

    public void chooseCreateFolder() {
        // a chosen folder that already holds files gets a new "custodia" folder inside it
        dialogs.chooseDirectory(bundle.getString("chooser.createFolder"), pathOf(create.folderProperty().get()))
                .map(chosen -> isFree(chosen) ? chosen : suggestNewFolder(chosen.resolve("custodia")))
                .ifPresent(chosen -> create.folderProperty().set(chosen.toString()));
    }

    public void chooseOpenFolder() {
        dialogs.chooseDirectory(bundle.getString("chooser.openFolder"), pathOf(openForm.folderProperty().get()))
                .ifPresent(chosen -> openForm.folderProperty().set(chosen.toString()));
    }

    public void chooseCaFile() {
        dialogs.chooseFile(bundle.getString("chooser.caFile"), dirs.config())
                .ifPresent(chosen -> server.caFileProperty().set(chosen.toString()));
    }

    public void clearSecrets() {
        create.clearSecrets();
        openForm.clearSecrets();
        server.clearSecrets();
        serverInit.clearSecrets();
    }

    // ---------------------------------------------------------------- Helpers

    /**
     * A new workspace needs an absent or empty folder. When the chosen one is taken, suggest a
     * sibling ("default-2", …) instead of letting the operator find out after typing everything.
     */
    static Path suggestNewFolder(Path wanted) {
        if (isFree(wanted)) {
            return wanted;
        }
        for (int i = 2; i < 1000; i++) {
            Path candidate = wanted.resolveSibling(wanted.getFileName() + "-" + i);
            if (isFree(candidate)) {
                return candidate;
            }
        }
        return wanted;
    }

    private Path pathOf(String text) {
        try {
            return text == null || text.isBlank() ? dirs.workspaces() : Path.of(text.strip());
        } catch (java.nio.file.InvalidPathException e) {
            return dirs.workspaces();
        }
    }

    private static boolean isFree(Path folder) {
        if (!Files.exists(folder)) {
            return true;
        }
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
