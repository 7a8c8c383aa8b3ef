package com.custodia.ui.consent;

import com.custodia.domain.ConsentStatus;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentFilter;
import com.custodia.service.consent.ConsentReceipt;
import com.custodia.service.consent.ConsentReceipts;
import com.custodia.service.consent.ConsentService;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.PolicyVersionService;
import com.custodia.service.consent.PolicyVersionView;
import com.custodia.service.consent.ReceiptFormat;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Consents across everyone: filtered by purpose, status, policy version and whether they need
 * re-confirmation, newest first; the selected one's receipt in words; withdrawing it and
 * exporting its receipt through {@link ConsentActions}.
 */
public final class ConsentsViewModel {

    /** How many consents one search shows at most; the filters narrow it down. */
    static final int LIMIT = 500;

    private final ConsentService consents;
    private final ConsentReceipts receipts;
    private final PolicyVersionService policies;
    private final Principal actor;
    private final TaskExecutor executor;
    private final ConsentText text;
    private final FailureReporter failures;
    private final Notice notice = new Notice();
    private final ConsentActions actions;

    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private final ObjectProperty<ConsentStatus> status = new SimpleObjectProperty<>(this, "status");
    private final ObjectProperty<PolicyVersionView> version = new SimpleObjectProperty<>(this, "version");
    private final BooleanProperty needsReconfirmation = new SimpleBooleanProperty(this, "needsReconfirmation");
    private final ObservableList<PolicyVersionView> versions = FXCollections.observableArrayList();
    private final ObservableList<ConsentView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<ConsentView> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private long detailGeneration;

    public ConsentsViewModel(ConsentService consents, ConsentReceipts receipts, PolicyVersionService policies,
                             Principal actor, TaskExecutor executor, DialogService dialogs, ConsentText text) {
        this.consents = consents;
        this.receipts = receipts;
        this.policies = policies;
        this.actor = actor;
        this.executor = executor;
        this.text = text;
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        this.actions = new ConsentActions(consents, receipts, actor, executor, dialogs, text, notice);
        selected.addListener((o, was, now) -> showDetail(now));
    }

    // ---------------------------------------------------------------- Properties

    public StringProperty purposeProperty() { return purpose; }
    /** Null for every status. */
    public ObjectProperty<ConsentStatus> statusProperty() { return status; }
    /** Null for every version. */
    public ObjectProperty<PolicyVersionView> versionProperty() { return version; }
    public BooleanProperty needsReconfirmationProperty() { return needsReconfirmation; }
    public ObservableList<PolicyVersionView> versions() { return versions; }
    public ObservableList<ConsentView> rows() { return rows; }
    public ObjectProperty<ConsentView> selectedProperty() { return selected; }
    /** The selected consent's receipt in words. */
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }
    /** How many consents the filters found. */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Notice notice() { return notice; }
    public ConsentActions actions() { return actions; }

    // ---------------------------------------------------------------- Commands

    /** Reads the policy versions (for the filter) and the consents the filters match. */
    public void refresh() {
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("task.versions"), p -> policies.list(actor))
                .onSuccess(list -> {
                    Long keep = version.get() == null ? null : version.get().id();
                    versions.setAll(list);
                    version.set(list.stream().filter(v -> keep != null && v.id() == keep).findFirst().orElse(null));
                    search();
                })
                .onFailure(error -> {
                    busy.set(false);
                    failures.report(error, notice);
                }));
    }

    /** Lists the consents the filters match, keeping the selection when it is still listed. */
    public void search() {
        ConsentFilter filter = new ConsentFilter(blankToNull(purpose.get()), status.get(),
                version.get() == null ? null : version.get().id(), needsReconfirmation.get(), LIMIT);
        Long keep = selected.get() == null ? null : selected.get().id();
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("task.consents"), p -> consents.search(actor, filter))
                .onSuccess(list -> {
                    rows.setAll(list);
                    summary.set(text.format(list.size() >= LIMIT ? "consents.summary.limit" : "consents.summary",
                            list.size()));
                    selected.set(list.stream().filter(c -> keep != null && c.id() == keep).findFirst().orElse(null));
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    /** Clears every filter and lists again. */
    public void clearFilters() {
        purpose.set("");
        status.set(null);
        version.set(null);
        needsReconfirmation.set(false);
        search();
    }

    public void withdrawSelected() {
        actions.withdraw(selected.get(), now -> replace(now));
    }

    public void exportSelected(ReceiptFormat format) {
        actions.exportReceipt(selected.get(), format);
    }

    private void replace(ConsentView now) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == now.id()) {
                rows.set(i, now);
            }
        }
        selected.set(now);
        showDetail(now);
    }

    private void showDetail(ConsentView consent) {
        long asked = ++detailGeneration;
        if (consent == null) {
            detail.set("");
            return;
        }
        executor.execute(BackgroundTask.of(text.get("task.receipt.read"), p -> receipts.receipt(actor, consent.id()))
                .onSuccess(receipt -> {
                    if (asked == detailGeneration) {
                        detail.set(describe(receipt, text));
                    }
                })
                .onFailure(error -> {
                    if (asked == detailGeneration) {
                        failures.report(error, notice);
                    }
                }));
    }

    /** A receipt in words, one field a line, as the detail pane shows it. */
    public static String describe(ConsentReceipt r, ConsentText text) {
        ConsentView c = r.consent();
        StringBuilder out = new StringBuilder();
        line(out, text, "receipt.id", r.receiptId());
        line(out, text, "receipt.person", r.personName() + " (" + c.personId() + ")");
        line(out, text, "receipt.purpose", c.purpose()
                + (c.purposeCategory() == null ? "" : " — " + c.purposeCategory()));
        line(out, text, "receipt.recipients", text.list(c.recipients()));
        line(out, text, "receipt.categories", text.list(c.categories()));
        line(out, text, "receipt.medium", c.medium());
        line(out, text, "receipt.type", text.words("consentType", c.consentType()));
        line(out, text, "receipt.policy", r.policyLabel() == null ? null
                : r.policyLabel() + " (SHA-256 " + r.policySha256() + ")");
        line(out, text, "receipt.method", c.collectionMethod());
        line(out, text, "receipt.evidence", c.evidenceSha256() == null ? null
                : (c.evidence() == null ? "" : c.evidence() + ", ") + "SHA-256 " + c.evidenceSha256());
        line(out, text, "receipt.collectedBy", c.collectedBy());
        line(out, text, "receipt.given", text.time(c.givenAt()));
        line(out, text, "receipt.expires", text.time(c.expiresAt()));
        line(out, text, "receipt.status", text.words("consentStatus", c.status())
                + (c.needsReconfirmation() ? " · " + text.get("consent.reconfirm") : ""));
        if (c.withdrawnAt() != null) {
            line(out, text, "receipt.withdrawn", text.format("receipt.withdrawn.value", text.time(c.withdrawnAt()),
                    c.withdrawalMethod() == null ? "" : c.withdrawalMethod(),
                    c.withdrawnBy() == null ? "" : c.withdrawnBy()));
        }
        if (c.statementId() != null) {
            line(out, text, "receipt.statement", text.format("receipt.statement.value", c.statementId(),
                    c.statementSha256()));
        }
        line(out, text, "receipt.controller", r.controller() == null ? null
                : r.controller().name() + ", " + r.controller().email());
        return out.toString();
    }

    private static void line(StringBuilder out, ConsentText text, String key, String value) {
        if (value != null && !value.isBlank()) {
            out.append(text.get(key)).append(": ").append(value).append('\n');
        }
    }

    /** Drops every consent shown. */
    public void dispose() {
        detailGeneration++;
        rows.clear();
        selected.set(null);
        detail.set("");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static List<ConsentStatus> statuses() {
        return List.of(ConsentStatus.values());
    }
}
