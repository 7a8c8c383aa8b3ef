package com.custodia.ui.consent;

import com.custodia.domain.CampaignKind;
import com.custodia.domain.CampaignRunner;
import com.custodia.policy.DisclosureRules;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.CampaignDraft;
import com.custodia.service.consent.CampaignService;
import com.custodia.service.consent.CampaignView;
import com.custodia.service.consent.ContactPick;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Campaigns: the list, setting one up (kind, who runs it), and picking its contacts. Picking says
 * who was added and who was left out and why (the communications rules); for a campaign run by a
 * partner or contractor it also says whether the disclosure gate would let the contact list go to
 * them, and on what basis, or why not. Nothing is handed over from this screen.
 */
public final class CampaignsViewModel {

    private final CampaignService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ConsentText text;
    private final FailureReporter failures;
    private final Notice notice = new Notice();

    private final ObservableList<CampaignView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<CampaignView> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final ObjectProperty<CampaignKind> kind = new SimpleObjectProperty<>(this, "kind",
            CampaignKind.SATISFACTION_SURVEY);
    private final ObjectProperty<CampaignRunner> runBy = new SimpleObjectProperty<>(this, "runBy",
            CampaignRunner.VENDOR);
    private final StringProperty runnerName = new SimpleStringProperty(this, "runnerName", "");
    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private final StringProperty candidates = new SimpleStringProperty(this, "candidates", "");
    private final ObservableList<String> contacts = FXCollections.observableArrayList();
    private final ObservableList<String> excluded = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper gate = new ReadOnlyStringWrapper(this, "gate", "");
    private final ReadOnlyBooleanWrapper gateAllows = new ReadOnlyBooleanWrapper(this, "gateAllows", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private long generation;

    public CampaignsViewModel(CampaignService service, Principal actor, TaskExecutor executor, DialogService dialogs,
                              ConsentText text) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.text = text;
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        selected.addListener((o, was, now) -> {
            if (was == null || now == null || was.id() != now.id()) {
                excluded.clear();
            }
            load(now);
        });
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<CampaignView> rows() { return rows; }
    public ObjectProperty<CampaignView> selectedProperty() { return selected; }
    public StringProperty nameProperty() { return name; }
    public ObjectProperty<CampaignKind> kindProperty() { return kind; }
    public ObjectProperty<CampaignRunner> runByProperty() { return runBy; }
    public StringProperty runnerNameProperty() { return runnerName; }
    public StringProperty purposeProperty() { return purpose; }
    /** Person ids to pick, separated by commas, spaces or lines. */
    public StringProperty candidatesProperty() { return candidates; }
    /** The selected campaign's contacts, one a line. */
    public ObservableList<String> contacts() { return contacts; }
    /** Who the last pick left out, with the rule's reason. */
    public ObservableList<String> excluded() { return excluded; }
    /** For a partner- or contractor-run campaign, the gate's answer in words; empty otherwise. */
    public ReadOnlyStringProperty gateProperty() { return gate.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty gateAllowsProperty() { return gateAllows.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    public boolean mayManage() { return actor.may(Permission.CONSENT_MANAGE); }

    public String describe(CampaignView c) {
        if (c == null) {
            return "";
        }
        String runner = text.words("runner", c.runBy()) + " — " + c.runnerName();
        return text.format("campaign.detail", c.name(), text.words("kind", c.kind()), runner,
                c.purpose() == null ? "" : c.purpose(), c.contacts(), text.time(c.createdAt()), c.createdBy(),
                c.handedOverSeq() == null ? text.get("campaign.notHandedOver")
                        : text.format("campaign.handedOver", c.handedOverSeq()));
    }

    // ---------------------------------------------------------------- Commands

    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("task.campaigns"), p -> service.list(actor))
                .onSuccess(list -> {
                    rows.setAll(list);
                    CampaignView again = list.stream().filter(c -> keep != null && c.id() == keep).findFirst()
                            .orElse(null);
                    if (again != null && selected.get() != null && selected.get().id() == again.id()) {
                        selected.set(again);
                        load(again);
                    } else {
                        selected.set(again);
                    }
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    /** Sets up the campaign of the form and selects it. */
    public void create() {
        CampaignRunner runner = runBy.get();
        String runnerText = runnerName.get() == null ? "" : runnerName.get().strip();
        if (name.get() == null || name.get().isBlank()) {
            notice.error(text.get("campaign.name.missing"));
            return;
        }
        if (runnerText.isEmpty()) {
            notice.error(text.get(runner == CampaignRunner.VENDOR ? "campaign.team.missing"
                    : "campaign.runner.missing"));
            return;
        }
        if (purpose.get() == null || purpose.get().isBlank()) {
            notice.error(text.get("campaign.purpose.missing"));
            return;
        }
        CampaignDraft draft = new CampaignDraft(name.get().strip(), kind.get(), runner, runnerText,
                purpose.get().strip());
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("task.campaign.create"), p -> {
                    long id = service.create(actor, draft);
                    return new Created(id, service.list(actor));
                })
                .onSuccess(c -> {
                    notice.success(text.format("campaign.created", draft.name(), c.id()));
                    name.set("");
                    runnerName.set("");
                    purpose.set("");
                    rows.setAll(c.list());
                    selected.set(c.list().stream().filter(v -> v.id() == c.id()).findFirst().orElse(null));
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    private record Created(long id, List<CampaignView> list) {
    }

    /** Adds the typed persons the rules allow; says who was left out and why. */
    public void pick() {
        CampaignView campaign = selected.get();
        if (campaign == null) {
            notice.error(text.get("campaign.none"));
            return;
        }
        Set<Long> ids;
        try {
            ids = parseIds(candidates.get());
        } catch (NumberFormatException e) {
            notice.error(text.format("pick.invalid", e.getMessage()));
            return;
        }
        if (ids.isEmpty()) {
            notice.error(text.get("pick.empty"));
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("task.pick"), p -> service.pick(actor, campaign.id(), ids))
                .onSuccess(pick -> {
                    excluded.setAll(pick.excluded().stream().map(this::excludedLine).toList());
                    notice.success(text.format("pick.done", pick.picked().size(), pick.excluded().size()));
                    candidates.set("");
                    refresh();
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    /**
     * Hands the selected campaign's contact list (CSV) to the partner or contractor who runs it: a
     * disclosure, so the gate checks every contact's consent and records the entry before the file
     * is written. Offered only when the gate's answer allows it; a refusal is shown with its reason.
     */
    public void handOver() {
        CampaignView campaign = selected.get();
        if (campaign == null) {
            notice.error(text.get("campaign.none"));
            return;
        }
        Optional<Path> target = dialogs.chooseSaveFile(text.get("handOver.choose"),
                Path.of(System.getProperty("user.home")), "campaign-" + campaign.id() + "-contacts.csv");
        if (target.isEmpty()) {
            return;
        }
        Path file = target.get();
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("task.handOver"),
                        p -> service.handOver(actor, campaign.id(), new FileRelease(file)))
                .onSuccess(d -> {
                    notice.success(text.format("handOver.done", campaign.runnerName(), d.ledgerSeq(),
                            file.getFileName().toString()));
                    refresh();
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    private String excludedLine(ContactPick.Excluded e) {
        return text.format("pick.excluded", e.personId(), e.reason());
    }

    /** The selected campaign's contacts and, when it runs outside the vendor, the gate's answer. */
    private void load(CampaignView campaign) {
        long asked = ++generation;
        contacts.clear();
        gate.set("");
        gateAllows.set(false);
        if (campaign == null) {
            return;
        }
        boolean external = !CampaignRunner.VENDOR.name().equals(campaign.runBy());
        executor.execute(BackgroundTask.of(text.get("task.campaigns"), p -> {
                    List<Long> ids = service.contacts(actor, campaign.id());
                    DisclosureRules.Decision d = external && !ids.isEmpty()
                            ? service.checkHandOver(actor, campaign.id()) : null;
                    return new Loaded(ids, d);
                })
                .onSuccess(l -> {
                    if (asked != generation) {
                        return;
                    }
                    List<String> lines = new ArrayList<>();
                    l.ids().forEach(id -> lines.add(text.format("contact.line", id)));
                    contacts.setAll(lines);
                    if (external) {
                        if (l.decision() == null) {
                            gate.set(text.get("gate.noContacts"));
                        } else if (l.decision().allowed()) {
                            gateAllows.set(true);
                            gate.set(text.format("gate.allowed", campaign.runnerName()));
                        } else {
                            gate.set(text.format("gate.refused", campaign.runnerName(), l.decision().reason()));
                        }
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        failures.report(error, notice);
                    }
                }));
    }

    private record Loaded(List<Long> ids, DisclosureRules.Decision decision) {
    }

    static Set<Long> parseIds(String typed) {
        Set<Long> out = new LinkedHashSet<>();
        if (typed == null) {
            return out;
        }
        for (String part : typed.split("[\\s,;]+")) {
            if (!part.isBlank()) {
                out.add(Long.parseLong(part.strip()));
            }
        }
        return out;
    }

    public void dispose() {
        generation++;
        rows.clear();
        contacts.clear();
        excluded.clear();
        selected.set(null);
    }

}
