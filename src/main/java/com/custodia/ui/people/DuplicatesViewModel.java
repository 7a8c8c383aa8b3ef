package com.custodia.ui.people;

import com.custodia.policy.ConsentConflicts;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.DuplicateFinder;
import com.custodia.service.people.DuplicateFinder.Candidate;
import com.custodia.service.people.MergePreview;
import com.custodia.service.people.MergeResult;
import com.custodia.service.people.PersonMerger;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;

/**
 * "Possible duplicates" of the person shown, and merging one of them into this record. The
 * candidates come from {@link DuplicateFinder}; a merge is first reviewed ({@link PersonMerger#preview}:
 * what would move, and whether the two records' consents forbid it, with the reasons), then
 * confirmed and carried out against the versions reviewed. The record shown survives; the
 * candidate is merged into it. Only operators who may merge are offered the merge, and the
 * merger refuses everyone else anyway.
 */
public final class DuplicatesViewModel {

    private final PersonMerger merger;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final FailureReporter failures;
    private final PeopleText text;
    private final PersonPart<Candidate> candidates;
    private final ReadOnlyObjectWrapper<Candidate> reviewed = new ReadOnlyObjectWrapper<>(this, "reviewed");
    private final ReadOnlyObjectWrapper<MergePreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ReadOnlyStringWrapper previewText = new ReadOnlyStringWrapper(this, "previewText", "");
    private final ReadOnlyBooleanWrapper canMerge = new ReadOnlyBooleanWrapper(this, "canMerge", false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final Notice notice = new Notice();
    private long personId = -1;
    private long generation;
    private Consumer<MergeResult> onMerged = result -> { };

    DuplicatesViewModel(DuplicateFinder finder, PersonMerger merger, Principal actor, TaskExecutor executor,
                        DialogService dialogs, FailureReporter failures, PeopleText text) {
        this.merger = merger;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.failures = failures;
        this.text = text;
        this.candidates = new PersonPart<>(text.get("task.duplicates"), id -> finder.candidatesFor(actor, id),
                executor, failures);
    }

    // ---------------------------------------------------------------- Properties

    public ObservableList<Candidate> candidates() { return candidates.items(); }
    public Notice candidatesNotice() { return candidates.notice(); }
    public ReadOnlyObjectProperty<Candidate> reviewedProperty() { return reviewed.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<MergePreview> previewProperty() { return preview.getReadOnlyProperty(); }
    /** What the reviewed merge would do, or why it is refused. */
    public ReadOnlyStringProperty previewTextProperty() { return previewText.getReadOnlyProperty(); }
    /** Whether the reviewed merge may go ahead: reviewed, allowed by the consents, nothing running. */
    public ReadOnlyBooleanProperty canMergeProperty() { return canMerge.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    /** Whether to offer merging at all. */
    public boolean mayMerge() {
        return actor.may(Permission.PERSON_MERGE);
    }

    String matchText(Candidate c) {
        return c.matches().stream().map(m -> text.named("match", m)).sorted().collect(Collectors.joining(", "));
    }

    void onMerged(Consumer<MergeResult> listener) {
        this.onMerged = listener;
    }

    // ---------------------------------------------------------------- Commands

    /** Finds the person's candidates; for the same person again (after a save or merge) the last message stays. */
    void load(long id) {
        String kept = id == personId ? notice.getText() : "";
        Notice.Kind kind = notice.getKind();
        clear();
        personId = id;
        candidates.reload(id);
        if (!kept.isEmpty() && kind == Notice.Kind.SUCCESS) {
            notice.success(kept);
        }
    }

    /** Shows what merging the candidate into the person shown would do; changes nothing. */
    public void review(Candidate candidate) {
        resetReview();
        if (candidate == null || personId < 0) {
            return;
        }
        reviewed.set(candidate);
        long survivor = personId;
        long asked = generation;
        run(BackgroundTask.of(text.get("task.preview"), progress -> merger.preview(actor, survivor, candidate.id()))
                .onSuccess(p -> {
                    if (asked == generation) {
                        preview.set(p);
                        previewText.set(describe(p));
                        canMerge.set(p.allowed());
                    }
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        failures.report(error, notice);
                    }
                }));
    }

    /** Another candidate selected: a review of a different one no longer applies. */
    public void candidateSelected(Candidate candidate) {
        if (reviewed.get() != null && reviewed.get() != candidate && !busy.get()) {
            generation++;
            reviewed.set(null);
            preview.set(null);
            previewText.set("");
            canMerge.set(false);
        }
    }

    /** Asks for confirmation, then merges the reviewed candidate into the person shown. */
    public void merge() {
        MergePreview p = preview.get();
        if (p == null || !canMerge.get() || busy.get()) {
            return;
        }
        if (!dialogs.confirm(text.get("merge.confirm.title"), text.format("merge.confirm.message",
                p.merged().id(), p.survivor().id()))) {
            return;
        }
        long asked = generation;
        canMerge.set(false);
        run(BackgroundTask.of(text.get("task.merge"), progress -> merger.merge(actor, p.request()))
                .onSuccess(result -> {
                    if (asked == generation) {
                        resetReview();
                        notice.success(text.format("merge.done", result.mergedId(), result.survivorId(),
                                result.moved().values().stream().mapToInt(Integer::intValue).sum()));
                    }
                    onMerged.accept(result);
                })
                .onFailure(error -> {
                    // a refusal (consents, a record changed since the review) is the operator's to settle
                    if (asked == generation) {
                        failures.report(error, notice);
                    }
                }));
    }

    void clear() {
        generation++;
        personId = -1;
        candidates.clear();
        resetReview();
    }

    // ---------------------------------------------------------------- Plumbing

    private void resetReview() {
        generation++;
        reviewed.set(null);
        preview.set(null);
        previewText.set("");
        canMerge.set(false);
        notice.clear();
    }

    private String describe(MergePreview p) {
        if (!p.allowed()) {
            return text.format("merge.refused", p.merged().id(), p.survivor().id(), p.consentConflicts().stream()
                    .map(ConsentConflicts.Conflict::reason).collect(Collectors.joining("\n")));
        }
        String moves = p.rowsToMove().entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.comparingByKey())
                .map(e -> text.format("merge.rows", e.getValue(), text.table(e.getKey())))
                .collect(Collectors.joining(", "));
        String fields = p.proposedFromMerged().stream().sorted().map(text::field)
                .collect(Collectors.joining(", "));
        return text.format("merge.preview", p.merged().id(), p.survivor().id(),
                moves.isEmpty() ? text.get("merge.nothing") : moves, fields.isEmpty() ? text.get("value.none") : fields);
    }

    private <T> void run(BackgroundTask<T> task) {
        busy.set(true);
        executor.execute(task.onFinished(() -> busy.set(false)));
    }
}
