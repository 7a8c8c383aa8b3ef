package com.custodia.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {

    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final ErrorReporter reporter = new ErrorReporter(new SyncTaskExecutor(), dialogs, UiTesting.bundle("common"));

    @Test
    void anUncaughtErrorIsShownInADialogWithItsMessage() {
        reporter.uncaughtException(Thread.currentThread(),
                new IllegalStateException("wrapper", new IllegalArgumentException("The file has no header row.")));

        assertThat(dialogs.errors).singleElement().asString()
                .startsWith("Something went wrong: Custodia could not finish")
                .endsWith("The file has no header row.");
    }

    @Test
    void theLogDescriptionCarriesTypesAndFramesButNoMessage() {
        String described = ErrorReporter.describe(
                new IllegalStateException("jane.doe@example.com", new RuntimeException("secret passphrase")));

        assertThat(described).contains("java.lang.IllegalStateException", "caused by java.lang.RuntimeException", "at ")
                .doesNotContain("jane.doe", "secret");
    }
}
