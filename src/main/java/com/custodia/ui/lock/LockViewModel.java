package com.custodia.ui.lock;

import com.custodia.service.auth.AuthService;
import com.custodia.service.auth.AuthenticationException;
import com.custodia.service.auth.Principal;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureMessages;
import com.custodia.ui.common.TaskExecutor;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The lock screen: only the operator who was signed in can come back, with their password.
 * Wrong passwords count toward the lockout like sign-in failures; once locked out, the session
 * ends and the console returns to sign-in.
 */
public final class LockViewModel {

    /** Where the lock screen leads. */
    public interface Listener {
        void unlocked(Principal principal);

        /** The account is locked out; {@code message} says so and for how long. */
        void lockedOut(String message);

        void signOut();
    }

    private final AuthService auth;
    private final Principal principal;
    private final TaskExecutor executor;
    private final ResourceBundle bundle;
    private final Listener listener;
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public LockViewModel(AuthService auth, Principal principal, TaskExecutor executor, ResourceBundle bundle,
                         Listener listener) {
        this.auth = auth;
        this.principal = principal;
        this.executor = executor;
        this.bundle = bundle;
        this.listener = listener;
    }

    public StringProperty passwordProperty() { return password; }
    public ReadOnlyStringProperty errorProperty() { return error; }
    public ReadOnlyBooleanProperty busyProperty() { return busy; }
    public String displayName() { return principal.displayName(); }
    public String username() { return principal.username(); }

    public void unlock() {
        if (busy.get()) {
            return;
        }
        if (password.get().isEmpty()) {
            error.set(bundle.getString("lock.passwordRequired"));
            return;
        }
        error.set("");
        char[] secret = password.get().toCharArray();
        password.set("");
        busy.set(true);
        executor.execute(BackgroundTask.<Principal>of(bundle.getString("task.unlock"),
                progress -> auth.reauthenticate(principal, secret))
                .onSuccess(listener::unlocked)
                .onFailure(failure -> {
                    if (failure instanceof AuthenticationException refused && refused.locked()) {
                        listener.lockedOut(refused.getMessage());
                    } else {
                        error.set(FailureMessages.describe(failure, bundle));
                    }
                })
                .onFinished(() -> busy.set(false)));
    }

    public void signOut() {
        password.set("");
        listener.signOut();
    }
}
