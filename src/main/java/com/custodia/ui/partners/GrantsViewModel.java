package com.custodia.ui.partners;

import com.custodia.service.auth.Principal;
import com.custodia.service.partners.GrantEventView;
import com.custodia.service.partners.GrantService;
import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.PartnerView;
import com.custodia.service.partners.ShareFormat;
import com.custodia.service.partners.SharePackage;
import com.custodia.service.partners.SharePackageService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.ScreenRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Grants tab without its nodes: the grants of one partner or of all, with state and warning;
 * the selected grant's history; the Grant…, Renew… and Revoke… panels, each asking for a reason;
 * and the share package export, which runs in the background with progress and cancel. Refusals
 * are shown with the service's own reason.
 */
public final class GrantsViewModel {

    private final GrantService grants;
    private final SharePackageService packages;
    private final Principal actor;
    private final DialogService dialogs;
    private final Clock clock;
    private final PartnersText text;
    private final ScreenRunner runner;

    private final ObservableList<GrantView> rows = FXCollections.observableArrayList();
    private final ObservableList<GrantView> readOnlyRows = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<GrantEventView> events = FXCollections.observableArrayList();
    private final ObservableList<GrantEventView> readOnlyEvents = FXCollections.unmodifiableObservableList(events);
    /** Whose grants are shown; null for every partner's. */
    private final ObjectProperty<PartnerView> filter = new SimpleObjectProperty<>(this, "filter");
    private final ReadOnlyObjectWrapper<GrantView> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ObjectProperty<ShareFormat> format = new SimpleObjectProperty<>(this, "format", ShareFormat.CSV);
    private final ReadOnlyObjectWrapper<BackgroundTask<SharePackage>> export =
            new ReadOnlyObjectWrapper<>(this, "export");
    private final Notice notice = new Notice();
    private final GrantForm grantForm;
    private final GrantActionForm actionForm;
    private final BooleanBinding canAct;

    GrantsViewModel(GrantService grants, SharePackageService packages, Principal actor, DialogService dialogs,
                    Clock clock, PartnersText text, ScreenRunner runner) {
        this.grants = grants;
        this.packages = packages;
        this.actor = actor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.text = text;
        this.runner = runner;
        this.grantForm = new GrantForm(text);
        this.actionForm = new GrantActionForm(text);
        filter.addListener((o, was, now) -> {
            // the same partner read again (a refresh) shows the same grants
            if (was == null || now == null || was.id() != now.id()) {
                refresh();
            }
        });
        canAct = Bindings.createBooleanBinding(() -> selected.get() != null && !runner.busyProperty().get(),
                selected, runner.busyProperty());
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<GrantView> rows() { return readOnlyRows; }
    public ObservableList<GrantEventView> events() { return readOnlyEvents; }
    public ObjectProperty<PartnerView> filterProperty() { return filter; }
    public ReadOnlyObjectProperty<GrantView> selectedProperty() { return selected.getReadOnlyProperty(); }
    public ObjectProperty<ShareFormat> formatProperty() { return format; }
    /** The share package export running now, for its progress and Cancel; null when none runs. */
    public ReadOnlyObjectProperty<BackgroundTask<SharePackage>> exportProperty() { return export.getReadOnlyProperty(); }
    public Notice notice() { return notice; }
    public GrantForm grantForm() { return grantForm; }
    public GrantActionForm actionForm() { return actionForm; }
    /** A grant is selected and nothing runs. */
    public BooleanBinding canActProperty() { return canAct; }

    String stateText(GrantView g) { return text.named("grantState", g.state()); }
    String scopeText(GrantView g) { return text.scope(g); }
    String fieldsText(GrantView g) { return text.fields(g.fields()); }
    String purposeText(GrantView g) { return text.named("purpose", g.purpose()); }
    String validityText(GrantView g) { return text.validity(g); }
    String warningText(GrantView g) { return g.warning() == null ? "" : g.warning(); }

    /** What happened to the selected grant, a line per event. */
    String eventText(GrantEventView e) {
        String when = text.time(e.occurredAt());
        return switch (e.kind()) {
            case GRANTED -> text.format("event.GRANTED", when, e.operator(), text.day(e.validUntil()), e.reason());
            case RENEWED -> text.format("event.RENEWED", when, e.operator(), text.day(e.validUntil()), e.reason());
            case REVOKED -> text.format("event.REVOKED", when, e.operator(), e.reason());
        };
    }

    // ---------------------------------------------------------------- Commands

    /** Reloads the grants shown, keeping the selected grant selected. */
    public void refresh() {
        PartnerView of = filter.get();
        Long keep = selected.get() == null ? null : selected.get().id();
        runner.run(text.get("task.grants"), () -> of == null ? grants.list(actor) : grants.listFor(actor, of.id()),
                notice, list -> show(list, keep));
    }

    public void select(GrantView g) {
        if (g != null && selected.get() != null && selected.get().id() == g.id()) {
            selected.set(g);
            return;
        }
        selected.set(g);
        events.clear();
        if (g != null) {
            long id = g.id();
            runner.run(text.get("task.grantHistory"), () -> grants.history(actor, id), notice, history -> {
                if (selected.get() != null && selected.get().id() == id) {
                    events.setAll(history);
                }
            });
        }
    }

    /** Opens the Grant… panel for the partner shown (or none chosen yet). */
    public void startGrant() {
        notice.clear();
        actionForm.close();
        grantForm.open(filter.get(), today());
    }

    public void submitGrant() {
        grantForm.notice().clear();
        var draft = tryDraft();
        if (draft == null) {
            return;
        }
        String partner = grantForm.partnerProperty().get().name();
        runner.run(text.get("task.grant"), () -> grants.grant(actor, draft), grantForm.notice(), done -> {
            grantForm.close();
            notice.success(text.format("done.granted", done.id(), partner));
            reloadKeeping(done.id());
        });
    }

    public void startRenew() {
        GrantView g = selected.get();
        if (g != null) {
            notice.clear();
            grantForm.close();
            actionForm.openRenew(g, today());
        }
    }

    public void startRevoke() {
        GrantView g = selected.get();
        if (g != null) {
            notice.clear();
            grantForm.close();
            actionForm.openRevoke(g);
        }
    }

    /** Renews or revokes, as the open panel says; a revocation is confirmed first. */
    public void submitAction() {
        GrantView g = actionForm.grant();
        if (g == null) {
            return;
        }
        actionForm.notice().clear();
        String reason;
        try {
            reason = actionForm.reason();
        } catch (IllegalArgumentException e) {
            actionForm.notice().error(e.getMessage());
            return;
        }
        if (actionForm.actionProperty().get() == GrantActionForm.Action.RENEW) {
            LocalDate until = actionForm.untilProperty().get();
            if (until == null) {
                actionForm.notice().error(text.get("error.untilRequired"));
                return;
            }
            runner.run(text.get("task.renewGrant"), () -> grants.renew(actor, g.id(), GrantForm.endOf(until), reason),
                    actionForm.notice(), done -> {
                        actionForm.close();
                        notice.success(text.format("done.renewedGrant", done.id(), text.day(done.validUntil())));
                        reloadKeeping(done.id());
                    });
        } else if (dialogs.confirm(text.get("confirm.revoke.title"),
                text.format("confirm.revoke.message", g.id(), g.partnerName()))) {
            runner.run(text.get("task.revokeGrant"), () -> grants.revoke(actor, g.id(), reason), actionForm.notice(),
                    done -> {
                        actionForm.close();
                        notice.success(text.format("done.revoked", done.id()));
                        reloadKeeping(done.id());
                    });
        }
    }

    public void cancelPanels() {
        grantForm.close();
        actionForm.close();
    }

    /**
     * Asks where to write the selected grant's share package, then writes it through the service
     * in the background. Cancel stops it while it has not begun; once begun, the ledger entry and
     * the file are one step and it finishes, so a cancelled export never leaves a half.
     */
    public void exportPackage() {
        GrantView g = selected.get();
        ShareFormat f = format.get();
        if (g == null || f == null || export.get() != null) {
            return;
        }
        String suggested = "share-grant-" + g.id() + "." + f.name().toLowerCase(java.util.Locale.ROOT);
        Optional<Path> chosen = dialogs.chooseSaveFile(text.get("export.choose"), null, suggested);
        if (chosen.isEmpty() || (Files.exists(chosen.get()) && !dialogs.confirm(text.get("confirm.replace.title"),
                text.format("confirm.replace.message", chosen.get().getFileName())))) {
            return;
        }
        Path target = chosen.get();
        notice.clear();
        BackgroundTask<SharePackage> task = BackgroundTask.of(text.get("task.export"), progress -> {
            progress.update(-1, text.format("export.running", g.id()));
            progress.checkCancelled();
            return packages.export(actor, g.id(), f, target);
        });
        task.onCancelled(() -> {
            if (!runner.disposed()) {
                notice.info(text.get("export.cancelled"));
            }
        });
        export.set(task);
        runner.run(task, notice, done -> notice.success(text.format("done.exported", done.partner(), done.licenses(),
                done.persons(), done.file().getFileName(), done.disclosed().ledgerSeq(),
                done.disclosed().payloadSha256())), () -> export.set(null));
    }

    public void cancelExport() {
        BackgroundTask<SharePackage> task = export.get();
        if (task != null) {
            task.cancel();
        }
    }

    void dispose() {
        cancelExport();
        cancelPanels();
        selected.set(null);
        rows.clear();
        events.clear();
    }

    // ---------------------------------------------------------------- Plumbing

    private com.custodia.service.partners.GrantDraft tryDraft() {
        try {
            return grantForm.draft();
        } catch (IllegalArgumentException e) {
            grantForm.notice().error(e.getMessage());
            return null;
        }
    }

    private void reloadKeeping(long grantId) {
        PartnerView of = filter.get();
        runner.run(text.get("task.grants"), () -> of == null ? grants.list(actor) : grants.listFor(actor, of.id()),
                notice, list -> {
                    selected.set(null);
                    show(list, grantId);
                });
    }

    private void show(List<GrantView> list, Long keep) {
        rows.setAll(list);
        GrantView again = keep == null ? null : list.stream().filter(g -> g.id() == keep).findFirst().orElse(null);
        if (again == null || selected.get() == null || selected.get().id() != again.id()) {
            selected.set(null);
        }
        select(again);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
