package com.custodia.ui.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.policy.DataCategory;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data inventory's view model over a real encrypted workspace, counted without a window. */
class InventoryViewModelTest {

    @TempDir Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-01T09:30:00Z"));
    Services services;
    Principal officer = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);

    @BeforeEach
    void workspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
    }

    @AfterEach
    void close() {
        services.close();
    }

    private InventoryViewModel model(Principal actor) {
        InventoryViewModel model = new InventoryViewModel(services.inventory(), actor, new SyncTaskExecutor(),
                new RecordingDialogs(), clock, UiTesting.bundle("inventory"), UiTesting.bundle("common"));
        model.refresh();
        return model;
    }

    private void person(String last) {
        services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "A", last, null, null, null, null, null,
                null, "GB", "en"));
    }

    private static InventoryRow row(InventoryViewModel model, DataCategory category) {
        return model.rows().stream().filter(r -> r.category().equals(category.title())).findFirst().orElseThrow();
    }

    @Test
    void everyCategoryIsListedWithWhereItIsStoredWhoSeesItAndWhy() {
        InventoryViewModel model = model(officer);

        assertThat(model.rows()).extracting(InventoryRow::category)
                .containsExactly(Arrays.stream(DataCategory.values()).map(DataCategory::title)
                        .toArray(String[]::new));
        InventoryRow licenses = row(model, DataCategory.LICENSES);
        assertThat(licenses.storedIn()).isEqualTo("license");
        assertThat(licenses.holds()).startsWith("license key, product");
        assertThat(licenses.roles()).isEqualTo("Sales representative, Partner manager, Privacy officer\n"
                + "(the key is masked for roles without license-key view)");
        assertThat(licenses.purpose()).contains("registered partners");
        assertThat(row(model, DataCategory.IDENTITY).roles())
                .isEqualTo("Sales representative, Partner manager, Privacy officer, Administrator");
        assertThat(row(model, DataCategory.CONSENTS).storedIn())
                .isEqualTo("consent (0)\nconsent_recipient (0)\nconsent_category (0)\nconsent_evidence (0)");
        assertThat(model.notice().getText()).isEmpty();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void theCountsAreLiveAndRefreshCountsAgain() {
        person("Lovelace");
        person("Babbage");
        InventoryViewModel model = model(officer);
        assertThat(row(model, DataCategory.IDENTITY).rows()).isEqualTo(2);
        assertThat(row(model, DataCategory.CONTACT).rows()).as("the same table, counted for each category").isEqualTo(2);
        assertThat(model.summaryProperty().get()).startsWith(DataCategory.values().length + " categories of personal "
                + "data in " + DataCategory.allTables().size() + " tables, ")
                .endsWith("; counted 2026-03-01 09:30:00 UTC.");

        person("Hopper");
        model.refresh();

        assertThat(row(model, DataCategory.IDENTITY).rows()).isEqualTo(3);
    }

    @Test
    void anOfflineReviewerIsNotOfferedTheScreenAndIsRefusedByTheService() {
        Principal reviewer = TestWorkspaces.principal(70, "rita", Role.OFFLINE_REVIEWER);

        InventoryViewModel model = model(reviewer);

        assertThat(new InventoryScreen().visibleTo(reviewer)).isFalse();
        assertThat(new InventoryScreen().visibleTo(TestWorkspaces.principal(71, "sam", Role.SALES_REPRESENTATIVE)))
                .isTrue();
        assertThat(model.rows()).isEmpty();
        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.notice().getText()).isEqualTo("Your roles do not allow you to read the data inventory.");
    }
}
