package com.custodia.ui.login;

import com.custodia.policy.CredentialRules;
import com.custodia.service.auth.AuthService;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureMessages;
import com.custodia.ui.common.FieldProblem;
import com.custodia.ui.common.TaskExecutor;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The step after a sign-in with a temporary password: the operator must choose their own
 * before the main window opens.
 */
public final class ChangePasswordViewModel {

    /** Where the step leads. */
    public interface Listener {
        void changed();

        void cancelled();
    }

    private final AuthService auth;
    private final Principal principal;
    private final TaskExecutor executor;
    private final ResourceBundle bundle;
    private final Listener listener;

    private final StringProperty current = new SimpleStringProperty("");
    private final StringProperty newPassword = new SimpleStringProperty("");
    private final StringProperty repeat = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty invalidField = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public ChangePasswordViewModel(AuthService auth, Principal principal, TaskExecutor executor,
                                   ResourceBundle bundle, Listener listener) {
        this.auth = auth;
        this.principal = principal;
        this.executor = executor;
        this.bundle = bundle;
        this.listener = listener;
    }

    public StringProperty currentProperty() { return current; }
    public StringProperty newPasswordProperty() { return newPassword; }
    public StringProperty repeatProperty() { return repeat; }
    public ReadOnlyStringProperty errorProperty() { return error; }
    public ReadOnlyStringProperty invalidFieldProperty() { return invalidField; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public String displayName() { return principal.displayName(); }

    public void submit() {
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
        char[] old = current.get().toCharArray();
        char[] chosen = newPassword.get().toCharArray();
        busy.set(true);
        executor.execute(BackgroundTask.<Void>of(bundle.getString("task.changePassword"), progress -> {
            auth.changePassword(principal, old, chosen);
            return null;
        }).onSuccess(done -> {
            clear();
            listener.changed();
        }).onFailure(failure -> error.set(FailureMessages.describe(failure, bundle)))
          .onFinished(() -> busy.set(false)));
    }

    public void cancel() {
        clear();
        listener.cancelled();
    }

    private Optional<FieldProblem> validate() {
        if (current.get().isEmpty()) {
            return Optional.of(FieldProblem.ofKey(bundle, "change-current", "problem.required"));
        }
        Optional<String> weak = CredentialRules.checkPassword(principal.username(), newPassword.get().toCharArray());
        if (weak.isPresent()) {
            return Optional.of(FieldProblem.of(bundle, "change-new", weak.get()));
        }
        if (!newPassword.get().equals(repeat.get())) {
            return Optional.of(FieldProblem.ofKey(bundle, "change-repeat", "problem.passwordsDiffer"));
        }
        return Optional.empty();
    }

    private void clear() {
        current.set("");
        newPassword.set("");
        repeat.set("");
    }
}
