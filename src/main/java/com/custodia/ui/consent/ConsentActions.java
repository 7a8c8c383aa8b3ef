package com.custodia.ui.consent;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentReceipts;
import com.custodia.service.consent.ConsentService;
import com.custodia.service.consent.ConsentService.ConsentView;
import com.custodia.service.consent.ReceiptFormat;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What can be done to one consent, the same on the consents screen and in a person's Consents
 * tab: withdraw it (one action, saying how the person withdrew) and export its receipt as JSON or
 * PDF. The export is a disclosure to the person: the service records the ledger entry first and
 * only then writes the file, and the notice names the entry.
 */
public final class ConsentActions {

    /** The ways a person usually withdraws, offered in the "how" box; anything else may be typed. */
    public static final List<String> WITHDRAWAL_WAYS = List.of("email", "telephone", "letter", "web form",
            "in person");

    private final ConsentService consents;
    private final ConsentReceipts receipts;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final ConsentText text;
    private final FailureReporter failures;
    private final Notice notice;
    private final StringProperty how = new SimpleStringProperty(this, "how", WITHDRAWAL_WAYS.get(0));
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy", false);

    public ConsentActions(ConsentService consents, ConsentReceipts receipts, Principal actor, TaskExecutor executor,
                          DialogService dialogs, ConsentText text, Notice notice) {
        this.consents = consents;
        this.receipts = receipts;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.text = text;
        this.notice = notice;
        this.failures = new FailureReporter(dialogs, text.get("error.title"));
    }

    /** Only privacy officers withdraw consents and hand receipts out; the services decide again. */
    public boolean mayManage() {
        return actor.may(Permission.CONSENT_MANAGE);
    }

    /** How the person withdrew, as the operator chose or typed it. */
    public StringProperty howProperty() { return how; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public Notice notice() { return notice; }

    /** Withdraws the consent at once; {@code then} gets the consent as it now is. */
    public void withdraw(ConsentView consent, Consumer<ConsentView> then) {
        if (consent == null) {
            notice.error(text.get("consent.none"));
            return;
        }
        String way = how.get() == null ? "" : how.get().strip();
        if (way.isEmpty()) {
            notice.error(text.get("withdraw.how.missing"));
            return;
        }
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("task.withdraw"), p -> consents.withdraw(actor, consent.id(), way))
                .onSuccess(now -> {
                    notice.success(text.format("withdraw.done", now.id(), way));
                    then.accept(now);
                })
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    /** Asks where to save the receipt, then exports it through the service (ledger entry first). */
    public void exportReceipt(ConsentView consent, ReceiptFormat format) {
        if (consent == null) {
            notice.error(text.get("consent.none"));
            return;
        }
        String suggested = "consent-receipt-" + consent.id() + "." + format.extension();
        Optional<Path> target = dialogs.chooseSaveFile(text.get("receipt.choose"),
                Path.of(System.getProperty("user.home")), suggested);
        target.ifPresent(path -> exportReceipt(consent, format, path));
    }

    /** Exports the receipt to {@code path}; the notice names the ledger entry that recorded it. */
    public void exportReceipt(ConsentView consent, ReceiptFormat format, Path path) {
        Path file = withExtension(path, format);
        busy.set(true);
        executor.execute(BackgroundTask.of(text.get("task.receipt"),
                        p -> receipts.deliver(actor, consent.id(), format, new FileRelease(file)))
                .onSuccess((Disclosed d) -> notice.success(text.format("receipt.done", consent.id(),
                        file.getFileName().toString(), d.ledgerSeq())))
                .onFailure(error -> failures.report(error, notice))
                .onFinished(() -> busy.set(false)));
    }

    private static Path withExtension(Path path, ReceiptFormat format) {
        String name = path.getFileName().toString();
        return name.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension()) ? path
                : path.resolveSibling(name + "." + format.extension());
    }
}
