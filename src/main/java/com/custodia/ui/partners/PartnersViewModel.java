package com.custodia.ui.partners;

import com.custodia.policy.Permission;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.partners.AgreementVersionView;
import com.custodia.service.partners.PartnerDraft;
import com.custodia.service.partners.PartnerRegistry;
import com.custodia.service.partners.PartnerView;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.ScreenRunner;
import com.custodia.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Partners screen without its nodes (issue 5, item 6). The Partners tab lives here: the
 * partners with where each stands today (registered, lapsed, stale agreement, to be renewed within
 * 30 days), the selected partner's agreement, registration, tier and contacts, and the panels that
 * register, change and renew a partner. The other tabs are {@link #grants()}, {@link #lookup()}
 * and {@link #history()}; every service call goes through one {@link ScreenRunner}.
 */
public final class PartnersViewModel {

    private final PartnerRegistry registry;
    private final Principal actor;
    private final Clock clock;
    private final PartnersText text;
    private final ScreenRunner runner;
    private final GrantsViewModel grants;
    private final LookupViewModel lookup;
    private final HistoryViewModel history;

    private final ObservableList<PartnerView> partners = FXCollections.observableArrayList();
    private final ObservableList<PartnerView> readOnlyPartners = FXCollections.unmodifiableObservableList(partners);
    private final ReadOnlyObjectWrapper<PartnerView> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyStringWrapper agreement = new ReadOnlyStringWrapper(this, "agreement", "");
    private final ReadOnlyStringWrapper detailTitle = new ReadOnlyStringWrapper(this, "detailTitle", "");
    private final ReadOnlyStringWrapper detailStanding = new ReadOnlyStringWrapper(this, "detailStanding", "");
    private final ReadOnlyStringWrapper detailAgreement = new ReadOnlyStringWrapper(this, "detailAgreement", "");
    private final ReadOnlyStringWrapper detailRegistration = new ReadOnlyStringWrapper(this, "detailRegistration", "");
    private final ReadOnlyStringWrapper detailTier = new ReadOnlyStringWrapper(this, "detailTier", "");
    private final ReadOnlyStringWrapper detailContacts = new ReadOnlyStringWrapper(this, "detailContacts", "");
    private final Notice notice = new Notice();
    private final PartnerForm form;
    private final RenewalForm renewal;
    private int currentAgreement = 1;

    public PartnersViewModel(Services services, Principal actor, TaskExecutor executor, DialogService dialogs,
                             Clock clock, ResourceBundle bundle) {
        this.registry = services.partners();
        this.actor = actor;
        this.clock = clock;
        this.text = new PartnersText(bundle);
        this.runner = new ScreenRunner(executor, new FailureReporter(dialogs, text.get("error.title")));
        this.grants = new GrantsViewModel(services.grants(), services.sharePackages(), actor, dialogs, clock, text,
                runner);
        this.lookup = new LookupViewModel(services.licenseLookup(), actor, text, runner);
        this.history = new HistoryViewModel(services.partnerDisclosures(), actor, text, runner);
        this.form = new PartnerForm(text);
        this.renewal = new RenewalForm(text);
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<PartnerView> partners() { return readOnlyPartners; }
    public ReadOnlyObjectProperty<PartnerView> selectedProperty() { return selected.getReadOnlyProperty(); }
    /** "Current partner agreement: v2 (…)". */
    public ReadOnlyStringProperty agreementProperty() { return agreement.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailTitleProperty() { return detailTitle.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailStandingProperty() { return detailStanding.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailAgreementProperty() { return detailAgreement.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailRegistrationProperty() { return detailRegistration.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailTierProperty() { return detailTier.getReadOnlyProperty(); }
    public ReadOnlyStringProperty detailContactsProperty() { return detailContacts.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return runner.busyProperty(); }
    public Notice notice() { return notice; }
    public PartnerForm form() { return form; }
    public RenewalForm renewal() { return renewal; }
    public GrantsViewModel grants() { return grants; }
    public LookupViewModel lookup() { return lookup; }
    public HistoryViewModel history() { return history; }

    /** Whether to offer New, Edit and Renew; the service decides again. */
    public boolean mayManage() {
        return actor.may(Permission.PARTNER_MANAGE);
    }

    PartnersText text() { return text; }
    String standingText(PartnerView p) { return text.standing(p, currentAgreement); }
    String tierText(PartnerView p) { return text.named("tier", p.tier()); }
    String agreementText(PartnerView p) { return text.format("agreement.version", p.agreementVersion()); }
    String untilText(PartnerView p) { return p.registeredUntil() == null ? "" : p.registeredUntil().toString(); }
    /** Whether the row is highlighted: the registration ends within 30 days. */
    boolean highlighted(PartnerView p) { return p.expiringSoon(); }
    /** Whether the row is shown as receiving nothing. */
    boolean blocked(PartnerView p) { return !p.mayReceive(); }

    // ---------------------------------------------------------------- Commands

    /** Reloads the partners and the current agreement, keeping the selected partner selected, then the grants. */
    public void refresh() {
        Long keep = selected.get() == null ? null : selected.get().id();
        runner.run(text.get("task.partners"), () -> new Loaded(registry.list(actor), registry.currentAgreement(actor)),
                notice, loaded -> show(loaded, keep));
        grants.refresh();
    }

    public void select(PartnerView p) {
        selected.set(p);
        showDetail(p);
    }

    public void startNew() {
        notice.clear();
        renewal.close();
        form.openNew(today(), currentAgreement);
    }

    public void startEdit() {
        PartnerView p = selected.get();
        if (p != null) {
            notice.clear();
            renewal.close();
            form.openEdit(p);
        }
    }

    public void startRenewal() {
        PartnerView p = selected.get();
        if (p != null) {
            notice.clear();
            form.close();
            renewal.open(p, today(), currentAgreement);
        }
    }

    public void cancelPanels() {
        form.close();
        renewal.close();
    }

    public void submitForm() {
        form.notice().clear();
        PartnerDraft draft;
        try {
            draft = form.draft();
        } catch (IllegalArgumentException e) {
            form.notice().error(e.getMessage());
            return;
        }
        PartnerView editing = form.editing();
        runner.run(text.get("task.partner"), () -> editing == null ? registry.create(actor, draft)
                : registry.update(actor, editing.id(), editing.version(), draft), form.notice(), done -> {
                    form.close();
                    notice.success(text.format(editing == null ? "done.created" : "done.updated", done.name()));
                    reloadKeeping(done.id());
                });
    }

    public void submitRenewal() {
        renewal.notice().clear();
        PartnerView p = renewal.partner();
        if (p == null) {
            return;
        }
        Integer version;
        try {
            version = renewal.version();
        } catch (IllegalArgumentException e) {
            renewal.notice().error(e.getMessage());
            return;
        }
        LocalDate until = renewal.untilProperty().get();
        String reference = renewal.reference();
        String reason = renewal.reasonProperty().get();
        runner.run(text.get("task.renewPartner"), () -> registry.renewRegistration(actor, p.id(), until, version,
                reference, reason), renewal.notice(), done -> {
                    renewal.close();
                    notice.success(text.format("done.renewedPartner", done.name(), done.registeredUntil()));
                    reloadKeeping(done.id());
                });
    }

    /** Drops every partner, grant, answer and history the screen holds; late results are ignored. */
    public void dispose() {
        runner.dispose();
        cancelPanels();
        grants.dispose();
        lookup.dispose();
        history.dispose();
        selected.set(null);
        showDetail(null);
        partners.clear();
    }

    // ---------------------------------------------------------------- Plumbing

    private record Loaded(List<PartnerView> partners, AgreementVersionView agreement) {
    }

    private void reloadKeeping(long partnerId) {
        runner.run(text.get("task.partners"), () -> new Loaded(registry.list(actor), registry.currentAgreement(actor)),
                notice, loaded -> show(loaded, partnerId));
        grants.refresh();
    }

    private void show(Loaded loaded, Long keep) {
        currentAgreement = loaded.agreement().version();
        agreement.set(text.format("agreement.current", loaded.agreement().version(), loaded.agreement().label(),
                loaded.agreement().effectiveFrom()));
        partners.setAll(loaded.partners());
        PartnerView again = keep == null ? null
                : loaded.partners().stream().filter(p -> p.id() == keep).findFirst().orElse(null);
        select(again);
    }

    private void showDetail(PartnerView p) {
        if (p == null) {
            detailTitle.set("");
            detailStanding.set("");
            detailAgreement.set("");
            detailRegistration.set("");
            detailTier.set("");
            detailContacts.set("");
            return;
        }
        detailTitle.set(p.name());
        detailStanding.set(p.standing());
        detailAgreement.set(text.format("detail.agreementText", p.agreementReference(), p.agreementVersion()));
        detailRegistration.set(text.format("detail.registrationText", text.named("status", p.registrationStatus()),
                p.registeredFrom(), p.registeredUntil()));
        detailTier.set(text.named("tier", p.tier()));
        detailContacts.set(p.contacts().isEmpty() ? text.get("detail.contactsNone") : p.contacts().stream()
                .map(c -> text.format("detail.contact", c.name(), orDash(c.role()), orDash(c.email()), orDash(c.phone())))
                .collect(Collectors.joining("\n")));
    }

    private static String orDash(String s) {
        return s == null || s.isBlank() ? "\u2013" : s;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
