package com.custodia.ui.requests;

import com.custodia.domain.Jurisdiction;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestKind;
import com.custodia.domain.SubjectRequest;
import com.custodia.policy.Permission;
import com.custodia.policy.RequestDeadlines;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.requests.RequestViews.Intake;
import com.custodia.service.requests.RequestViews.RequestDetail;
import com.custodia.service.requests.RequestViews.RequestSummary;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.ScreenRunner;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Requests screen without its nodes: the queue sorted by due date with its filters, the
 * "New request" intake panel, the request log export, and the chosen request's detail
 * ({@link RequestDetailViewModel}) and access report ({@link AccessReportViewModel}).
 * Operators who only take requests (REQUEST_INTAKE) get the intake panel alone: the queue is the
 * privacy officers' (REQUEST_MANAGE), as the service decides.
 */
public final class RequestsViewModel {

    /** One row of the queue, in the screen's words; {@code urgency} picks the row's colour. */
    public record Row(long id, String kind, String requester, String channel, String received, String state,
                      String daysLeft, RequestDeadlines.Urgency urgency, RequestKind requestKind, boolean open) {
    }

    private final Services services;
    private final Principal actor;
    private final DialogService dialogs;
    private final Clock clock;
    private final RequestsText text;
    private final ScreenRunner runner;
    private final boolean mayManage;
    private final boolean mayIntake;

    private final List<Row> all = new ArrayList<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final BooleanProperty openOnly = new SimpleBooleanProperty(this, "openOnly", true);
    private final BooleanProperty overdueOnly = new SimpleBooleanProperty(this, "overdueOnly", false);
    private final ObjectProperty<RequestKind> kindFilter = new SimpleObjectProperty<>(this, "kindFilter");
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>(this, "selected");
    private final Notice notice = new Notice();

    private final ReadOnlyBooleanWrapper intakeOpen = new ReadOnlyBooleanWrapper(this, "intakeOpen", false);
    private final ObjectProperty<RequestKind> intakeKind = new SimpleObjectProperty<>(this, "intakeKind",
            RequestKind.ACCESS);
    private final ObjectProperty<RequestChannel> intakeChannel = new SimpleObjectProperty<>(this, "intakeChannel",
            RequestChannel.EMAIL);
    private final ObjectProperty<Jurisdiction> intakeJurisdiction = new SimpleObjectProperty<>(this,
            "intakeJurisdiction", Jurisdiction.DEFAULT);
    private final StringProperty intakeReceived = new SimpleStringProperty(this, "intakeReceived", "");
    private final StringProperty intakeName = new SimpleStringProperty(this, "intakeName", "");
    private final StringProperty intakeEmail = new SimpleStringProperty(this, "intakeEmail", "");
    private final StringProperty intakePhone = new SimpleStringProperty(this, "intakePhone", "");
    private final StringProperty intakeCustomer = new SimpleStringProperty(this, "intakeCustomer", "");
    private final StringProperty intakeLicense = new SimpleStringProperty(this, "intakeLicense", "");
    private final StringProperty intakeAddress = new SimpleStringProperty(this, "intakeAddress", "");
    private final Notice intakeNotice = new Notice();

    private final RequestDetailViewModel detail;
    private final AccessReportViewModel report;

    public RequestsViewModel(Services services, Principal actor, TaskExecutor executor, DialogService dialogs,
                             Clock clock, ResourceBundle bundle) {
        this.services = services;
        this.actor = actor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.text = new RequestsText(bundle);
        this.runner = new ScreenRunner(executor, new FailureReporter(dialogs, text.get("error.title")));
        this.mayManage = actor.may(Permission.REQUEST_MANAGE);
        this.mayIntake = actor.may(Permission.REQUEST_INTAKE);
        this.detail = new RequestDetailViewModel(services, actor, dialogs, text, runner, this::refresh);
        this.report = new AccessReportViewModel(services, actor, dialogs, text, runner, this::refresh);
        openOnly.addListener((o, a, b) -> applyFilters());
        overdueOnly.addListener((o, a, b) -> applyFilters());
        kindFilter.addListener((o, a, b) -> applyFilters());
        selected.addListener((o, was, now) -> {
            if (now != null) {
                intakeOpen.set(false);
            }
            if (was == null || now == null || was.id() != now.id()) {
                Long id = now == null ? null : now.id();
                detail.show(id);
                report.show(id, now == null ? null : now.requestKind());
            }
        });
        if (!mayManage) {
            openIntake();
        }
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<Row> rows() { return readOnlyRows; }
    public BooleanProperty openOnlyProperty() { return openOnly; }
    public BooleanProperty overdueOnlyProperty() { return overdueOnly; }
    public ObjectProperty<RequestKind> kindFilterProperty() { return kindFilter; }
    public ObjectProperty<Row> selectedProperty() { return selected; }
    public Notice notice() { return notice; }
    public boolean mayManage() { return mayManage; }
    public boolean mayIntake() { return mayIntake; }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
    public ReadOnlyBooleanProperty intakeOpenProperty() { return intakeOpen.getReadOnlyProperty(); }
    public ObjectProperty<RequestKind> intakeKindProperty() { return intakeKind; }
    public ObjectProperty<RequestChannel> intakeChannelProperty() { return intakeChannel; }
    public ObjectProperty<Jurisdiction> intakeJurisdictionProperty() { return intakeJurisdiction; }
    public StringProperty intakeReceivedProperty() { return intakeReceived; }
    public StringProperty intakeNameProperty() { return intakeName; }
    public StringProperty intakeEmailProperty() { return intakeEmail; }
    public StringProperty intakePhoneProperty() { return intakePhone; }
    public StringProperty intakeCustomerProperty() { return intakeCustomer; }
    public StringProperty intakeLicenseProperty() { return intakeLicense; }
    public StringProperty intakeAddressProperty() { return intakeAddress; }
    public Notice intakeNotice() { return intakeNotice; }
    public RequestDetailViewModel detail() { return detail; }
    public AccessReportViewModel report() { return report; }
    RequestsText text() { return text; }

    // ---------------------------------------------------------------- Commands

    /** Reads the queue again, keeping the chosen request chosen. */
    public void refresh() {
        if (!mayManage) {
            notice.info(text.get("queue.intakeOnly"));
            return;
        }
        runner.run(text.get("task.list"), () -> services.requests().list(actor, false), notice, list -> {
            all.clear();
            list.forEach(s -> all.add(row(s)));
            applyFilters();
            Long chosen = selected.get() == null ? null : selected.get().id();
            if (chosen != null) {
                Row again = rows.stream().filter(r -> r.id() == chosen).findFirst().orElse(null);
                if (again != null) {
                    selected.set(again);
                }
                detail.reload();
            }
        });
    }

    public void openIntake() {
        intakeNotice.clear();
        intakeReceived.set(text.time(clock.instant()));
        intakeOpen.set(true);
        selected.set(null);
    }

    public void cancelIntake() {
        if (mayManage) {
            intakeOpen.set(false);
        }
        clearIntake();
    }

    /** Records the request as it arrived; on success it is chosen in the queue (for those who see it). */
    public void submitIntake() {
        intakeNotice.clear();
        Intake intake;
        try {
            Instant received = text.parseTime(intakeReceived.get(), text.get("intake.received"));
            intake = new Intake(intakeKind.get(), intakeChannel.get(), intakeJurisdiction.get(), received,
                    new SubjectRequest.Identifiers(intakeName.get(), intakeEmail.get(), intakePhone.get(),
                            intakeCustomer.get(), intakeLicense.get(), intakeAddress.get()));
        } catch (IllegalArgumentException e) {
            intakeNotice.error(e.getMessage());
            return;
        }
        runner.run(text.get("task.intake"), () -> services.requests().intake(actor, intake), intakeNotice,
                (RequestDetail d) -> {
                    clearIntake();
                    if (mayManage) {
                        intakeOpen.set(false);
                        notice.success(text.format("intake.done", d.id(), text.format("deadline.due",
                                d.deadline().due())));
                        afterIntake(d.id());
                    } else {
                        intakeNotice.success(text.format("intake.done", d.id(), text.format("deadline.due",
                                d.deadline().due())));
                    }
                });
    }

    /** Exports the request log as CSV to a file the operator chooses. */
    public void exportLog() {
        Path target = dialogs.chooseSaveFile(text.get("log.choose"), null, "request-log.csv").orElse(null);
        if (target == null) {
            return;
        }
        runner.run(text.get("task.log"), () -> {
            services.requestLog().writeCsv(actor, target);
            return target;
        }, notice, path -> notice.success(text.format("log.done", path.getFileName())));
    }

    public void dispose() {
        runner.dispose();
        all.clear();
        rows.clear();
        selected.set(null);
        clearIntake();
        detail.dispose();
        report.dispose();
    }

    // ---------------------------------------------------------------- Helpers

    private void afterIntake(long id) {
        runner.run(text.get("task.list"), () -> services.requests().list(actor, false), notice, list -> {
            all.clear();
            list.forEach(s -> all.add(row(s)));
            applyFilters();
            all.stream().filter(r -> r.id() == id).findFirst().ifPresent(r -> {
                if (!rows.contains(r)) {
                    openOnly.set(true);
                    overdueOnly.set(false);
                    kindFilter.set(null);
                }
                selected.set(r);
            });
        });
    }

    private void applyFilters() {
        rows.setAll(all.stream()
                .filter(r -> !openOnly.get() || r.open())
                .filter(r -> !overdueOnly.get() || r.urgency() == RequestDeadlines.Urgency.OVERDUE)
                .filter(r -> kindFilter.get() == null || r.requestKind() == kindFilter.get())
                .toList());
    }

    private Row row(RequestSummary s) {
        String who = s.requester();
        if (!s.personIds().isEmpty()) {
            who = text.format("queue.matched", who, s.personIds().size());
        }
        return new Row(s.id(), text.of("kind", s.kind()), who, text.of("channel", s.channel()),
                s.deadline().received().toString(), text.of("status", s.status()), text.daysLeft(s.deadline()),
                s.deadline().urgency(), s.kind(), s.status().open());
    }

    private void clearIntake() {
        for (StringProperty p : List.of(intakeName, intakeEmail, intakePhone, intakeCustomer, intakeLicense,
                intakeAddress)) {
            p.set("");
        }
    }
}
