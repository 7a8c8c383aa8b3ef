package com.custodia.ui.admin;

import com.custodia.ui.common.Notice;
import com.custodia.ui.common.FailureReporter;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.operators.OperatorService;
import com.custodia.service.operators.OperatorView;
import com.custodia.service.security.SecurityEventService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.TaskExecutor;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The administration screen without its nodes: operator accounts and their commands, and the
 * security events tab ({@link #events()}). Every service call runs through the task executor;
 * the services check the roles, and their refusals and validation messages are shown, not
 * anticipated, so what the operator reads is always the service's own reason.
 */
public final class AdministrationViewModel {

    private final OperatorService operators;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final AdminText text;
    private final FailureReporter failures;
    private final SecurityEventsViewModel events;

    private final ObservableList<OperatorView> accounts = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<OperatorView> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Notice notice = new Notice();
    private final OperatorForm form = new OperatorForm();
    private final BooleanBinding canChangeSelected;
    private final BooleanBinding canDisableSelected;
    private final BooleanBinding canEnableSelected;
    private int running;
    private boolean disposed;

    public AdministrationViewModel(OperatorService operators, SecurityEventService securityEvents, Principal actor,
                                   TaskExecutor executor, DialogService dialogs, ResourceBundle bundle) {
        this.operators = operators;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.text = new AdminText(bundle);
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        this.events = new SecurityEventsViewModel(securityEvents, actor, executor, text, failures);
        canChangeSelected = selected.isNotNull().and(busy.not());
        canDisableSelected = Bindings.createBooleanBinding(
                () -> selected.get() != null && selected.get().active() && !busy.get(), selected, busy);
        canEnableSelected = Bindings.createBooleanBinding(
                () -> selected.get() != null && !selected.get().active() && !busy.get(), selected, busy);
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<OperatorView> operators() {
        return FXCollections.unmodifiableObservableList(accounts);
    }

    public ReadOnlyObjectProperty<OperatorView> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** True while a service call of the operators tab is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Outcome of the last command of the operators tab. */
    public Notice notice() {
        return notice;
    }

    public OperatorForm form() {
        return form;
    }

    public SecurityEventsViewModel events() {
        return events;
    }

    public BooleanBinding canChangeSelectedProperty() {
        return canChangeSelected;
    }

    public BooleanBinding canDisableSelectedProperty() {
        return canDisableSelected;
    }

    public BooleanBinding canEnableSelectedProperty() {
        return canEnableSelected;
    }

    /** Which tabs to offer; the services decide again on every call. */
    public boolean mayManageOperators() {
        return actor.may(Permission.OPERATOR_MANAGE);
    }

    public boolean mayViewSecurityEvents() {
        return actor.may(Permission.SECURITY_EVENTS_VIEW);
    }

    AdminText text() {
        return text;
    }

    // ---------------------------------------------------------------- Commands

    /**
     * Loads the tabs the operator's roles offer. Tabs they may not see are not asked for, so
     * merely opening the screen leaves no refusal in the security log.
     */
    public void refresh() {
        if (mayManageOperators()) {
            refreshOperators();
        }
        if (mayViewSecurityEvents()) {
            events.refresh();
        }
    }

    /** Asks the service for the accounts, whatever the roles: a refusal is shown as it comes. */
    public void refreshOperators() {
        reload(null);
    }

    public void select(OperatorView operator) {
        selected.set(operator);
    }

    public void startCreate() {
        form.openCreate(text.get("form.create.title"));
    }

    public void startChangeRoles() {
        withSelection(op -> form.openRoles(text.format("form.roles.title", op.username()), op));
    }

    public void startResetPassword() {
        withSelection(op -> form.openPassword(text.format("form.password.title", op.username()), op));
    }

    public void cancelForm() {
        form.close();
    }

    /** Submits the side panel; on refusal the panel stays open with the reason beside it. */
    public void submitForm() {
        switch (form.getMode()) {
            case CREATE -> submitCreate();
            case ROLES -> submitRoles();
            case PASSWORD -> submitPassword();
            case CLOSED -> { /* nothing open, nothing to submit */ }
        }
    }

    public void disableSelected() {
        withSelection(op -> {
            if (dialogs.confirm(text.get("confirm.disable.title"), text.format("confirm.disable.message", op.username()))) {
                call(text.get("task.disable"), () -> operators.setActive(actor, op.id(), false), notice,
                        done -> notice.success(text.format("done.disabled", done.username())));
            }
        });
    }

    public void enableSelected() {
        withSelection(op -> call(text.get("task.enable"), () -> operators.setActive(actor, op.id(), true), notice,
                done -> notice.success(text.format("done.enabled", done.username()))));
    }

    /** Drops every account and event the screen holds; late results are ignored. */
    public void dispose() {
        disposed = true;
        form.close();
        selected.set(null);
        accounts.clear();
        events.dispose();
    }

    // ---------------------------------------------------------------- Form submits

    private void submitCreate() {
        if (!passwordsMatch()) {
            return;
        }
        String username = form.usernameProperty().get();
        String displayName = form.displayNameProperty().get();
        var roles = form.chosenRoles();
        char[] password = form.passwordChars();
        call(text.get("task.create"), () -> wiping(password,
                        () -> operators.create(actor, username, displayName, roles, password)), form.notice(),
                done -> closeFormWith(text.format("done.created", done.username())));
    }

    private void submitRoles() {
        long id = form.targetId();
        var roles = form.chosenRoles();
        call(text.get("task.roles"), () -> operators.setRoles(actor, id, roles), form.notice(),
                done -> closeFormWith(text.format("done.roles", done.username(), text.roles(done.roles()))));
    }

    private void submitPassword() {
        if (!passwordsMatch()) {
            return;
        }
        long id = form.targetId();
        char[] password = form.passwordChars();
        call(text.get("task.password"), () -> wiping(password, () -> operators.resetPassword(actor, id, password)),
                form.notice(), done -> closeFormWith(text.format("done.password", done.username())));
    }

    private boolean passwordsMatch() {
        if (form.passwordsMatch()) {
            return true;
        }
        form.notice().error(text.get("form.passwordsDiffer"));
        return false;
    }

    private void closeFormWith(String message) {
        form.close();
        notice.success(message);
    }

    // ---------------------------------------------------------------- Plumbing

    /** One account-changing call: on success report, reload (keeping the account selected) and refresh the log. */
    private void call(String title, ServiceCall<OperatorView> work, Notice failureNotice, Consumer<OperatorView> then) {
        notice.clear();
        failureNotice.clear();
        run(BackgroundTask.of(title, progress -> work.call())
                .onSuccess(done -> {
                    if (disposed) {
                        return;
                    }
                    then.accept(done);
                    reload(done.id());
                    if (mayViewSecurityEvents()) {
                        events.refresh();
                    }
                })
                .onFailure(error -> failures.report(error, failureNotice)));
    }

    private void reload(Long keepSelected) {
        Long keep = keepSelected != null ? keepSelected : selected.get() == null ? null : selected.get().id();
        run(BackgroundTask.of(text.get("task.loadOperators"), progress -> operators.list(actor))
                .onSuccess(list -> show(list, keep))
                .onFailure(error -> failures.report(error, notice)));
    }

    private void show(List<OperatorView> list, Long keep) {
        if (disposed) {
            return;
        }
        accounts.setAll(list);
        selected.set(keep == null ? null : list.stream().filter(op -> op.id() == keep).findFirst().orElse(null));
    }

    private <T> void run(BackgroundTask<T> task) {
        running++;
        busy.set(true);
        executor.execute(task.onFinished(() -> busy.set(--running > 0)));
    }

    private void withSelection(Consumer<OperatorView> action) {
        OperatorView op = selected.get();
        if (op == null) {
            notice.error(text.get("error.noSelection"));
        } else {
            action.accept(op);
        }
    }

    private static OperatorView wiping(char[] password, ServiceCall<OperatorView> work) throws Exception {
        try {
            return work.call();
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /** A service call run on a worker thread. */
    @FunctionalInterface
    private interface ServiceCall<T> {
        T call() throws Exception;
    }
}
