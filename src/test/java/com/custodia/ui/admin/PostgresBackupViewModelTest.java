package com.custodia.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.service.Services;
import com.custodia.support.PostgresSchemas;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.FailureReporter;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a PostgreSQL server the backup tab says why it cannot back up, and "Back up…" asks for nothing. */
@Tag("postgres")
class PostgresBackupViewModelTest {

    @TempDir
    Path dir;

    private Services services;
    private final FakeDialogService dialogs = new FakeDialogService();

    @BeforeEach
    void connect() {
        services = TestWorkspaces.postgres(Clock.systemUTC());
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
            PostgresSchemas.drop(services.database().profile());
        }
    }

    @Test
    void aServerIsNotBackedUpHereAndTheTabSaysWhy() {
        AdminText text = new AdminText(ResourceBundle.getBundle("i18n.admin", Locale.ENGLISH));
        BackupViewModel model = new BackupViewModel(services.backups(),
                services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal(),
                new SyncTaskExecutor(), dialogs, text, new FailureReporter(dialogs, "Administration"));
        dialogs.chosenFile = dir.resolve("server.custodia-backup");

        assertThat(model.mayBackUp()).isTrue();
        assertThat(model.available()).isFalse();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.INFO);
        assertThat(model.notice().getText()).contains("PostgreSQL server").contains("pg_dump");

        model.backUp();

        assertThat(dialogs.chosenFile).doesNotExist();
        assertThat(model.task().isRunning()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }
}
