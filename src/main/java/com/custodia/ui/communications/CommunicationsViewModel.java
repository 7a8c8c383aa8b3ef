package com.custodia.ui.communications;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.MessageClass;
import com.custodia.policy.EmailEligibility.Ground;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.communications.Audience;
import com.custodia.service.communications.MailingLists;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.people.PersonExportService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import com.custodia.ui.common.TaskProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
 * The Communications screen without its nodes (promises P9 and P10): pick a class of email and
 * see, counted over every person, how many the vendor may send it to and why the others are
 * left out; then, for those who export persons, write the mailing list through the disclosure
 * gate. Counting starts when the class changes; one task runs at a time, with progress and Cancel.
 */
public final class CommunicationsViewModel {

    /** The bases a mailing list can go out on: the vendor's own mail team, or a mail service the persons consented to. */
    public static final List<LegalBasis> BASES = List.of(LegalBasis.INTERNAL_USE, LegalBasis.CONSENT);

    private final MailingLists lists;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Clock clock;
    private final CommunicationsText text;
    private final FailureReporter failures;

    private final ObjectProperty<MessageClass> messageClass = new SimpleObjectProperty<>(this, "messageClass");
    private final ObservableList<AudienceRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Audience> audience = new ReadOnlyObjectWrapper<>(this, "audience");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final StringProperty recipient = new SimpleStringProperty(this, "recipient", "");
    private final ObjectProperty<LegalBasis> basis = new SimpleObjectProperty<>(this, "basis", LegalBasis.INTERNAL_USE);
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final StringProperty purpose = new SimpleStringProperty(this, "purpose", "");
    private final TaskProgress task = new TaskProgress();
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper(this, "exporting", false);
    private final Notice notice = new Notice();
    private Path lastFolder;
    private boolean disposed;

    public CommunicationsViewModel(MailingLists lists, Principal actor, TaskExecutor executor, DialogService dialogs,
                                   Clock clock, CommunicationsText text) {
        this.lists = lists;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.clock = clock;
        this.text = text;
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
        messageClass.addListener((o, old, now) -> {
            if (now != null && now != old) {
                purpose.set(text.format("export.purpose.default", text.messageClass(now)));
                count();
            }
        });
    }

    // ---------------------------------------------------------------- Properties

    public ObjectProperty<MessageClass> messageClassProperty() { return messageClass; }
    public ObservableList<AudienceRow> rows() { return rows; }
    /** The last audience counted, for the class it was counted for; null before the first count. */
    public ReadOnlyObjectProperty<Audience> audienceProperty() { return audience.getReadOnlyProperty(); }
    /** "2 of 5 persons may receive feature news (40 %). Counted …" */
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
    public StringProperty recipientProperty() { return recipient; }
    public ObjectProperty<LegalBasis> basisProperty() { return basis; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty purposeProperty() { return purpose; }
    /** While a mailing list is written: the class cannot change under it. */
    public ReadOnlyBooleanProperty exportingProperty() { return exporting.getReadOnlyProperty(); }
    /** The running count or export: progress, message and Cancel. */
    public TaskProgress task() { return task; }
    public Notice notice() { return notice; }

    /** Whether the operator may write mailing lists (privacy officers); others only count. */
    public boolean mayExport() {
        return actor.may(Permission.PERSON_EXPORT);
    }

    // ---------------------------------------------------------------- Commands

    /** Opens on the first optional class, the one people most often ask about. */
    public void open() {
        messageClass.set(MessageClass.FEATURES);
    }

    /** Counts the audience of the chosen class in the background, stopping a count already running. */
    public void count() {
        MessageClass chosen = messageClass.get();
        if (chosen == null || disposed || exporting.get()) {
            return;
        }
        if (task.isRunning()) {
            task.cancel();
        }
        notice.clear();
        rows.clear();
        audience.set(null);
        summary.set("");
        executor.execute(task.track(BackgroundTask.of(text.get("task.count"),
                        p -> lists.audience(actor, chosen, p)))
                .onSuccess(this::show)
                .onFailure(this::failed)
                .onFinished(task::finished));
    }

    /** Asks where, then writes the mailing list of the counted class; nothing happens without a file. */
    public void export() {
        Audience counted = audience.get();
        if (task.isRunning() || counted == null || !mayExport()) {
            return;
        }
        notice.clear();
        if (recipient.get() == null || recipient.get().isBlank()) {
            notice.error(text.get("export.recipientMissing"));
            return;
        }
        if (purpose.get() == null || purpose.get().isBlank()) {
            notice.error(text.get("export.purposeMissing"));
            return;
        }
        Path initial = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        String suggested = "mailing-" + counted.messageClass().name().toLowerCase(Locale.ROOT) + "-"
                + LocalDate.now(clock.withZone(ZoneOffset.UTC)) + ".csv";
        Optional<Path> chosen = dialogs.chooseSaveFile(text.get("export.choose"), initial, suggested);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get().toAbsolutePath();
        lastFolder = target.getParent();
        if (Files.exists(target) && !dialogs.confirm(text.get("export.replace.title"),
                text.format("export.replace.message", target))) {
            return;
        }
        LegalBasis chosenBasis = basis.get() == null ? LegalBasis.INTERNAL_USE : basis.get();
        var to = new PersonExportService.Recipient(PersonExportService.defaultKind(chosenBasis),
                recipient.get().strip(), null, chosenBasis, blankToNull(reference.get()), purpose.get().strip());
        MessageClass what = counted.messageClass();
        // a cancel that comes after the gate released the file must not read as "nothing handed over"
        AtomicReference<Disclosed> released = new AtomicReference<>();
        exporting.set(true);
        executor.execute(task.track(BackgroundTask.of(text.get("task.export"), p -> {
                    Disclosed done = lists.export(actor, what, to, target, p);
                    released.set(done);
                    return done;
                }))
                .onSuccess(done -> exported(target, done))
                .onCancelled(() -> {
                    if (released.get() != null) {
                        exported(target, released.get());
                    } else {
                        notice.info(text.get("export.cancelled"));
                    }
                })
                .onFailure(this::failed)
                .onFinished(() -> {
                    exporting.set(false);
                    task.finished();
                }));
    }

    /** Stops the running count or export; an export whose ledger entry is committed still writes its file. */
    public void cancel() {
        task.cancel();
    }

    public void dispose() {
        disposed = true;
        cancel();
        rows.clear();
    }

    // ---------------------------------------------------------------- Results

    private void show(Audience counted) {
        if (counted.messageClass() != messageClass.get()) {
            return;
        }
        audience.set(counted);
        List<AudienceRow> shown = new ArrayList<>();
        for (Ground ground : order(counted.messageClass())) {
            long n = counted.count(ground);
            shown.add(new AudienceRow(ground, text.get("ground." + ground.name()),
                    text.format("ground." + ground.name() + ".why", text.messageClass(counted.messageClass())), n,
                    counted.persons() == 0 ? 0 : (double) n / counted.persons()));
        }
        rows.setAll(shown);
        double share = counted.persons() == 0 ? 0 : (double) counted.eligible() / counted.persons();
        summary.set(text.format("summary", counted.eligible(), counted.persons(),
                text.messageClass(counted.messageClass()), text.percent(share), text.time(clock.instant())));
    }

    /** The grounds a class can have, those that allow first: a mandatory class cannot be declined. */
    static List<Ground> order(MessageClass messageClass) {
        return messageClass.mandatory()
                ? List.of(Ground.MANDATORY, Ground.NO_EMAIL, Ground.NO_POINT_OF_CONTACT)
                : List.of(Ground.NOT_DECLINED, Ground.DECLINED, Ground.NO_EMAIL, Ground.NO_POINT_OF_CONTACT);
    }

    private void exported(Path target, Disclosed done) {
        notice.success(text.format("export.done", target.getFileName(), done.ledgerSeq(), done.payloadSha256(),
                target.getParent()));
    }

    private void failed(Throwable error) {
        if (!disposed) {
            failures.report(error, notice);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
