package com.custodia.ui.login;

import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import com.custodia.service.auth.LoginResult;
import com.custodia.service.settings.ProfileStore;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.service.workspace.WrongKeyPassphraseException;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureMessages;
import com.custodia.ui.common.FieldProblem;
import com.custodia.ui.common.OpenServices;
import com.custodia.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Supplier;
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
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Sign-in: pick a remembered profile, unlock its database if it is not open yet (passphrase for
 * a workspace, password for a server), then the operator's user name and password.
 *
 * <p>A database opened here stays open when the sign-in itself fails, so a mistyped password
 * does not cost the passphrase and another database start.
 */
public final class SignInViewModel {

    /** Where sign-in leads. */
    public interface Listener {
        void signedIn(Services services, LoginResult result);

        void otherWorkspace();
    }

    private final ProfileStore store;
    private final Supplier<WorkspaceService> workspaces;
    private final OpenServices open;
    private final TaskExecutor executor;
    private final ResourceBundle bundle;
    private final Listener listener;

    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionProfile> selected = new SimpleObjectProperty<>();
    private final StringProperty passphrase = new SimpleStringProperty("");
    private final StringProperty dbPassword = new SimpleStringProperty("");
    private final StringProperty keyPassphrase = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty needsPassphrase = new SimpleBooleanProperty();
    private final BooleanProperty needsDbPassword = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty progressMessage = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty("");

    public SignInViewModel(ProfileStore store, Supplier<WorkspaceService> workspaces, OpenServices open,
                           TaskExecutor executor, ResourceBundle bundle, Listener listener) {
        this.store = store;
        this.workspaces = workspaces;
        this.open = open;
        this.executor = executor;
        this.bundle = bundle;
        this.listener = listener;
        List<ConnectionProfile> known = new ArrayList<>(store.load());
        open.current().map(Services::profile).ifPresent(current -> {
            known.remove(current);
            known.add(0, current);
        });
        profiles.setAll(known);
        selected.addListener((obs, was, now) -> refreshNeeds());
        selected.set(known.isEmpty() ? null : known.get(0));
        refreshNeeds();
    }

    // ---------------------------------------------------------------- Properties

    /** Remembered profiles, most recent first (the open one, if any, first of all). */
    public ObservableList<ConnectionProfile> profiles() { return profiles; }
    public ObjectProperty<ConnectionProfile> selectedProperty() { return selected; }
    public StringProperty passphraseProperty() { return passphrase; }
    public StringProperty dbPasswordProperty() { return dbPassword; }
    public StringProperty keyPassphraseProperty() { return keyPassphrase; }
    public StringProperty usernameProperty() { return username; }
    public StringProperty passwordProperty() { return password; }
    public ReadOnlyBooleanProperty needsPassphraseProperty() { return needsPassphrase; }
    public ReadOnlyBooleanProperty needsDbPasswordProperty() { return needsDbPassword; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public ReadOnlyDoubleProperty progressProperty() { return progress; }
    public ReadOnlyStringProperty progressMessageProperty() { return progressMessage; }
    public ReadOnlyStringProperty errorProperty() { return error; }
    public ReadOnlyStringProperty invalidFieldProperty() { return invalidField; }

    // ---------------------------------------------------------------- Commands

    public void prefill(String name) {
        username.set(name == null ? "" : name);
    }

    /** A message from elsewhere, e.g. the lock screen's lockout. */
    public void showMessage(String message) {
        error.set(message == null ? "" : message);
    }

    public void otherWorkspace() {
        clearSecrets();
        listener.otherWorkspace();
    }

    public void signIn() {
        if (busy.get()) {
            return;
        }
        error.set("");
        invalidField.set("");
        Optional<FieldProblem> problem = validate();
        if (problem.isPresent()) {
            error.set(problem.get().message());
            invalidField.set(problem.get().field());
            return;
        }
        ConnectionProfile profile = selected.get();
        String user = username.get().strip();
        char[] secret = password.get().toCharArray();
        Services reuse = open.isOpen(profile) ? open.current().orElseThrow() : null;
        // a database of another profile is let go before the chosen one opens
        Services stale = reuse == null ? open.detach().orElse(null) : null;
        Opener opener = reuse != null ? reporter -> reuse : openerFor(profile);
        busy.set(true);
        BackgroundTask<Attempt> task = BackgroundTask.<Attempt>of(bundle.getString("task.signIn"), reporter -> {
            if (stale != null) {
                stale.close();
            }
            Services services = opener.open(reporter);
            try {
                LoginResult result = services.auth().login(user, secret);
                store.remember(profile);
                return new Attempt(services, result, null);
            } catch (RuntimeException refused) {
                return new Attempt(services, null, refused);
            }
        });
        progress.bind(task.progressProperty());
        progressMessage.bind(task.messageProperty());
        task.onSuccess(attempt -> {
            open.replace(attempt.services());
            passphrase.set("");
            dbPassword.set("");
            keyPassphrase.set("");
            password.set("");
            refreshNeeds();
            if (attempt.failure() != null) {
                error.set(FailureMessages.describe(attempt.failure(), bundle));
                invalidField.set("signin-password");
            } else {
                listener.signedIn(attempt.services(), attempt.result());
            }
        }).onFailure(failure -> {
            refreshNeeds();
            error.set(FailureMessages.describe(failure, bundle));
            invalidField.set(failure instanceof WrongKeyPassphraseException ? "signin-key-passphrase"
                    : needsPassphrase.get() ? "signin-passphrase" : needsDbPassword.get() ? "signin-db-password" : "");
        }).onFinished(() -> {
            progress.unbind();
            progressMessage.unbind();
            busy.set(false);
        });
        executor.execute(task);
    }

    private Optional<FieldProblem> validate() {
        if (selected.get() == null) {
            return Optional.of(FieldProblem.ofKey(bundle, "signin-profile", "problem.chooseProfile"));
        }
        if (needsPassphrase.get() && passphrase.get().isEmpty()) {
            return Optional.of(FieldProblem.ofKey(bundle, "signin-passphrase", "problem.required"));
        }
        if (username.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "signin-username", "problem.required"));
        }
        if (password.get().isEmpty()) {
            return Optional.of(FieldProblem.ofKey(bundle, "signin-password", "problem.required"));
        }
        return Optional.empty();
    }

    private Opener openerFor(ConnectionProfile profile) {
        if (profile instanceof ConnectionProfile.Embedded embedded) {
            char[] secret = passphrase.get().toCharArray();
            return reporter -> workspaces.get().openWorkspace(embedded.folder(), secret, reporter);
        }
        ConnectionProfile.Server server = (ConnectionProfile.Server) profile;
        char[] secret = dbPassword.get().toCharArray();
        char[] key = keyPassphrase.get().isEmpty() ? null : keyPassphrase.get().toCharArray();
        return reporter -> workspaces.get().connect(server, secret, key, reporter);
    }

    private void refreshNeeds() {
        ConnectionProfile profile = selected.get();
        boolean alreadyOpen = open.isOpen(profile);
        needsPassphrase.set(profile instanceof ConnectionProfile.Embedded && !alreadyOpen);
        needsDbPassword.set(profile instanceof ConnectionProfile.Server && !alreadyOpen);
    }

    public void clearSecrets() {
        passphrase.set("");
        dbPassword.set("");
        keyPassphrase.set("");
        password.set("");
    }

    @FunctionalInterface
    private interface Opener {
        Services open(com.custodia.domain.Progress progress);
    }

    /** The outcome on the worker: an open database and either a sign-in or why it was refused. */
    private record Attempt(Services services, LoginResult result, RuntimeException failure) {
    }
}
