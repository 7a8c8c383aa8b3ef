package com.custodia.ui.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import com.custodia.casefile.ArchiveLimits;
import com.custodia.casefile.CaseFileReader;
import com.custodia.casefile.TestCases;
import com.custodia.casefile.TrustStore;
import com.custodia.ui.common.FxTaskExecutor;
import com.custodia.ui.common.Themes;
import com.custodia.ui.common.ViewLoader;
import com.custodia.ui.support.RecordingDialogs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening a case with no workspace: the real case file view in a headless stage, with no services, no
 * database and no sign-in anywhere in the test, shows the seal badge, the proven ledger entries and
 * the case; a tampered file shows only why it is broken.
 */
@ExtendWith(ApplicationExtension.class)
class CaseFileViewFxTest {

    @TempDir
    static Path dir;

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private FxTaskExecutor executor;

    @Start
    void start(Stage stage) throws Exception {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        executor = new FxTaskExecutor();
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        TrustStore trust = new TrustStore(dir.resolve("trusted-keys.json"));
        CaseFileViewModel model = new CaseFileViewModel(() -> new CaseFileReader(trust, temp, ArchiveLimits.DEFAULT),
                executor, dialogs, new ViewLoader(Locale.ENGLISH).bundle("casefile"), java.time.Clock.systemUTC());
        CaseFileView view = new CaseFileView(model, new ViewLoader(Locale.ENGLISH));
        Scene scene = new Scene(view.root(), 1000, 700);
        scene.getStylesheets().add(Themes.stylesheetUrl());
        stage.setScene(scene);
        stage.show();
    }

    /** Reads what the FX thread owns on the FX thread: the text may be changing while the test polls. */
    private static <T> T onFx(java.util.concurrent.Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }

    @AfterEach
    void close() {
        executor.close();
    }

    @Test
    void openingACaseWithNoWorkspace(FxRobot robot) throws Exception {
        dialogs.nextFile = new TestCases().write(dir, "case.custodia", "7", null);

        robot.clickOn("#case-open");

        Label seal = robot.lookup("#case-seal").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(seal::getText).startsWith("Sealed by olivia"));
        assertThat(seal.getStyleClass()).contains("seal-unknown");
        assertThat(seal.getText()).contains("WARNING");
        assertThat(robot.lookup("#case-title").queryAs(Label.class).getText()).isEqualTo("Case legal-order 7");
        TableView<?> entries = robot.lookup("#case-entries").queryAs(TableView.class);
        assertThat(entries.getItems()).hasSize(3);
        assertThat(((CaseFileViewModel.LedgerRow) entries.getItems().get(0)).proof()).isEqualTo("Proven in the signed ledger");
        assertThat(robot.lookup("#case-text").queryAs(TextArea.class).getText()).contains("\"caseId\":\"7\"");
        assertThat(robot.lookup("#case-report").queryAs(Label.class).getText()).contains("payload/report.pdf");
        assertThat(dialogs.errors).isEmpty();

        byte[] before = Files.readAllBytes(dialogs.nextFile);
        robot.interact(() -> robot.lookup("#review-item").queryComboBox().getSelectionModel().select("ledger:4"));
        robot.clickOn("#review-note").write("why twice?");
        robot.clickOn("#review-reviewer").write("rita");
        robot.clickOn("#review-save");
        Path review = dir.resolve("case.custodia.review.json");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(review)
                && onFx(() -> robot.lookup("#review-notes").queryListView().getItems().size()) == 1);
        assertThat(Files.readString(review)).contains("ledger:4").contains("why twice?").contains("rita");
        assertThat(Files.readAllBytes(dialogs.nextFile)).as("the case file is untouched").isEqualTo(before);
    }

    @Test
    void anEncryptedCaseOpensWithThePassphraseTypedBesideOpen(FxRobot robot) throws Exception {
        dialogs.nextFile = new TestCases().write(dir, "secret.custodia", "7", "reviewer passphrase".toCharArray());

        robot.clickOn("#case-open");
        TextArea text = robot.lookup("#case-text").queryAs(TextArea.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(text::getText).startsWith("The payload is encrypted"));
        robot.clickOn("#case-passphrase").write("wrong passphrase");
        robot.clickOn("#case-open");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !dialogs.errors.isEmpty());
        robot.interact(() -> robot.lookup("#case-passphrase").queryAs(javafx.scene.control.PasswordField.class)
                .setText("reviewer passphrase"));
        robot.clickOn("#case-open");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(text::getText).contains("\"caseId\":\"7\""));
        assertThat(dialogs.errors).singleElement().asString().contains("Wrong passphrase");
    }

    @Test
    void aTamperedCaseShowsOnlyWhyItIsBroken(FxRobot robot) throws Exception {
        Path file = new TestCases().write(dir, "tampered.custodia", "7", null);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        dialogs.nextFile = Files.write(file, bytes);

        robot.clickOn("#case-open");

        Label seal = robot.lookup("#case-seal").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> onFx(seal::getText).startsWith("BROKEN: "));
        assertThat(seal.getStyleClass()).contains("seal-broken");
        assertThat(robot.lookup("#case-entries").queryAs(TableView.class).isVisible()).isFalse();
        assertThat(robot.lookup("#case-text").queryAs(TextArea.class).getText()).isEmpty();
    }
}
