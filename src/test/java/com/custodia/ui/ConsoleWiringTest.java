package com.custodia.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.app.AppContext;
import com.custodia.ui.common.Screen;
import com.custodia.ui.support.MutableClock;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleWiringTest {

    @TempDir Path home;

    @Test
    void theMainWindowListsEveryScreenThatExists() {
        try (AppContext context = AppContext.builder().dirs(UiTesting.dirs(home)).build()) {
            assertThat(context.screens()).extracting(Screen::id).containsExactly("dashboard", "people", "import-persons",
                    "requests", "consent-testimonials", "legal-orders", "partners", "ledger", "communications",
                    "data-inventory", "policy-versions", "administration");
        }
    }

    @Test
    void anInjectedClockAndFoldersAreWhatTheConsoleUses() {
        MutableClock clock = MutableClock.atFixedStart();
        try (AppContext context = AppContext.builder().dirs(UiTesting.dirs(home)).clock(clock).build()) {
            assertThat(context.clock()).isSameAs(clock);
            assertThat(context.dirs().config()).isEqualTo(home.resolve("config"));
        }
    }
}
