package com.custodia.ui.requests;

import com.custodia.domain.RequestKind;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.service.requests.AccessReport;
import com.custodia.service.requests.ReportFormat;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.ScreenRunner;
import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The access report of one access request, without nodes: built in the background with progress
 * and Cancel for review before delivery (each category with its records, the completeness section
 * naming every store searched with its row count), then delivered as PDF or JSON through
 * {@code AccessReportService.deliver}, which commits the ledger entry before the file is written
 * and refuses until the identity was verified and confirmed by a second operator.
 */
public final class AccessReportViewModel {

    /** One category of the preview: its title and how many records it holds about the person. */
    public record SectionRow(String category, String title, int records, String sources) {
    }

    /** One store searched: the category, the table and the number of the person's rows. */
    public record StoreRow(String category, String table, long rows) {
    }

    private final Services services;
    private final Principal actor;
    private final DialogService dialogs;
    private final RequestsText text;
    private final ScreenRunner runner;
    private final Runnable changed;

    private Long requestId;
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(this, "available", false);
    private final ReadOnlyObjectWrapper<AccessReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper building = new ReadOnlyBooleanWrapper(this, "building", false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper delivered = new ReadOnlyStringWrapper(this, "delivered", "");
    private final ObjectProperty<ReportFormat> format = new SimpleObjectProperty<>(this, "format", ReportFormat.PDF);
    private final ObservableList<SectionRow> sections = FXCollections.observableArrayList();
    private final ObservableList<StoreRow> stores = FXCollections.observableArrayList();
    private final Notice notice = new Notice();
    private BackgroundTask<AccessReport> task;

    AccessReportViewModel(Services services, Principal actor, DialogService dialogs, RequestsText text, ScreenRunner runner,
                          Runnable changed) {
        this.services = services;
        this.actor = actor;
        this.dialogs = dialogs;
        this.text = text;
        this.runner = runner;
        this.changed = changed;
    }

    // ---------------------------------------------------------------- Properties

    /** True for an access request: the report tab applies. */
    public ReadOnlyBooleanProperty availableProperty() { return available.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<AccessReport> reportProperty() { return report.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty buildingProperty() { return building.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    /** After a delivery: the ledger entry that recorded it and the file written. */
    public ReadOnlyStringProperty deliveredProperty() { return delivered.getReadOnlyProperty(); }
    public ObjectProperty<ReportFormat> formatProperty() { return format; }
    public ObservableList<SectionRow> sections() { return FXCollections.unmodifiableObservableList(sections); }
    public ObservableList<StoreRow> stores() { return FXCollections.unmodifiableObservableList(stores); }
    public Notice notice() { return notice; }

    void show(Long id, RequestKind kind) {
        cancel();
        requestId = id;
        available.set(id != null && kind == RequestKind.ACCESS);
        clear();
    }

    // ---------------------------------------------------------------- Commands

    /** Builds the report in the background for review; Cancel drops it. */
    public void build() {
        Long id = requestId;
        if (id == null || building.get()) {
            return;
        }
        clear();
        building.set(true);
        BackgroundTask<AccessReport> t = BackgroundTask.of(text.get("task.report"), p -> {
            p.update(-1, text.get("report.building"));
            p.checkCancelled();
            AccessReport built = services.accessReports().build(actor, id);
            p.checkCancelled();
            return built;
        });
        t.onCancelled(() -> notice.info(text.get("report.cancelled")));
        t.progressProperty().addListener((o, a, b) -> progress.set(b.doubleValue()));
        task = runner.run(t, notice, built -> {
            if (id.equals(requestId)) {
                show(built);
            }
        }, () -> {
            building.set(false);
            task = null;
        });
    }

    public void cancel() {
        if (task != null) {
            task.cancel();
        }
    }

    /**
     * Delivers the report in the chosen format to a file for the person: the service records the
     * ledger entry first, then the file is written. A refusal (identity not verified or not
     * confirmed by a second operator) is shown with its reason, and nothing is written.
     */
    public void deliver() {
        Long id = requestId;
        if (id == null) {
            return;
        }
        ReportFormat f = format.get();
        String suggested = "access-report-" + id + "." + f.name().toLowerCase(Locale.ROOT);
        Path target = dialogs.chooseSaveFile(text.get("report.choose"), null, suggested).orElse(null);
        if (target == null) {
            return;
        }
        notice.clear();
        delivered.set("");
        runner.run(text.get("task.deliver"), () -> services.accessReports().deliver(actor, id, f, "file",
                new FileRelease(target)), notice, (Disclosed d) -> {
                    String said = text.format("report.delivered", d.ledgerSeq(), target.getFileName());
                    delivered.set(said);
                    notice.success(said);
                    changed.run();
                });
    }

    void dispose() {
        cancel();
        requestId = null;
        clear();
    }

    // ---------------------------------------------------------------- Helpers

    private void show(AccessReport r) {
        report.set(r);
        sections.setAll(r.sections().stream().map(s -> new SectionRow(s.category(), s.title(), s.records().size(),
                String.join(", ", s.sources()))).toList());
        stores.setAll(r.completeness().stream().map(s -> new StoreRow(s.category(), s.table(), s.rows())).toList());
        long records = r.sections().stream().mapToLong(s -> s.records().size()).sum();
        summary.set(text.format("report.summary", r.personName() == null ? "" : r.personName(),
                r.sections().size(), records, r.completeness().size(), r.redactions(), text.time(r.generatedAt())));
    }

    private void clear() {
        report.set(null);
        sections.clear();
        stores.clear();
        summary.set("");
        delivered.set("");
        progress.set(0);
        notice.clear();
    }
}
