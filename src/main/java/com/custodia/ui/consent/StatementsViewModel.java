package com.custodia.ui.consent;

import com.custodia.domain.Attribution;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementSource;
import com.custodia.domain.StatementStatus;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.StatementDraft;
import com.custodia.service.consent.StatementService;
import com.custodia.service.consent.StatementView;
import com.custodia.service.consent.TakeDownList;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Statements (testimonials): the list with status and consent state at a glance, the selected
 * one's exact text, medium, attribution and incentive; editing the text (which sends it back to
 * awaiting consent), recording the author's consent, publishing (refused with the rules' reason
 * when no consent matches) and withdrawal, which shows the take-down list.
 */
public final class StatementsViewModel {

    private final StatementService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final ConsentText text;
    private final FailureReporter failures;
    private final Notice notice = new Notice();

    private final ObjectProperty<StatementStatus> statusFilter = new SimpleObjectProperty<>(this, "statusFilter");
    private final ObservableList<StatementView> rows = FXCollections.observableArrayList();
    private final ObjectProperty<StatementView> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty editText = new SimpleStringProperty(this, "editText", "");
    private final ObjectProperty<StatementMedium> consentMedium = new SimpleObjectProperty<>(this, "consentMedium");
    private final StringProperty collectionMethod = new SimpleStringProperty(this, "collectionMethod",
            "signed consent form");
    private final ObjectProperty<StatementMedium> publishMedium = new SimpleObjectProperty<>(this, "publishMedium");
    private final StringProperty place = new SimpleStringProperty(this, "place", "");
    private final StringProperty how = new SimpleStringProperty(this, "how", ConsentActions.WITHDRAWAL_WAYS.get(0));
    private final ObservableList<String> takeDown = FXCollections.observableArrayList();
    private final StringProperty newPerson = new SimpleStringProperty(this, "newPerson", "");
    private final StringProperty newText = new SimpleStringProperty(this, "newText", "");
    private final ObjectProperty<StatementSource> newSource = new SimpleObjectProperty<>(this, "newSource",
            StatementSource.INTERVIEW);
    private final ObjectProperty<StatementMedium> newMedium = new SimpleObjectProperty<>(this, "newMedium",
            StatementMedium.WEBSITE);
    private final ObjectProperty<Attribution> newAttribution = new SimpleObjectProperty<>(this, "newAttribution",
            Attribution.FULL_NAME);
    private final StringProperty newIncentive = new SimpleStringProperty(this, "newIncentive", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    /** Tasks started and not yet finished: busy until the last one ends, not the first. */
    private int running;

    public StatementsViewModel(StatementService service, Principal actor, TaskExecutor executor, DialogService dialogs,
                               ConsentText text) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.text = text;
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        selected.addListener((o, was, now) -> selectedChanged(was, now));
    }

    // ---------------------------------------------------------------- Properties

    public ObjectProperty<StatementStatus> statusFilterProperty() { return statusFilter; }
    public ObservableList<StatementView> rows() { return rows; }
    public ObjectProperty<StatementView> selectedProperty() { return selected; }
    /** The text being edited, the selected statement's text until the operator changes it. */
    public StringProperty editTextProperty() { return editText; }
    public ObjectProperty<StatementMedium> consentMediumProperty() { return consentMedium; }
    public StringProperty collectionMethodProperty() { return collectionMethod; }
    public ObjectProperty<StatementMedium> publishMediumProperty() { return publishMedium; }
    /** Where it is published: page address or document. */
    public StringProperty placeProperty() { return place; }
    /** How the author withdrew. */
    public StringProperty howProperty() { return how; }
    /** The last withdrawal's take-down list, one place a line. */
    public ObservableList<String> takeDown() { return takeDown; }
    /** The new statement's author, by person number. */
    public StringProperty newPersonProperty() { return newPerson; }
    public StringProperty newTextProperty() { return newText; }
    public ObjectProperty<StatementSource> newSourceProperty() { return newSource; }
    public ObjectProperty<StatementMedium> newMediumProperty() { return newMedium; }
    public ObjectProperty<Attribution> newAttributionProperty() { return newAttribution; }
    /** What the author was given for it, if anything; published with the statement. */
    public StringProperty newIncentiveProperty() { return newIncentive; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    public boolean mayEdit() { return actor.may(Permission.STATEMENT_RECORD); }
    public boolean mayRecordConsent() { return actor.may(Permission.CONSENT_MANAGE); }
    public boolean mayPublish() { return actor.may(Permission.STATEMENT_PUBLISH); }

    /** The selected statement's facts in words: status, consent state, source, medium, attribution, incentive. */
    public String describe(StatementView s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        out.append(text.get("statement.author")).append(": ").append(s.personName()).append(" (")
                .append(s.personId()).append(")\n");
        out.append(text.get("statement.status")).append(": ").append(text.words("statementStatus", s.status()))
                .append('\n');
        out.append(text.get("statement.consent")).append(": ").append(s.consentState()).append('\n');
        out.append(text.get("statement.source")).append(": ").append(text.words("source", s.source())).append('\n');
        out.append(text.get("statement.medium")).append(": ").append(text.words("medium", s.medium())).append('\n');
        out.append(text.get("statement.attribution")).append(": ")
                .append(text.words("attribution", s.attribution())).append('\n');
        out.append(text.get("statement.incentive")).append(": ")
                .append(s.incentive() == null ? text.get("statement.incentive.none") : s.incentive()).append('\n');
        out.append(text.get("statement.sha")).append(": ").append(s.textSha256()).append('\n');
        out.append(text.get("statement.publications")).append(": ").append(s.publications()).append('\n');
        out.append(text.get("statement.recorded")).append(": ").append(text.time(s.recordedAt())).append(", ")
                .append(s.recordedBy()).append('\n');
        return out.toString();
    }

    /** The badge of the consent state: "publishable", "withdrawn" or "no consent". */
    public String badge(StatementView s) {
        if (StatementStatus.WITHDRAWN.name().equals(s.status())) {
            return text.get("badge.withdrawn");
        }
        return s.publishable() ? text.get("badge.covered") : text.get("badge.missing");
    }

    // ---------------------------------------------------------------- Commands

    private void started() {
        running++;
        busy.set(true);
    }

    private void finished() {
        running--;
        busy.set(running > 0);
    }

    public void refresh() {
        StatementStatus status = statusFilter.get();
        Long keep = selected.get() == null ? null : selected.get().id();
        started();
        executor.execute(BackgroundTask.of(text.get("task.statements"), p -> service.list(actor, status, null))
                .onSuccess(list -> {
                    rows.setAll(list);
                    selected.set(list.stream().filter(s -> keep != null && s.id() == keep).findFirst().orElse(null));
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(this::finished));
    }

    /** Records the new statement (a draft) and selects it. */
    public void recordStatement() {
        long person;
        try {
            person = Long.parseLong(newPerson.get() == null ? "" : newPerson.get().strip());
        } catch (NumberFormatException e) {
            notice.error(text.get("new.person.invalid"));
            return;
        }
        String incentive = newIncentive.get() == null || newIncentive.get().isBlank() ? null
                : newIncentive.get().strip();
        StatementDraft draft = new StatementDraft(person, null, newText.get(), newSource.get(), newMedium.get(),
                newAttribution.get(), incentive);
        started();
        executor.execute(BackgroundTask.of(text.get("task.record"), p -> {
                    long id = service.record(actor, draft);
                    return service.detail(actor, id);
                })
                .onSuccess(recorded -> {
                    notice.success(text.format("new.done", recorded.id(), recorded.personName()));
                    newPerson.set("");
                    newText.set("");
                    newIncentive.set("");
                    rows.add(0, recorded);
                    selected.set(recorded);
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(this::finished));
    }

    /** Saves the edited text; a statement that had consent goes back to awaiting consent. */
    public void saveText() {
        StatementView s = selected.get();
        if (s == null) {
            notice.error(text.get("statement.none"));
            return;
        }
        String body = editText.get();
        run(text.get("task.edit"), () -> service.edit(actor, s.id(), body), now -> text.format("edit.done", now.id(),
                text.words("statementStatus", now.status())));
    }

    /** Marks that the author has been asked to consent to the current text. */
    public void askForConsent() {
        StatementView s = selected.get();
        if (s == null) {
            notice.error(text.get("statement.none"));
            return;
        }
        run(text.get("task.ask"), () -> service.askForConsent(actor, s.id()),
                now -> text.format("ask.done", now.id()));
    }

    /** Records the author's consent to the current text in the chosen medium. */
    public void recordConsent() {
        StatementView s = selected.get();
        StatementMedium medium = consentMedium.get();
        if (s == null || medium == null) {
            notice.error(text.get(s == null ? "statement.none" : "medium.missing"));
            return;
        }
        String method = collectionMethod.get() == null || collectionMethod.get().isBlank() ? "recorded by an operator"
                : collectionMethod.get().strip();
        started();
        executor.execute(BackgroundTask.of(text.get("task.consent"), p -> {
                    long consentId = service.recordConsent(actor, s.id(), medium, method, null, null, null);
                    return new Recorded(consentId, service.detail(actor, s.id()));
                })
                .onSuccess(r -> {
                    notice.success(text.format("consent.done", r.consentId(), s.id(), text.words("medium",
                            medium.name())));
                    replace(r.statement());
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(this::finished));
    }

    private record Recorded(long consentId, StatementView statement) {
    }

    /** Publishes in the chosen medium at the given place; a refusal says why. */
    public void publish() {
        StatementView s = selected.get();
        StatementMedium medium = publishMedium.get();
        if (s == null || medium == null) {
            notice.error(text.get(s == null ? "statement.none" : "medium.missing"));
            return;
        }
        String where = place.get();
        started();
        executor.execute(BackgroundTask.of(text.get("task.publish"), p -> {
                    StatementService.Published published = service.publish(actor, s.id(), medium, where);
                    return new Done(published.ledgerSeq(), service.detail(actor, s.id()));
                })
                .onSuccess(d -> {
                    notice.success(text.format("publish.done", s.id(), text.words("medium", medium.name()),
                            where.strip(), d.ledgerSeq()));
                    place.set("");
                    replace(d.statement());
                })
                .onFailure(error -> notice.error(text.format("publish.refused", FailureReporter.messageOf(error))))
                .onFinished(this::finished));
    }

    private record Done(long ledgerSeq, StatementView statement) {
    }

    /** The author withdraws: every consent to it goes, and the take-down list is shown. */
    public void withdraw() {
        StatementView s = selected.get();
        if (s == null) {
            notice.error(text.get("statement.none"));
            return;
        }
        String way = how.get() == null ? "" : how.get().strip();
        if (way.isEmpty()) {
            notice.error(text.get("withdraw.how.missing"));
            return;
        }
        started();
        executor.execute(BackgroundTask.of(text.get("task.withdraw"), p -> {
                    TakeDownList list = service.withdraw(actor, s.id(), way);
                    return new Withdrawn(list, service.detail(actor, s.id()));
                })
                .onSuccess(w -> {
                    replace(w.statement());
                    showTakeDown(w.list());
                    notice.success(text.format("statement.withdrawn", s.id(), w.list().places().size()));
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(this::finished));
    }

    private record Withdrawn(TakeDownList list, StatementView statement) {
    }

    private void showTakeDown(TakeDownList list) {
        takeDown.setAll(list.places().stream().map(p -> text.format("takedown.line", text.words("medium", p.medium()),
                p.place(), text.time(p.publishedAt()), p.ledgerSeq())).toList());
    }

    /** A service call that answers with the statement as it now is. */
    private interface Call {
        StatementView run() throws Exception;
    }

    private void run(String title, Call call, Function<StatementView, String> message) {
        started();
        executor.execute(BackgroundTask.of(title, p -> call.run())
                .onSuccess(now -> {
                    notice.success(message.apply(now));
                    replace(now);
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(this::finished));
    }

    private void replace(StatementView now) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id() == now.id()) {
                rows.set(i, now);
            }
        }
        selected.set(now);
        editText.set(now.text());
    }

    private void selectedChanged(StatementView was, StatementView now) {
        if (now == null) {
            editText.set("");
            takeDown.clear();
            return;
        }
        editText.set(now.text());
        StatementMedium medium = StatementMedium.valueOf(now.medium());
        consentMedium.set(medium);
        publishMedium.set(medium);
        if (was == null || was.id() != now.id()) {
            takeDown.clear();
            if (StatementStatus.WITHDRAWN.name().equals(now.status())) {
                long id = now.id();
                executor.execute(BackgroundTask.of(text.get("task.statements"), p -> service.takeDownList(actor, id))
                        .onSuccess(list -> {
                            if (selected.get() != null && selected.get().id() == id) {
                                showTakeDown(list);
                            }
                        })
                        .onFailure(error -> failures.report(error, notice)));
            }
        }
    }

    public void dispose() {
        rows.clear();
        selected.set(null);
        takeDown.clear();
    }

    static List<StatementMedium> media() {
        return List.of(StatementMedium.values());
    }
}
