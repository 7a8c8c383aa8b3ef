package com.custodia.ui.people;

import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.policy.Permission;
import com.custodia.policy.PersonValidation;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.EditConflict;
import com.custodia.service.people.EditConflictException;
import com.custodia.service.people.InvalidPersonException;
import com.custodia.service.people.LoadedPerson;
import com.custodia.service.people.PersonEditor;
import com.custodia.service.people.PersonForm;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

/**
 * The Profile tab without its nodes: the person's fields as editable properties, a problem per
 * field beside it, Save and Revert. Saving runs on a worker through {@link PersonEditor}, which
 * checks the version the form was loaded at: when another workstation saved meanwhile, the
 * {@link #conflictProperty() conflict} is set for the dialog, and only the operator's choices in
 * it are saved, against the version the dialog showed. Nothing is ever written over a colleague's
 * change without the operator having seen it.
 */
public final class ProfileViewModel {

    private final PersonEditor editor;
    private final Principal actor;
    private final TaskExecutor executor;
    private final FailureReporter failures;
    private final PeopleText text;

    private final ObjectProperty<PersonKind> kind = new SimpleObjectProperty<>(this, "kind");
    private final Map<PersonField, StringProperty> values = new EnumMap<>(PersonField.class);
    private final Map<PersonField, ReadOnlyStringWrapper> problems = new EnumMap<>(PersonField.class);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private final ReadOnlyStringWrapper versionText = new ReadOnlyStringWrapper(this, "versionText", "");
    private final ReadOnlyObjectWrapper<ConflictViewModel> conflict = new ReadOnlyObjectWrapper<>(this, "conflict");
    private final Notice notice = new Notice();
    /** What the form was loaded from (or last saved as): the version a save is checked against. */
    private LoadedPerson base;
    private long generation;
    /** Set once a save was refused for invalid fields: from then on every edit checks the fields again. */
    private boolean checking;
    private boolean filling;
    private Consumer<LoadedPerson> onSaved = saved -> { };

    ProfileViewModel(PersonEditor editor, Principal actor, TaskExecutor executor, FailureReporter failures,
                     PeopleText text) {
        this.editor = editor;
        this.actor = actor;
        this.executor = executor;
        this.failures = failures;
        this.text = text;
        for (PersonField f : PersonField.values()) {
            problems.put(f, new ReadOnlyStringWrapper(this, "problem" + f.name(), ""));
            if (f != PersonField.KIND) {
                StringProperty value = new SimpleStringProperty(this, f.name(), "");
                value.addListener((o, was, now) -> edited());
                values.put(f, value);
            }
        }
        kind.addListener((o, was, now) -> edited());
    }

    // ---------------------------------------------------------------- Properties

    public ObjectProperty<PersonKind> kindProperty() { return kind; }
    /** A text field of the form; not for {@link PersonField#KIND}, which is {@link #kindProperty()}. */
    public StringProperty value(PersonField field) { return values.get(field); }
    /** What is wrong with the field, in a sentence naming it; empty when nothing is. */
    public ReadOnlyStringProperty problem(PersonField field) { return problems.get(field).getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty loadedProperty() { return loaded.getReadOnlyProperty(); }
    /** Whether the form differs from what was loaded or last saved. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
    public ReadOnlyStringProperty versionTextProperty() { return versionText.getReadOnlyProperty(); }
    /** Set when a save met another workstation's change; the view shows the dialog for it. */
    public ReadOnlyObjectProperty<ConflictViewModel> conflictProperty() { return conflict.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    /** Whether to offer editing at all; the editor refuses anyway. */
    public boolean editable() {
        return actor.may(Permission.PERSON_EDIT);
    }

    /** Called with every profile saved, after the form shows it. */
    void onSaved(Consumer<LoadedPerson> listener) {
        this.onSaved = listener;
    }

    // ---------------------------------------------------------------- Commands

    void load(long personId) {
        clear();
        long asked = generation;
        executor.execute(BackgroundTask.of(text.get("task.profile"), progress -> editor.load(actor, personId))
                .onSuccess(person -> {
                    if (asked == generation) {
                        show(person);
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        failures.report(error, notice);
                    }
                }));
    }

    public void save() {
        if (base == null || saving.get()) {
            return;
        }
        notice.clear();
        LoadedPerson against = base;
        PersonForm mine = form();
        store(text.get("task.save"), progress -> editor.save(actor, against, mine));
    }

    /** Back to what was loaded or last saved. */
    public void revert() {
        if (base != null) {
            notice.clear();
            checking = false;
            show(base);
        }
    }

    /** Saves the dialog's choices against the version it showed; a newer change opens the dialog again. */
    public void applyConflict() {
        ConflictViewModel open = conflict.get();
        if (open == null || !open.decidedProperty().get() || saving.get()) {
            return;
        }
        Map<PersonField, EditConflict.Side> choices = open.choices();
        PersonForm resolved = open.conflict().resolve(choices);
        conflict.set(null);
        // the form now holds the choices and stands on their version: should this save fail, the
        // next one is checked against theirs, not against what the operator first loaded
        base = open.conflict().theirs();
        fill(resolved);
        store(text.get("task.resolve"), progress -> editor.resolve(actor, open.conflict(), choices));
    }

    /**
     * Closes the dialog without saving. The form keeps the operator's values and the version it
     * was loaded at, so the next Save meets the same change again rather than overwriting it.
     */
    public void dismissConflict() {
        if (conflict.get() != null) {
            conflict.set(null);
            notice.info(text.get("conflict.dismissed"));
        }
    }

    void clear() {
        generation++;
        base = null;
        checking = false;
        conflict.set(null);
        notice.clear();
        saving.set(false);
        fill(null);
        loaded.set(false);
        versionText.set("");
    }

    // ---------------------------------------------------------------- Plumbing

    private void store(String title, BackgroundTask.Work<LoadedPerson> work) {
        long asked = generation;
        saving.set(true);
        executor.execute(BackgroundTask.of(title, work)
                .onSuccess(saved -> {
                    if (asked == generation) {
                        checking = false;
                        show(saved);
                        notice.success(text.format("profile.saved", saved.id(), saved.version()));
                    }
                    onSaved.accept(saved);
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        refused(error);
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        saving.set(false);
                    }
                }));
    }

    private void refused(Throwable error) {
        if (error instanceof EditConflictException e) {
            notice.error(text.get("conflict.notice"));
            conflict.set(new ConflictViewModel(e.conflict(), text));
        } else if (error instanceof InvalidPersonException e) {
            checking = true;
            showProblems(e.problems());
            notice.error(text.format("profile.invalid", e.problems().size()));
        } else {
            failures.report(error, notice);
        }
    }

    private void show(LoadedPerson person) {
        base = person;
        fill(person.form());
        loaded.set(true);
        versionText.set(text.format("profile.version", person.id(), person.version()));
    }

    private void fill(PersonForm form) {
        filling = true;
        try {
            kind.set(form == null ? null : form.kind());
            values.forEach((f, p) -> p.set(form == null || form.get(f) == null ? "" : form.get(f)));
        } finally {
            filling = false;
        }
        edited();
    }

    private void edited() {
        if (filling) {
            return;
        }
        dirty.set(base != null && !form().tidy().equals(base.form().tidy()));
        if (checking) {
            showProblems(PersonValidation.check(form().tidy().values()));
        } else {
            problems.values().forEach(p -> p.set(""));
        }
    }

    private void showProblems(List<PersonValidation.Problem> found) {
        problems.values().forEach(p -> p.set(""));
        found.forEach(p -> problems.get(p.field()).set(p.message()));
    }

    /** The form as typed. */
    PersonForm form() {
        Map<PersonField, String> typed = new EnumMap<>(PersonField.class);
        values.forEach((f, p) -> typed.put(f, p.get()));
        PersonForm form = PersonForm.of(typed);
        return new PersonForm(kind.get(), form.firstName(), form.lastName(), form.company(), form.email(),
                form.phone(), form.street(), form.city(), form.postalCode(), form.country(), form.language(),
                form.status(), form.notes());
    }
}
