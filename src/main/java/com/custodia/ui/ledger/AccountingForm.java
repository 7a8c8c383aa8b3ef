package com.custodia.ui.ledger;

import com.custodia.ui.common.Notice;
import com.custodia.ui.common.FailureReporter;

import com.custodia.domain.LegalBasis;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.ledger.AccountingFormat;
import com.custodia.service.ledger.AccountingService;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.service.people.PersonExportService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The side panel that delivers one person's accounting as a PDF or JSON file. For the vendor's
 * records it goes to the privacy office on the basis of internal use; to the person themselves it
 * needs their access request, which the disclosure rules check (and refuse until requests exist).
 */
public final class AccountingForm {

    /** The bases an accounting is delivered on. */
    public static final List<LegalBasis> BASES = List.of(LegalBasis.INTERNAL_USE, LegalBasis.SUBJECT_REQUEST);

    private final AccountingService accounting;
    private final LedgerReader reader;
    private final Principal actor;
    private final TaskExecutor executor;
    private final LedgerText text;
    private final FailureReporter failures;
    private final FileTarget target;
    private final LongConsumer delivered;

    private final StringProperty personId = new SimpleStringProperty(this, "personId", "");
    private final ObjectProperty<AccountingFormat> format = new SimpleObjectProperty<>(this, "format", AccountingFormat.PDF);
    private final ObjectProperty<LegalBasis> basis = new SimpleObjectProperty<>(this, "basis", LegalBasis.INTERNAL_USE);
    private final StringProperty recipient = new SimpleStringProperty(this, "recipient", "");
    private final StringProperty reference = new SimpleStringProperty(this, "reference", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);
    private final BooleanBinding subjectRequest = Bindings.equal(LegalBasis.SUBJECT_REQUEST, basis);
    private final Notice notice = new Notice();

    AccountingForm(AccountingService accounting, LedgerReader reader, Principal actor, TaskExecutor executor,
                   LedgerText text, FailureReporter failures, FileTarget target, LongConsumer delivered) {
        this.accounting = accounting;
        this.reader = reader;
        this.actor = actor;
        this.executor = executor;
        this.text = text;
        this.failures = failures;
        this.target = target;
        this.delivered = delivered;
        String internal = text.get("accounting.recipient.internal");
        recipient.set(internal);
        format.addListener((o, old, now) -> target.ensureExtension(now.extension(), old.extension()));
        // the privacy office is the recipient of the internal copy only; the person is named by the operator
        basis.addListener((o, old, now) -> {
            if (now == LegalBasis.SUBJECT_REQUEST && internal.equals(recipient.get())) {
                recipient.set("");
            } else if (now == LegalBasis.INTERNAL_USE && recipient.get().isBlank()) {
                recipient.set(internal);
            }
        });
    }

    // ---------------------------------------------------------------- Properties

    public StringProperty personIdProperty() { return personId; }
    public ObjectProperty<AccountingFormat> formatProperty() { return format; }
    public ObjectProperty<LegalBasis> basisProperty() { return basis; }
    public StringProperty recipientProperty() { return recipient; }
    public StringProperty referenceProperty() { return reference; }
    public StringProperty targetProperty() { return target.pathProperty(); }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    /** True when the person themselves is the recipient: the view then explains why that is refused for now. */
    public BooleanBinding subjectRequestProperty() { return subjectRequest; }

    // ---------------------------------------------------------------- Commands

    /** Starts a new accounting, for the given person when one is known. */
    void open(Long person) {
        notice.clear();
        personId.set(person == null ? "" : Long.toString(person));
    }

    public void chooseTarget() {
        target.choose(text.get("accounting.chooseTitle"));
        target.ensureExtension(format.get().extension(), "pdf", "json");
    }

    public void deliver() {
        notice.clear();
        Long person = LedgerViewModel.parseId(personId.get());
        if (person == null) {
            notice.error(personId.get().isBlank() ? text.get("accounting.personMissing")
                    : text.format("filter.badPerson", personId.get().strip()));
            return;
        }
        target.ensureExtension(format.get().extension(), "pdf", "json");
        Path file = target.current().orElse(null);
        if (file == null) {
            notice.error(text.get("accounting.targetMissing"));
            return;
        }
        if (!target.mayWrite(file)) {
            return;
        }
        AccountingFormat chosen = format.get();
        LegalBasis on = basis.get();
        var to = new AccountingService.Recipient(PersonExportService.defaultKind(on), recipient.get().strip(), null, on,
                reference.get().isBlank() ? null : reference.get().strip());
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("accounting.task"), progress -> {
                    Disclosed done = accounting.deliver(actor, person, chosen, file, to, progress);
                    return new Outcome(done, reader.heldBack(actor, person));
                })
                .onSuccess(outcome -> done(person, file, outcome))
                .onFailure(error -> refused(error, on))
                .onFinished(() -> busy.set(false)));
    }

    // ---------------------------------------------------------------- Outcomes

    /** The delivery and how many entries the accounting had to leave out; the latter only the holder sees. */
    private record Outcome(Disclosed disclosed, long heldBack) {
    }

    private void done(long person, Path file, Outcome outcome) {
        String message = text.format("accounting.done", Long.toString(person), file,
                Long.toString(outcome.disclosed().ledgerSeq()), outcome.disclosed().payloadSha256());
        if (outcome.heldBack() > 0) {
            message += " " + text.format("accounting.heldBack", outcome.heldBack());
        }
        notice.success(message);
        delivered.accept(outcome.disclosed().ledgerSeq());
    }

    private void refused(Throwable error, LegalBasis on) {
        if (error instanceof DisclosureRefusedException && on == LegalBasis.SUBJECT_REQUEST) {
            notice.error(text.format("accounting.subjectRequestRefused", FailureReporter.messageOf(error)));
        } else {
            failures.report(error, notice);
        }
    }
}
