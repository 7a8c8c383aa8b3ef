package com.custodia.ui.requests;

import com.custodia.domain.CorrectionStatus;
import com.custodia.domain.NoticeStatus;
import com.custodia.domain.PersonField;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.requests.RequestViews.ItemView;
import com.custodia.service.requests.RequestViews.NoticeView;
import com.custodia.service.requests.RequestViews.RequestDetail;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.ScreenRunner;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Corrections tab of a correction request, without nodes: the items (field, old value,
 * requested value, evidence) decided one by one — a denial with its reason — and applied, then
 * the notification task of every recipient of an old value, closed as told or with why not.
 */
public final class CorrectionsViewModel {

    private final Services services;
    private final Principal actor;
    private final RequestsText text;
    private final ScreenRunner runner;
    private final Supplier<RequestDetail> current;
    private final Runnable reload;
    private final Runnable changed;

    private final ObservableList<ItemView> items = FXCollections.observableArrayList();
    private final ObservableList<NoticeView> notices = FXCollections.observableArrayList();
    private final ObjectProperty<PersonField> itemField = new SimpleObjectProperty<>(this, "itemField",
            PersonField.EMAIL);
    private final StringProperty itemRequested = new SimpleStringProperty(this, "itemRequested", "");
    private final StringProperty itemEvidence = new SimpleStringProperty(this, "itemEvidence", "");
    private final StringProperty decisionReason = new SimpleStringProperty(this, "decisionReason", "");
    private final ObjectProperty<NoticeStatus> noticeOutcome = new SimpleObjectProperty<>(this, "noticeOutcome",
            NoticeStatus.TOLD);
    private final StringProperty noticeNote = new SimpleStringProperty(this, "noticeNote", "");
    private final Notice correctionNotice = new Notice();
    private final Notice noticesNotice = new Notice();

    CorrectionsViewModel(Services services, Principal actor, RequestsText text, ScreenRunner runner,
                         Supplier<RequestDetail> current, Runnable reload, Runnable changed) {
        this.services = services;
        this.actor = actor;
        this.text = text;
        this.runner = runner;
        this.current = current;
        this.reload = reload;
        this.changed = changed;
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<ItemView> items() { return FXCollections.unmodifiableObservableList(items); }
    public ObservableList<NoticeView> notices() { return FXCollections.unmodifiableObservableList(notices); }
    public ObjectProperty<PersonField> itemFieldProperty() { return itemField; }
    public StringProperty itemRequestedProperty() { return itemRequested; }
    public StringProperty itemEvidenceProperty() { return itemEvidence; }
    public StringProperty decisionReasonProperty() { return decisionReason; }
    public ObjectProperty<NoticeStatus> noticeOutcomeProperty() { return noticeOutcome; }
    public StringProperty noticeNoteProperty() { return noticeNote; }
    public Notice correctionNotice() { return correctionNotice; }
    public Notice noticesNotice() { return noticesNotice; }

    // ---------------------------------------------------------------- Items

    /** Adds a requested change for the first person the request was matched to. */
    public void addItem() {
        RequestDetail d = current.get();
        if (d == null) {
            return;
        }
        if (d.personIds().isEmpty()) {
            correctionNotice.error(text.get("item.unmatched"));
            return;
        }
        long person = new TreeSet<>(d.personIds()).first();
        PersonField field = itemField.get();
        String requested = itemRequested.get();
        String why = itemEvidence.get();
        correctionNotice.clear();
        runner.run(text.get("task.correction"), () -> services.corrections().addCorrection(actor, d.id(), person, field,
                requested, why), correctionNotice, item -> {
                    itemRequested.set("");
                    itemEvidence.set("");
                    correctionNotice.success(text.format("item.added", item.id()));
                    reload.run();
                });
    }

    public void approve(ItemView item) {
        if (item != null) {
            decide(() -> services.corrections().approve(actor, item.id()), text.format("item.approved", item.id()));
        }
    }

    /** Denies with the reason typed; the service refuses a denial without one. */
    public void deny(ItemView item) {
        if (item != null) {
            String reason = decisionReason.get();
            decide(() -> services.corrections().deny(actor, item.id(), reason), text.format("item.denied", item.id()));
        }
    }

    /** Applies an approved item; the service opens a notification task per recipient of the old value. */
    public void apply(ItemView item) {
        if (item == null) {
            return;
        }
        correctionNotice.clear();
        runner.run(text.get("task.correction"), () -> services.corrections().apply(actor, item.id()), correctionNotice,
                opened -> {
                    correctionNotice.success(text.format("item.applied", item.id(), opened.size()));
                    changed.run();
                });
    }

    // ---------------------------------------------------------------- Notification tasks

    /** Records that the recipient was told, or why not (the note is required then). */
    public void resolve(NoticeView task) {
        if (task == null) {
            return;
        }
        NoticeStatus outcome = noticeOutcome.get();
        String note = noticeNote.get();
        noticesNotice.clear();
        runner.run(text.get("task.notice"), () -> services.corrections().resolveNotice(actor, task.id(), outcome, note),
                noticesNotice, done -> {
                    noticeNote.set("");
                    noticesNotice.success(text.format("notice.done", done.recipientName(),
                            text.of("notice", done.status())));
                    reload.run();
                });
    }

    /** The person asked who received their data: lists them and records when the person was told. */
    public void tellPerson() {
        RequestDetail d = current.get();
        if (d == null) {
            return;
        }
        runner.run(text.get("task.notice"), () -> services.corrections().tellPersonRecipients(actor, d.id()),
                noticesNotice, list -> {
                    noticesNotice.success(text.format("notice.personTold", list.stream()
                            .map(NoticeView::recipientName).distinct().toList().toString()));
                    reload.run();
                });
    }

    // ---------------------------------------------------------------- Texts for the view's cells

    String itemState(ItemView i) {
        String state = text.of("item", i.status());
        if (i.status() == CorrectionStatus.DENIED) {
            return state + ": " + i.decisionReason();
        }
        return i.decidedBy() == null ? state : state + " (" + i.decidedBy() + ")";
    }

    String fieldText(PersonField f) {
        return f == null ? "" : f.column();
    }

    String noticeState(NoticeView n) {
        String state = text.of("notice", n.status());
        if (n.status() == NoticeStatus.OPEN) {
            return state;
        }
        return text.format("notice.resolved", state, text.time(n.resolvedAt()), n.resolvedBy(),
                n.note() == null ? "" : n.note());
    }

    String noticeRecipient(NoticeView n) {
        return text.format("notice.recipient", n.recipientName(), text.of("recipient", n.recipientKind()),
                n.ledgerSeqs().toString(), text.time(n.lastDisclosed()));
    }

    // ---------------------------------------------------------------- Helpers (the request model calls these)

    void set(RequestDetail d) {
        items.setAll(d.items());
        notices.setAll(d.notices());
    }

    void clear() {
        items.clear();
        notices.clear();
        itemRequested.set("");
        itemEvidence.set("");
        decisionReason.set("");
        noticeNote.set("");
        correctionNotice.clear();
        noticesNotice.clear();
    }

    private void decide(ScreenRunner.Call<ItemView> call, String done) {
        correctionNotice.clear();
        runner.run(text.get("task.correction"), call, correctionNotice, item -> {
            decisionReason.set("");
            correctionNotice.success(done);
            changed.run();
        });
    }
}
