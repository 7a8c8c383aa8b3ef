package com.custodia.ui.policy;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentFilter;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.ConsentService;
import com.custodia.service.consent.PolicyDiffLine;
import com.custodia.service.consent.PolicyPublication;
import com.custodia.service.consent.PolicyVersionService;
import com.custodia.service.consent.PolicyVersionView;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
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
 * The policy versions screen: the versions newest first, the selected one's text and its changes
 * from the version before it (a line diff), and the form privacy officers publish a new version
 * with. Publishing says how many consents now need re-confirmation.
 */
public final class PolicyVersionsViewModel {

    /** How many marked consents the publishing tab lists; the consents screen filters them all. */
    static final int MARKED_SHOWN = 500;

    private final PolicyVersionService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final ResourceBundle bundle;
    private final FailureReporter failures;

    private final ObservableList<PolicyVersionView> versions = FXCollections.observableArrayList();
    private final ObjectProperty<PolicyVersionView> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper comparedWith = new ReadOnlyStringWrapper(this, "comparedWith", "");
    private final ObservableList<PolicyDiffLine> changes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper(this, "current", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Notice notice = new Notice();

    private final StringProperty newLabel = new SimpleStringProperty(this, "newLabel", "");
    private final ObjectProperty<LocalDate> newLastUpdated = new SimpleObjectProperty<>(this, "newLastUpdated");
    private final ObjectProperty<LocalDate> newEffectiveFrom = new SimpleObjectProperty<>(this, "newEffectiveFrom");
    private final StringProperty newUrl = new SimpleStringProperty(this, "newUrl", "");
    private final StringProperty newText = new SimpleStringProperty(this, "newText", "");
    private final BooleanProperty canPublish = new SimpleBooleanProperty(this, "canPublish");
    private final ObjectProperty<PolicyVersionView> compareWith = new SimpleObjectProperty<>(this, "compareWith");
    private final ObservableList<String> marked = FXCollections.observableArrayList();
    private final ConsentService consents;
    private boolean choosingDefault;

    public PolicyVersionsViewModel(PolicyVersionService service, Principal actor, TaskExecutor executor,
                                   DialogService dialogs, Clock clock, ResourceBundle bundle) {
        this(service, null, actor, executor, dialogs, clock, bundle);
    }

    /**
     * @param consents where the consents a publication marked are read from, to list them; null
     *                 to only count them
     */
    public PolicyVersionsViewModel(PolicyVersionService service, ConsentService consents, Principal actor,
                                   TaskExecutor executor, DialogService dialogs, Clock clock, ResourceBundle bundle) {
        this.service = service;
        this.consents = consents;
        this.actor = actor;
        this.executor = executor;
        this.bundle = bundle;
        this.failures = new FailureReporter(dialogs, bundle.getString("error.title"));
        this.canPublish.set(actor.may(Permission.POLICY_VERSION_MANAGE));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        newLastUpdated.set(today);
        newEffectiveFrom.set(today);
        selected.addListener((o, was, now) -> {
            choosingDefault = true;
            try {
                compareWith.set(olderThan(now));
            } finally {
                choosingDefault = false;
            }
            load(now);
        });
        compareWith.addListener((o, was, now) -> {
            if (!choosingDefault) {
                load(selected.get());
            }
        });
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<PolicyVersionView> versions() { return versions; }
    public ObjectProperty<PolicyVersionView> selectedProperty() { return selected; }
    /** The selected version's full text. */
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    /** Which version the changes are measured from, in words. */
    public ReadOnlyStringProperty comparedWithProperty() { return comparedWith.getReadOnlyProperty(); }
    /** The selected version's text as a line diff from the version before it. */
    public ObservableList<PolicyDiffLine> changes() { return changes; }
    /** The version in force today, in words. */
    public ReadOnlyStringProperty currentProperty() { return current.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Notice notice() { return notice; }
    public StringProperty newLabelProperty() { return newLabel; }
    public ObjectProperty<LocalDate> newLastUpdatedProperty() { return newLastUpdated; }
    public ObjectProperty<LocalDate> newEffectiveFromProperty() { return newEffectiveFrom; }
    public StringProperty newUrlProperty() { return newUrl; }
    public StringProperty newTextProperty() { return newText; }
    /** Only privacy officers see the publishing form. */
    public BooleanProperty canPublishProperty() { return canPublish; }
    /** The version the changes are measured from: the one before the selected, or any the operator picks. */
    public ObjectProperty<PolicyVersionView> compareWithProperty() { return compareWith; }
    /** The consents the last publication marked for re-confirmation, one a line. */
    public ObservableList<String> marked() { return marked; }

    // ---------------------------------------------------------------- Commands

    /** Reads the versions again in the background; keeps the selection when it still exists. */
    public void refresh() {
        busy.set(true);
        Long keep = selected.get() == null ? null : selected.get().id();
        executor.execute(BackgroundTask.of(bundle.getString("task.load"), p -> service.list(actor))
                .onSuccess(list -> show(list, keep))
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    /** Publishes the form's version, then lists it and says which consents were marked. */
    public void publish() {
        String label = newLabel.get();
        LocalDate lastUpdated = newLastUpdated.get();
        LocalDate effective = newEffectiveFrom.get();
        String url = blankToNull(newUrl.get());
        String body = newText.get();
        if (lastUpdated == null || effective == null) {
            notice.error(bundle.getString("publish.dates"));
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(bundle.getString("task.publish"),
                        p -> service.publish(actor, label, lastUpdated, effective, url, body))
                .onSuccess(this::published)
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    private void published(PolicyPublication publication) {
        notice.success(format("publish.done", publication.version().label(),
                publication.markedForReconfirmation().size()));
        listMarked(publication);
        newLabel.set("");
        newText.set("");
        newUrl.set("");
        selected.set(null);
        busy.set(true);
        executor.execute(BackgroundTask.of(bundle.getString("task.load"), p -> service.list(actor))
                .onSuccess(list -> show(list, publication.version().id()))
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    private void show(List<PolicyVersionView> list, Long keep) {
        versions.setAll(list);
        current.set(list.stream().filter(PolicyVersionView::current).findFirst()
                .map(v -> format("current", v.label(), v.effectiveFrom().toString()))
                .orElse(bundle.getString("current.none")));
        PolicyVersionView choose = list.stream().filter(v -> keep != null && v.id() == keep).findFirst()
                .orElse(list.isEmpty() ? null : list.get(0));
        if (choose != null && selected.get() != null && selected.get().id() == choose.id()) {
            load(choose);
        } else {
            selected.set(choose);
        }
    }

    /** The selected version's text and its changes from the next older version in the list. */
    private void load(PolicyVersionView version) {
        if (version == null) {
            text.set("");
            comparedWith.set("");
            changes.clear();
            return;
        }
        PolicyVersionView older = compareWith.get();
        executor.execute(BackgroundTask.of(bundle.getString("task.load"), p -> new Loaded(
                        service.text(actor, version.id()),
                        older == null ? List.of() : service.diff(actor, older.id(), version.id())))
                .onSuccess(loaded -> {
                    if (selected.get() != null && selected.get().id() == version.id()
                            && compareWith.get() == older) {
                        text.set(loaded.text());
                        changes.setAll(loaded.diff());
                        comparedWith.set(older == null ? bundle.getString("changes.first")
                                : format("changes.from", older.label()));
                    }
                })
                .onFailure(error -> failures.report(error, notice)));
    }

    private record Loaded(String text, List<PolicyDiffLine> diff) {
    }

    /** The version listed after {@code version} (the next older one), or null. */
    private PolicyVersionView olderThan(PolicyVersionView version) {
        int at = version == null ? -1 : versions.indexOf(version);
        return at >= 0 && at + 1 < versions.size() ? versions.get(at + 1) : null;
    }

    /** Reads the consents the publication marked, to list them under the form. */
    private void listMarked(PolicyPublication publication) {
        marked.clear();
        List<Long> ids = publication.markedForReconfirmation();
        if (consents == null || ids.isEmpty()) {
            return;
        }
        Set<Long> wanted = new HashSet<>(ids);
        ConsentFilter filter = new ConsentFilter(null, null, null, true, MARKED_SHOWN);
        executor.execute(BackgroundTask.of(bundle.getString("task.marked"), p -> consents.search(actor, filter))
                .onSuccess(list -> {
                    List<String> lines = list.stream().filter(c -> wanted.contains(c.id()))
                            .sorted(Comparator.comparingLong(ConsentView::id))
                            .map(c -> format("marked.line", c.id(), c.personId(), c.purpose(),
                                    c.policyVersionLabel() == null ? "" : c.policyVersionLabel()))
                            .toList();
                    marked.setAll(lines);
                    if (ids.size() > lines.size()) {
                        marked.add(format("marked.more", ids.size() - lines.size()));
                    }
                })
                .onFailure(error -> failures.report(error, notice)));
    }

    /** Policy texts hold no personal data; the lists are dropped all the same. */
    public void dispose() {
        versions.clear();
        marked.clear();
        changes.clear();
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
