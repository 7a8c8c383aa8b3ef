package com.custodia.ui.legal;

import com.custodia.ui.common.Notice;
import com.custodia.ui.common.FailureReporter;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.legal.LegalOrderDetail;
import com.custodia.service.legal.LegalOrderDraft;
import com.custodia.service.legal.LegalOrderService;
import com.custodia.service.legal.LegalOrderSummary;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The legal-orders screen without its nodes: the list, the selected order's detail, the intake
 * panel ({@link #form()}), the decision and the hand-over. Every service call runs through the
 * task executor. The commands a role or the four-eyes rule forbids are disabled with the reason
 * beside them, and the services refuse them anyway; what the operator reads on a refusal is the
 * service's own reason.
 */
public final class LegalOrdersViewModel {

    private final LegalOrderService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final LegalText text;
    private final FailureReporter failures;
    private final CommandRules rules;

    private final ObservableList<LegalOrderSummary> orders = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<LegalOrderSummary> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<LegalOrderDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final StringProperty decisionReason = new SimpleStringProperty(this, "decisionReason", "");
    private final Notice notice = new Notice();
    private final IntakeForm form;
    private final OrderDetailText detailText;
    private final StringBinding decisionHint;
    private final StringBinding handOverHint;
    private final BooleanBinding canDecide;
    private final BooleanBinding canHandOver;
    private int running;
    private boolean disposed;

    public LegalOrdersViewModel(LegalOrderService service, Principal actor, TaskExecutor executor,
                                DialogService dialogs, Clock clock, ResourceBundle bundle) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.text = new LegalText(bundle);
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        this.rules = new CommandRules(actor, text);
        this.form = new IntakeForm(text);
        this.detailText = new OrderDetailText(text);
        decisionHint = Bindings.createStringBinding(() -> orEmpty(rules.decisionBlock(detail.get())), detail);
        handOverHint = Bindings.createStringBinding(() -> orEmpty(rules.handOverBlock(detail.get())), detail);
        canDecide = Bindings.createBooleanBinding(
                () -> rules.decisionBlock(detail.get()) == null && !busy.get(), detail, busy);
        canHandOver = Bindings.createBooleanBinding(
                () -> rules.handOverBlock(detail.get()) == null && !busy.get(), detail, busy);
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<LegalOrderSummary> orders() { return FXCollections.unmodifiableObservableList(orders); }
    public ReadOnlyObjectProperty<LegalOrderSummary> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<LegalOrderDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    /** Required to reject; kept as a note when approving. */
    public StringProperty decisionReasonProperty() { return decisionReason; }
    public Notice notice() { return notice; }
    public IntakeForm form() { return form; }
    public OrderDetailText detailText() { return detailText; }
    /** Why Approve and Reject are disabled, or empty. */
    public StringBinding decisionHintProperty() { return decisionHint; }
    /** Why "Hand over…" is disabled, or empty. */
    public StringBinding handOverHintProperty() { return handOverHint; }
    public BooleanBinding canDecideProperty() { return canDecide; }
    public BooleanBinding canHandOverProperty() { return canHandOver; }

    /** Whether to offer "New order"; the service decides again. */
    public boolean mayEnter() {
        return actor.may(Permission.LEGAL_ORDER_MANAGE);
    }

    /** The list's cells. */
    String kindText(LegalOrderSummary o) { return text.kind(o.kind()); }
    String statusText(LegalOrderSummary o) { return text.status(o.status()); }
    String deadlineText(LegalOrderSummary o) { return text.deadline(o.deadline(), o.status(), today()); }
    LegalText text() { return text; }

    // ---------------------------------------------------------------- Commands

    /** Reloads the list, keeping the selected order selected. */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        run(BackgroundTask.of(text.get("task.load"), progress -> service.list(actor))
                .onSuccess(list -> show(list, keep))
                .onFailure(error -> failures.report(error, notice)));
    }

    public void select(LegalOrderSummary order) {
        if (order != null && selected.get() != null && selected.get().id() == order.id()) {
            // the table echoing the model's own selection: the detail is loaded or on its way
            selected.set(order);
            return;
        }
        selected.set(order);
        detail.set(null);
        detailText.clear();
        decisionReason.set("");
        if (order != null) {
            loadDetail(order.id());
        }
    }

    public void startIntake() {
        notice.clear();
        form.open();
    }

    public void cancelIntake() {
        form.close();
    }

    public void chooseCopy() {
        dialogs.chooseFile(text.get("form.copy.choose"), null).ifPresent(form::attach);
    }

    public void submitIntake() {
        form.notice().clear();
        LegalOrderDraft draft;
        try {
            draft = form.draft();
        } catch (IllegalArgumentException e) {
            form.notice().error(e.getMessage());
            return;
        }
        call(text.get("task.intake"), () -> service.intake(actor, draft), form.notice(), done -> {
            form.close();
            notice.success(text.format("done.intake", done.id(), done.reference()));
        });
    }

    public void approve() {
        withDecidable(d -> {
            if (dialogs.confirm(text.get("confirm.approve.title"), text.format("confirm.approve.message", d.id(),
                    d.reference(), d.personIds().size(), String.join(", ", d.categories())))) {
                String note = decisionReason.get();
                call(text.get("task.approve"), () -> service.approve(actor, d.id(), note), notice,
                        done -> notice.success(text.format("done.approved", done.id(), done.reference())));
            }
        });
    }

    public void reject() {
        withDecidable(d -> {
            String reason = decisionReason.get();
            // asked before the confirmation, so an empty reason does not cost the operator a dialog
            if (reason == null || reason.isBlank()) {
                notice.error(text.get("error.reasonRequired"));
            } else if (dialogs.confirm(text.get("confirm.reject.title"),
                    text.format("confirm.reject.message", d.id(), d.reference()))) {
                call(text.get("task.reject"), () -> service.reject(actor, d.id(), reason), notice,
                        done -> notice.success(text.format("done.rejected", done.id(), done.reference())));
            }
        });
    }

    /** Asks where to write the hand-over, then hands it over in the background and shows its ledger entry. */
    public void handOver() {
        LegalOrderDetail d = detail.get();
        String block = rules.handOverBlock(detail.get());
        if (block != null) {
            notice.error(block);
            return;
        }
        Optional<Path> chosen = dialogs.chooseSaveFile(text.get("handOver.choose"), null, "legal-order-" + d.id() + ".json");
        if (chosen.isEmpty() || (Files.exists(chosen.get()) && !dialogs.confirm(text.get("confirm.replace.title"),
                text.format("confirm.replace.message", chosen.get().getFileName())))) {
            return;
        }
        Path target = chosen.get();
        notice.clear();
        run(BackgroundTask.of(text.get("task.handOver"), progress -> service.disclose(actor, d.id(), target))
                .onSuccess(done -> {
                    if (!disposed) {
                        notice.success(text.format("done.handOver", d.authorityName(), done.ledgerSeq(),
                                done.payloadSha256(), target.getFileName()));
                        reloadAfter(d.id());
                    }
                })
                .onFailure(error -> {
                    failures.report(error, notice);
                    reloadAfter(d.id());
                }));
    }

    /** Drops every order and detail the screen holds; late results are ignored. */
    public void dispose() {
        disposed = true;
        form.close();
        selected.set(null);
        detail.set(null);
        detailText.clear();
        decisionReason.set("");
        orders.clear();
    }

    // ---------------------------------------------------------------- Plumbing

    /** One order-changing call: on success report it, then reload the list and the order. */
    private void call(String title, ServiceCall work, Notice failureNotice, Consumer<LegalOrderDetail> then) {
        notice.clear();
        run(BackgroundTask.of(title, progress -> work.call())
                .onSuccess(done -> {
                    if (!disposed) {
                        then.accept(done);
                        decisionReason.set("");
                        reloadAfter(done.id());
                    }
                })
                .onFailure(error -> failures.report(error, failureNotice)));
    }

    private void reloadAfter(long orderId) {
        run(BackgroundTask.of(text.get("task.load"), progress -> service.list(actor))
                .onSuccess(list -> show(list, orderId))
                .onFailure(error -> failures.report(error, notice)));
    }

    private void show(List<LegalOrderSummary> list, Long keep) {
        if (disposed) {
            return;
        }
        orders.setAll(list);
        LegalOrderSummary again = keep == null ? null
                : list.stream().filter(o -> o.id() == keep).findFirst().orElse(null);
        selected.set(null);
        select(again);
    }

    private void loadDetail(long orderId) {
        run(BackgroundTask.of(text.get("task.detail"), progress -> service.detail(actor, orderId))
                .onSuccess(loaded -> {
                    // a slower answer for an order no longer selected is dropped
                    if (!disposed && selected.get() != null && selected.get().id() == loaded.id()) {
                        detail.set(loaded);
                        detailText.show(loaded, today());
                    }
                })
                .onFailure(error -> failures.report(error, notice)));
    }

    private <T> void run(BackgroundTask<T> task) {
        running++;
        busy.set(true);
        executor.execute(task.onFinished(() -> busy.set(--running > 0)));
    }

    private void withDecidable(Consumer<LegalOrderDetail> action) {
        String block = rules.decisionBlock(detail.get());
        if (block != null) {
            notice.error(block);
        } else {
            action.accept(detail.get());
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A service call run on a worker thread. */
    @FunctionalInterface
    private interface ServiceCall {
        LegalOrderDetail call() throws Exception;
    }
}
