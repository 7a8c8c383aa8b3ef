package com.custodia.ui.requests;

import com.custodia.domain.CorrectionStatus;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.RequestKind;
import com.custodia.domain.RequestStatus;
import com.custodia.domain.SubjectRequest;
import com.custodia.policy.Permission;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.requests.RequestViews.Candidate;
import com.custodia.service.requests.RequestViews.ClockEventView;
import com.custodia.service.requests.RequestViews.RequestDetail;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.ScreenRunner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One request as a checklist, without nodes: matching to persons, the identity check and the
 * second operator's confirmation (access), the deadline with every start and stop of its clock and
 * the extension; the correction items and notification tasks are its {@link CorrectionsViewModel}.
 * Every command calls {@code RequestService}, which decides;
 * the model shows its answer or its refusal.
 */
public final class RequestDetailViewModel {

    /** A step of the checklist (identify → verify → collect → review → deliver/apply → notify). */
    public record Step(String label, boolean done) {
    }

    private final Services services;
    private final Principal actor;
    private final DialogService dialogs;
    private final RequestsText text;
    private final ScreenRunner runner;
    private final Runnable changed;

    private final ReadOnlyObjectWrapper<RequestDetail> detail = new ReadOnlyObjectWrapper<>(this, "detail");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper given = new ReadOnlyStringWrapper(this, "given", "");
    private final ReadOnlyStringWrapper matched = new ReadOnlyStringWrapper(this, "matched", "");
    private final ReadOnlyStringWrapper identity = new ReadOnlyStringWrapper(this, "identity", "");
    private final ReadOnlyStringWrapper confirmation = new ReadOnlyStringWrapper(this, "confirmation", "");
    private final ReadOnlyStringWrapper deadline = new ReadOnlyStringWrapper(this, "deadline", "");
    private final ReadOnlyStringWrapper extension = new ReadOnlyStringWrapper(this, "extension", "");
    private final ReadOnlyStringWrapper response = new ReadOnlyStringWrapper(this, "response", "");
    private final ReadOnlyBooleanWrapper mayConfirm = new ReadOnlyBooleanWrapper(this, "mayConfirm", false);
    private final ReadOnlyBooleanWrapper correction = new ReadOnlyBooleanWrapper(this, "correction", false);
    private final ObservableList<Step> checklist = FXCollections.observableArrayList();
    private final ObservableList<Candidate> candidates = FXCollections.observableArrayList();
    private final ObservableList<ClockEventView> clock = FXCollections.observableArrayList();

    private final StringProperty verifyMethod = new SimpleStringProperty(this, "verifyMethod", "");
    private final ObjectProperty<Path> evidence = new SimpleObjectProperty<>(this, "evidence");
    private final StringProperty awaitReason = new SimpleStringProperty(this, "awaitReason", "");
    private final ObjectProperty<Integer> extendUnits = new SimpleObjectProperty<>(this, "extendUnits", 1);
    private final StringProperty extendReason = new SimpleStringProperty(this, "extendReason", "");
    private final StringProperty extendToldAt = new SimpleStringProperty(this, "extendToldAt", "");
    private final CorrectionsViewModel corrections;
    /** The request chosen last: answers about any other are dropped. */
    private Long shown;
    private final Notice matchNotice = new Notice();
    private final Notice identityNotice = new Notice();
    private final Notice deadlineNotice = new Notice();

    RequestDetailViewModel(Services services, Principal actor, DialogService dialogs, RequestsText text,
                           ScreenRunner runner, Runnable changed) {
        this.services = services;
        this.actor = actor;
        this.dialogs = dialogs;
        this.text = text;
        this.runner = runner;
        this.changed = changed;
        this.corrections = new CorrectionsViewModel(services, actor, text, runner, detail::get, this::reload, changed);
    }

    // ---------------------------------------------------------------- Properties

    public ReadOnlyObjectProperty<RequestDetail> detailProperty() { return detail.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty givenProperty() { return given.getReadOnlyProperty(); }
    public ReadOnlyStringProperty matchedProperty() { return matched.getReadOnlyProperty(); }
    public ReadOnlyStringProperty identityProperty() { return identity.getReadOnlyProperty(); }
    public ReadOnlyStringProperty confirmationProperty() { return confirmation.getReadOnlyProperty(); }
    public ReadOnlyStringProperty deadlineProperty() { return deadline.getReadOnlyProperty(); }
    public ReadOnlyStringProperty extensionProperty() { return extension.getReadOnlyProperty(); }
    public ReadOnlyStringProperty responseProperty() { return response.getReadOnlyProperty(); }
    /** Whether this operator may confirm now: verified, not yet confirmed, verified by someone else. */
    public ReadOnlyBooleanProperty mayConfirmProperty() { return mayConfirm.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty correctionProperty() { return correction.getReadOnlyProperty(); }
    public ObservableList<Step> checklist() { return FXCollections.unmodifiableObservableList(checklist); }
    public ObservableList<Candidate> candidates() { return FXCollections.unmodifiableObservableList(candidates); }
    public ObservableList<ClockEventView> clockEvents() { return FXCollections.unmodifiableObservableList(clock); }
    public StringProperty verifyMethodProperty() { return verifyMethod; }
    public ObjectProperty<Path> evidenceProperty() { return evidence; }
    public StringProperty awaitReasonProperty() { return awaitReason; }
    public ObjectProperty<Integer> extendUnitsProperty() { return extendUnits; }
    public StringProperty extendReasonProperty() { return extendReason; }
    public StringProperty extendToldAtProperty() { return extendToldAt; }
    public CorrectionsViewModel corrections() { return corrections; }
    public Notice matchNotice() { return matchNotice; }
    public Notice identityNotice() { return identityNotice; }
    public Notice deadlineNotice() { return deadlineNotice; }

    // ---------------------------------------------------------------- Loading

    void show(Long requestId) {
        clear();
        shown = requestId;
        if (requestId == null) {
            return;
        }
        runner.run(text.get("task.detail"), () -> services.requests().detail(actor, requestId), matchNotice,
                this::set);
    }

    void reload() {
        RequestDetail d = detail.get();
        if (d != null) {
            runner.run(text.get("task.detail"), () -> services.requests().detail(actor, d.id()), matchNotice,
                    this::set);
        }
    }

    // ---------------------------------------------------------------- Matching

    /** Asks the service for persons who may be the requester. */
    public void findCandidates() {
        RequestDetail d = detail.get();
        if (d == null) {
            return;
        }
        matchNotice.clear();
        runner.run(text.get("task.candidates"), () -> services.requests().candidates(actor, d.id()), matchNotice,
                found -> {
                    candidates.setAll(found);
                    if (found.isEmpty()) {
                        matchNotice.info(text.get("match.none"));
                    }
                });
    }

    /** Matches the request to the chosen person or persons (several records of one person). */
    public void match(Collection<Long> personIds) {
        RequestDetail d = detail.get();
        if (d == null) {
            return;
        }
        Set<Long> ids = new TreeSet<>(personIds);
        change(matchNotice, () -> services.requests().match(actor, d.id(), ids), text.format("match.done", ids));
    }

    // ---------------------------------------------------------------- Identity

    public void chooseEvidence() {
        dialogs.chooseFile(text.get("verify.chooseEvidence"), null).ifPresent(evidence::set);
    }

    /** Records the check: the method and the SHA-256 of the evidence file (the file itself is not kept). */
    public void verify() {
        RequestDetail d = detail.get();
        Path file = evidence.get();
        String method = verifyMethod.get();
        if (d == null) {
            return;
        }
        if (file == null) {
            identityNotice.error(text.get("verify.noEvidence"));
            return;
        }
        change(identityNotice, () -> services.requests().verify(actor, d.id(), method, Files.readAllBytes(file)),
                text.get("verify.done"));
    }

    public void confirm() {
        RequestDetail d = detail.get();
        if (d != null) {
            change(identityNotice, () -> services.requests().confirm(actor, d.id()), text.get("confirm.done"));
        }
    }

    /** Asks the requester for identification: the clock stops until the identity is verified. */
    public void awaitIdentity() {
        RequestDetail d = detail.get();
        if (d != null) {
            String reason = awaitReason.get();
            change(identityNotice, () -> services.requests().awaitIdentity(actor, d.id(), reason),
                    text.get("await.done"));
        }
    }

    // ---------------------------------------------------------------- Deadline

    public void extend() {
        RequestDetail d = detail.get();
        if (d == null) {
            return;
        }
        try {
            var told = text.parseTime(extendToldAt.get(), text.get("extend.toldAt"));
            int units = extendUnits.get() == null ? 0 : extendUnits.get();
            String reason = extendReason.get();
            change(deadlineNotice, () -> services.requests().extend(actor, d.id(), units, reason, told),
                    text.get("extend.done"));
        } catch (IllegalArgumentException e) {
            deadlineNotice.error(e.getMessage());
        }
    }

    // ---------------------------------------------------------------- Texts for the view's cells

    String clockText(ClockEventView e) {
        return text.format("clock.event", text.of("clock", e.event()), text.time(e.at()), e.operator(),
                e.reason() == null ? "" : e.reason());
    }

    String timeText(java.time.Instant at) {
        return text.time(at);
    }

    void dispose() {
        shown = null;
        clear();
    }

    // ---------------------------------------------------------------- Helpers

    private void change(Notice notice, ScreenRunner.Call<RequestDetail> call, String done) {
        notice.clear();
        runner.run(text.get("task.change"), call, notice, d -> {
            set(d);
            notice.success(done);
            changed.run();
        });
    }

    private void clear() {
        detail.set(null);
        for (ReadOnlyStringWrapper w : List.of(title, given, matched, identity, confirmation, deadline, extension,
                response)) {
            w.set("");
        }
        mayConfirm.set(false);
        correction.set(false);
        checklist.clear();
        corrections.clear();
        candidates.clear();
        clock.clear();
        verifyMethod.set("");
        evidence.set(null);
        extendReason.set("");
        extendToldAt.set("");
        for (Notice n : List.of(matchNotice, identityNotice, deadlineNotice)) {
            n.clear();
        }
    }

    private void set(RequestDetail d) {
        if (shown == null || shown != d.id()) {
            return;
        }
        detail.set(d);
        title.set(text.format("detail.title", d.id(), text.of("kind", d.kind()), text.of("channel", d.channel()),
                text.time(d.receivedAt()), text.of("jurisdiction", d.jurisdiction()), text.of("status", d.status())));
        given.set(givenText(d.given()) + " " + text.format("detail.entered", d.enteredBy(),
                text.time(d.enteredAt())));
        matched.set(d.personIds().isEmpty() ? text.get("match.notYet")
                : text.format("match.state", new TreeSet<>(d.personIds()).toString(), d.matchedBy(),
                text.time(d.matchedAt())));
        var v = d.verification();
        if (v == null) {
            identity.set(text.get(d.status() == RequestStatus.AWAITING_IDENTITY ? "verify.awaiting" : "verify.notYet"));
            confirmation.set("");
        } else {
            identity.set(text.format("verify.state", v.verifiedBy(), text.time(v.verifiedAt()), v.method(),
                    v.evidenceSha256().substring(0, 16)));
            if (d.kind() != RequestKind.ACCESS) {
                confirmation.set(text.get("confirm.notNeeded"));
            } else if (v.confirmedAt() == null) {
                confirmation.set(text.format("confirm.waiting", v.verifiedBy()));
            } else {
                confirmation.set(text.format("confirm.state", v.confirmedBy(), text.time(v.confirmedAt())));
            }
        }
        mayConfirm.set(d.kind() == RequestKind.ACCESS && v != null && v.confirmedAt() == null
                && !actor.username().equals(v.verifiedBy()) && d.status().open()
                && actor.may(Permission.REQUEST_MANAGE));
        var dl = d.deadline();
        deadline.set(text.format("deadline.state", dl.received(), dl.due(), text.daysLeft(dl), dl.stoppedDays(),
                dl.firstPeriodDue()));
        var x = d.extension();
        extension.set(x == null ? text.get("extend.none") : text.format("extend.state", x.units(), x.unit(),
                x.reason(), text.time(x.personToldAt()), x.extendedBy(), text.time(x.extendedAt())));
        response.set(d.respondedAt() == null ? text.get("response.none")
                : text.format("response.state", text.time(d.respondedAt()), text.of("nature", d.responseNature()),
                d.deliveredSeq() == null ? "" : text.format("response.entry", d.deliveredSeq()),
                d.denialBasis() == null ? "" : d.denialBasis()));
        correction.set(d.kind() == RequestKind.CORRECTION);
        clock.setAll(d.clock());
        corrections.set(d);
        checklist.setAll(steps(d));
    }

    private List<Step> steps(RequestDetail d) {
        List<Step> out = new ArrayList<>();
        out.add(new Step(text.get("step.identify"), !d.personIds().isEmpty()));
        out.add(new Step(text.get("step.verify"), d.identityEstablished()));
        if (d.kind() == RequestKind.ACCESS) {
            out.add(new Step(text.get("step.collect"), d.identityEstablished()));
            out.add(new Step(text.get("step.deliver"), d.deliveredSeq() != null));
        } else {
            out.add(new Step(text.get("step.review"), !d.items().isEmpty() && d.items().stream()
                    .noneMatch(i -> i.status() == CorrectionStatus.PENDING)));
            out.add(new Step(text.get("step.apply"), !d.items().isEmpty() && d.items().stream()
                    .noneMatch(i -> i.status() == CorrectionStatus.PENDING || i.status() == CorrectionStatus.APPROVED)));
            out.add(new Step(text.get("step.notify"), d.items().stream().anyMatch(i -> i.appliedAt() != null)
                    && d.notices().stream().noneMatch(n -> n.status() == NoticeStatus.OPEN)));
        }
        return out;
    }

    private String givenText(SubjectRequest.Identifiers g) {
        List<String> parts = new ArrayList<>();
        String[][] pairs = {{"given.name", g.name()}, {"given.email", g.email()}, {"given.phone", g.phone()},
                {"given.customer", g.customerNumber()}, {"given.license", g.licenseKey()},
                {"given.address", g.address()}};
        for (String[] p : pairs) {
            if (p[1] != null && !p[1].isBlank()) {
                parts.add(text.get(p[0]) + ": " + p[1]);
            }
        }
        return String.join("; ", parts) + ".";
    }
}
