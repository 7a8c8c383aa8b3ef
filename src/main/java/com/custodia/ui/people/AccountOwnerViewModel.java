package com.custodia.ui.people;

import com.custodia.service.auth.Principal;
import com.custodia.service.people.AccountOwnerChangedException;
import com.custodia.service.people.AccountOwners;
import com.custodia.service.people.AccountOwners.Owner;
import com.custodia.service.people.AccountOwners.Ownership;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The person's account owner on the profile (decision 0028), without its nodes: who owns the
 * customer, in words, and — for an operator who may change it — the sales representatives to choose
 * from and Set owner. A sales representative is offered themselves for a customer nobody owns;
 * administrators and privacy officers every active sales representative. Whoever may not change it
 * sees it read-only. The change is checked against the owner shown: when someone changed it
 * meanwhile, nothing is written and the field shows the new owner with the reason.
 */
public final class AccountOwnerViewModel {

    /** One entry of the choice: an owner, or nobody ({@code owner} null). */
    public record Choice(Owner owner, String label) {
        Long operatorId() {
            return owner == null ? null : owner.operatorId();
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final AccountOwners owners;
    private final Principal actor;
    private final TaskExecutor executor;
    private final FailureReporter failures;
    private final PeopleText text;

    private final ReadOnlyObjectWrapper<Ownership> ownership = new ReadOnlyObjectWrapper<>(this, "ownership");
    private final ReadOnlyStringWrapper ownerText = new ReadOnlyStringWrapper(this, "ownerText", "");
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObservableList<Choice> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);
    private final ObjectProperty<Choice> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper changeable = new ReadOnlyBooleanWrapper(this, "changeable", false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Notice notice = new Notice();
    private long generation;
    private Runnable onChanged = () -> { };

    AccountOwnerViewModel(AccountOwners owners, Principal actor, TaskExecutor executor, FailureReporter failures,
                          PeopleText text) {
        this.owners = owners;
        this.actor = actor;
        this.executor = executor;
        this.failures = failures;
        this.text = text;
        selected.addListener((o, was, now) -> dirty.set(ownership.get() != null && now != null
                && !Objects.equals(now.operatorId(), ownership.get().ownerId())));
    }

    // ---------------------------------------------------------------- Properties

    /** The ownership as last read or saved; null while none is. */
    public ReadOnlyObjectProperty<Ownership> ownershipProperty() { return ownership.getReadOnlyProperty(); }
    /** "Sam Seller (sam)", "Nobody", or empty before it is read. */
    public ReadOnlyStringProperty ownerTextProperty() { return ownerText.getReadOnlyProperty(); }
    /** Nobody first, then the owners the operator may choose; empty when they may not change it. */
    public ObservableList<Choice> choices() { return readOnlyChoices; }
    public ObjectProperty<Choice> selectedProperty() { return selected; }
    /** Whether the operator may change the owner of the person shown. */
    public ReadOnlyBooleanProperty changeableProperty() { return changeable.getReadOnlyProperty(); }
    /** Whether the choice differs from the owner shown. */
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    /** Whether the person shown is a customer of the signed-in operator. */
    public boolean ownedByActor() {
        Ownership o = ownership.get();
        return o != null && o.ownedBy(actor.operatorId());
    }

    /** Called whenever the ownership shown changed: read, saved, or found changed by someone else. */
    void onChanged(Runnable listener) {
        this.onChanged = listener;
    }

    // ---------------------------------------------------------------- Commands

    void load(long personId) {
        clear();
        long asked = generation;
        executor.execute(BackgroundTask.of(text.get("task.owner"), progress -> owners.of(actor, personId))
                .onSuccess(read -> {
                    if (asked == generation) {
                        show(read);
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        failures.report(error, notice);
                    }
                }));
    }

    /** Makes the chosen sales representative (or nobody) the owner, against the owner shown. */
    public void assign() {
        Ownership shown = ownership.get();
        Choice chosen = selected.get();
        if (shown == null || chosen == null || !dirty.get() || busy.get()) {
            return;
        }
        notice.clear();
        busy.set(true);
        long asked = generation;
        executor.execute(BackgroundTask.of(text.get("task.ownerSave"),
                        progress -> owners.assign(actor, shown.personId(), shown.ownerId(), chosen.operatorId()))
                .onSuccess(saved -> {
                    if (asked == generation) {
                        show(saved);
                        notice.success(text.format("owner.saved", describe(saved.owner())));
                    }
                })
                .onFailure(error -> {
                    if (asked != generation) {
                        return;
                    }
                    if (error instanceof AccountOwnerChangedException changed) {
                        show(changed.current());
                        notice.error(changed.getMessage());
                    } else {
                        failures.report(error, notice);
                    }
                })
                .onFinished(() -> {
                    if (asked == generation) {
                        busy.set(false);
                    }
                }));
    }

    /** Back to the owner shown. */
    public void revert() {
        Ownership shown = ownership.get();
        if (shown != null) {
            select(shown.ownerId());
        }
    }

    void clear() {
        generation++;
        ownership.set(null);
        ownerText.set("");
        choices.clear();
        selected.set(null);
        changeable.set(false);
        dirty.set(false);
        busy.set(false);
        notice.clear();
    }

    // ---------------------------------------------------------------- Plumbing

    private void show(Ownership read) {
        ownership.set(read);
        ownerText.set(describe(read.owner()));
        changeable.set(read.changeable());
        List<Choice> offered = new ArrayList<>();
        if (read.changeable()) {
            offered.add(new Choice(null, text.get("owner.nobody")));
            read.choices().forEach(o -> offered.add(new Choice(o, describe(o))));
            // an owner who may no longer own (disabled, role taken away) stays visible as the current choice
            if (read.owner() != null && read.choices().stream().noneMatch(o -> o.operatorId() == read.ownerId())) {
                offered.add(new Choice(read.owner(), describe(read.owner())));
            }
        }
        choices.setAll(offered);
        select(read.ownerId());
        onChanged.run();
    }

    private void select(Long operatorId) {
        selected.set(choices.stream().filter(c -> Objects.equals(c.operatorId(), operatorId)).findFirst()
                .orElse(null));
        dirty.set(false);
    }

    private String describe(Owner owner) {
        return owner == null ? text.get("owner.nobody") : text.format("owner.name", owner.displayName(),
                owner.username());
    }
}
