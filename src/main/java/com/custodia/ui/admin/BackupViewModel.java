package com.custodia.ui.admin;

import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.backup.BackupService;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.DialogService;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.TaskProgress;
import com.custodia.ui.common.TaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The backup tab without its nodes: "Back up…" asks where through the dialog service, then the
 * backup runs through the task executor with progress and cancel. The service checks the role;
 * its refusal is shown as it is. Restoring is a command-line task (decision 0031).
 */
public final class BackupViewModel {

    private final BackupService backups;
    private final Principal actor;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final AdminText text;
    private final FailureReporter failures;

    private final TaskProgress task = new TaskProgress();
    private final Notice notice = new Notice();
    private Path lastFolder;
    private boolean disposed;

    BackupViewModel(BackupService backups, Principal actor, TaskExecutor executor, DialogService dialogs,
                    AdminText text, FailureReporter failures) {
        this.backups = backups;
        this.actor = actor;
        this.executor = executor;
        this.dialogs = dialogs;
        this.text = text;
        this.failures = failures;
        if (!backups.supported()) {
            notice.info(text.get("backup.server"));
        }
    }

    // ---------------------------------------------------------------- Properties

    public boolean mayBackUp() {
        return actor.may(Permission.BACKUP);
    }

    /** Whether "Back up…" can work here: not on a PostgreSQL server, which the notice then explains. */
    public boolean available() {
        return backups.supported();
    }

    /** The running backup's progress, message and Cancel. */
    public TaskProgress task() {
        return task;
    }

    /** The outcome: where the backup went, that it was cancelled, or why it failed. */
    public Notice notice() {
        return notice;
    }

    // ---------------------------------------------------------------- Commands

    /** Asks for the file, then backs up to it in the background; nothing happens without a file. */
    public void backUp() {
        if (task.isRunning() || !available()) {
            return;
        }
        Path initial = lastFolder != null ? lastFolder : Path.of(System.getProperty("user.home"));
        String suggested = "custodia-" + LocalDate.now(ZoneOffset.UTC) + ".custodia-backup";
        Optional<Path> chosen = dialogs.chooseSaveFile(text.get("backup.choose"), initial, suggested);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get().toAbsolutePath();
        lastFolder = target.getParent();
        boolean replace = Files.exists(target);
        if (replace && !dialogs.confirm(text.get("backup.replace.title"), text.format("backup.replace.message", target))) {
            return;
        }
        start(target, replace);
    }

    /** Stops the backup at its next step; no file is left. */
    public void cancel() {
        task.cancel();
    }

    void dispose() {
        disposed = true;
        cancel();
    }

    private void start(Path target, boolean replace) {
        notice.clear();
        executor.execute(task.track(BackgroundTask.of(text.get("backup.task"),
                        p -> backups.backUp(actor, target, replace, p)))
                .onSuccess(this::done)
                .onCancelled(() -> notice.info(text.get("backup.cancelled")))
                .onFailure(error -> {
                    if (!disposed) {
                        failures.report(error, notice);
                    }
                })
                .onFinished(task::finished));
    }

    private void done(BackupService.Backup backup) {
        notice.success(text.format("backup.done", backup.file().getFileName(), backup.ledgerSize(),
                text.size(backup.bytes()), backup.file().getParent()));
    }
}
