package com.custodia.ui.people;

import com.custodia.domain.MessageClass;
import com.custodia.domain.PointOfContactReason;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.communications.ChoiceConflictException;
import com.custodia.service.communications.CommunicationService;
import com.custodia.service.people.PersonRecordViews.PreferenceView;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.people.DetailLists.Preference;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.function.LongSupplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;

/**
 * What the operator records in a person's Communications tab (promises P9 and P10): the person's
 * choice for the message class selected in the preferences table, saying how the person told us,
 * and a point of contact. Both run on a worker and then list again what they changed. A choice
 * recorded on another workstation after this one listed the preferences is shown in the notice
 * and listed, never overwritten.
 */
public final class CommunicationActions {

    /** Bundle keys ({@code choice.way.*}) of the usual ways a person tells us; anything else may be typed. */
    private static final List<String> WAYS = List.of("phone", "email", "letter", "webForm", "unsubscribeLink",
            "inPerson");

    private final CommunicationService service;
    private final Principal actor;
    private final TaskExecutor executor;
    private final FailureReporter failures;
    private final PeopleText text;
    private final DetailLists lists;
    private final LongSupplier personShown;
    private final Clock clock;

    private final ReadOnlyObjectWrapper<Preference> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final StringProperty how = new SimpleStringProperty(this, "how", "");
    private final ReadOnlyBooleanWrapper choosing = new ReadOnlyBooleanWrapper(this, "choosing", false);
    private final BooleanBinding canDecline;
    private final BooleanBinding canSubscribe;
    private final Notice choiceNotice = new Notice();

    private final ObjectProperty<PointOfContactReason> reason = new SimpleObjectProperty<>(this, "reason");
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final ReadOnlyBooleanWrapper logging = new ReadOnlyBooleanWrapper(this, "logging", false);
    private final Notice contactNotice = new Notice();

    /** The class to select again once the preferences are listed anew after a choice. */
    private MessageClass reselect;
    private LongConsumer onRecorded = id -> { };

    CommunicationActions(CommunicationService service, Principal actor, TaskExecutor executor,
                         FailureReporter failures, PeopleText text, DetailLists lists, LongSupplier personShown,
                         Clock clock) {
        this.service = service;
        this.actor = actor;
        this.executor = executor;
        this.failures = failures;
        this.text = text;
        this.lists = lists;
        this.personShown = personShown;
        this.clock = clock;
        this.date.set(today());
        this.canDecline = Bindings.createBooleanBinding(() -> offered(false), selected, choosing);
        this.canSubscribe = Bindings.createBooleanBinding(() -> offered(true), selected, choosing);
        lists.preferences().items().addListener((ListChangeListener<Preference>) change -> selectAgain());
    }

    // ---------------------------------------------------------------- Properties

    /** Whether the operator may record a person's choices at all; the controls are not offered otherwise. */
    public boolean mayChoose() {
        return actor.may(Permission.PERSON_EDIT);
    }

    /** Whether the operator may log points of contact; the controls are not offered otherwise. */
    public boolean mayLog() {
        return actor.may(Permission.CONTACT_LOG);
    }

    /** The message class the choice is for: the row selected in the preferences table. */
    public ReadOnlyObjectProperty<Preference> selectedProperty() { return selected.getReadOnlyProperty(); }
    /** How the person told us ("phone call"), as picked or typed. */
    public StringProperty howProperty() { return how; }
    /** The usual ways, offered in the "how" box. */
    public List<String> ways() { return WAYS.stream().map(w -> text.get("choice.way." + w)).toList(); }
    /** Offered for an optional class not declined already. */
    public BooleanBinding canDecline() { return canDecline; }
    /** Offered unless the class is already recorded as subscribed. */
    public BooleanBinding canSubscribe() { return canSubscribe; }
    public ReadOnlyBooleanProperty choosingProperty() { return choosing.getReadOnlyProperty(); }
    public Notice choiceNotice() { return choiceNotice; }

    public List<PointOfContactReason> reasons() { return List.of(PointOfContactReason.values()); }
    /** A reason in words, for the reason box. */
    public String reasonText(PointOfContactReason value) { return text.named("reason", value); }
    public ObjectProperty<PointOfContactReason> reasonProperty() { return reason; }
    /** The day of the contact, stored as its start in UTC; today (UTC) unless changed. */
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public StringProperty noteProperty() { return note; }
    public ReadOnlyBooleanProperty loggingProperty() { return logging.getReadOnlyProperty(); }
    public Notice contactNotice() { return contactNotice; }

    /** Called with the person's id after a choice or a contact is stored: the tabs' counts changed. */
    void onRecorded(LongConsumer listener) {
        this.onRecorded = listener;
    }

    // ---------------------------------------------------------------- Commands

    /** The operator selected a row of the preferences table (null for none). */
    public void select(Preference preference) {
        selected.set(preference);
    }

    /** Records that the person declined the selected class. */
    public void decline() {
        choose(false);
    }

    /** Records that the person wants the selected class (again). */
    public void subscribe() {
        choose(true);
    }

    /** Logs a point of contact of the given reason on the chosen day, with the note if any. */
    public void logContact() {
        long id = personShown.getAsLong();
        if (id < 0) {
            return;
        }
        PointOfContactReason why = reason.get();
        LocalDate day = date.get();
        if (why == null) {
            contactNotice.error(text.get("contact.reason.missing"));
            return;
        }
        if (day == null) {
            contactNotice.error(text.get("contact.date.missing"));
            return;
        }
        if (day.isAfter(today())) {
            contactNotice.error(text.get("contact.date.future"));
            return;
        }
        Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        String written = note.get();
        logging.set(true);
        executor.execute(BackgroundTask.of(text.get("task.contact"),
                        p -> service.logPointOfContact(actor, id, why, at, written))
                .onSuccess(logged -> {
                    if (personShown.getAsLong() == id) {
                        note.set("");
                        contactNotice.success(text.format("contact.logged", reasonText(logged.reason()),
                                day.toString()));
                        lists.pointsOfContact().reload(id);
                        lists.preferences().reload(id);
                        lists.history().refresh(id);
                        onRecorded.accept(id);
                    }
                })
                .onFailure(error -> {
                    if (personShown.getAsLong() == id) {
                        failures.report(error, contactNotice);
                    }
                })
                .onFinished(() -> logging.set(false)));
    }

    /** Another person is shown: forget the selection, the notices and the note. */
    void clear() {
        reselect = null;
        selected.set(null);
        choiceNotice.clear();
        contactNotice.clear();
        note.set("");
        date.set(today());
    }

    // ---------------------------------------------------------------- Plumbing

    private void choose(boolean subscribed) {
        long id = personShown.getAsLong();
        Preference row = selected.get();
        if (id < 0) {
            return;
        }
        if (row == null) {
            choiceNotice.error(text.get("choice.none"));
            return;
        }
        String way = how.get() == null ? "" : how.get().strip();
        if (way.isEmpty()) {
            choiceNotice.error(text.get("choice.how.missing"));
            return;
        }
        PreferenceView seen = row.choice();
        String className = text.named("messageClass", seen.messageClass());
        choosing.set(true);
        executor.execute(BackgroundTask.of(text.get("task.choice"),
                        p -> service.recordChoice(actor, id, seen, subscribed, way))
                .onSuccess(stored -> {
                    if (personShown.getAsLong() == id) {
                        choiceNotice.success(text.format(stored.subscribed() ? "choice.subscribed" : "choice.declined",
                                className, stored.source()));
                        listAgain(id, seen.messageClass());
                        lists.history().refresh(id);
                        onRecorded.accept(id);
                    }
                })
                .onFailure(error -> {
                    if (personShown.getAsLong() != id) {
                        return;
                    }
                    if (error instanceof ChoiceConflictException conflict) {
                        // the operator decided on what they saw, which is no longer what is stored: show it
                        choiceNotice.error(conflict.getMessage());
                        listAgain(id, seen.messageClass());
                    } else {
                        failures.report(error, choiceNotice);
                    }
                })
                .onFinished(() -> choosing.set(false)));
    }

    /** Lists the preferences again and selects the same class in the new list. */
    private void listAgain(long id, MessageClass messageClass) {
        reselect = messageClass;
        lists.preferences().reload(id);
    }

    private void selectAgain() {
        if (reselect == null || lists.preferences().items().isEmpty()) {
            return;
        }
        MessageClass wanted = reselect;
        reselect = null;
        selected.set(lists.preferences().items().stream().filter(p -> p.choice().messageClass() == wanted)
                .findFirst().orElse(null));
    }

    private boolean offered(boolean subscribe) {
        Preference row = selected.get();
        if (!mayChoose() || row == null || choosing.get()) {
            return false;
        }
        PreferenceView choice = row.choice();
        boolean recordedAs = choice.recorded() && choice.subscribed() == subscribe;
        return subscribe ? !recordedAs : !choice.mandatory() && !recordedAs;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
