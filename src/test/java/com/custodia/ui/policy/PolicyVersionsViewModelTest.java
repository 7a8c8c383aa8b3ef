package com.custodia.ui.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.ConsentDraft;
import com.custodia.service.consent.PolicyDiffLine;
import com.custodia.service.people.NewPerson;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy versions screen's view model over a real workspace, without a window. */
class PolicyVersionsViewModelTest {

    @TempDir Path dir;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T09:30:00Z"));
    Services services;
    Principal officer = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);
    Principal sales = TestWorkspaces.principal(60, "sally", Role.SALES_REPRESENTATIVE);

    @BeforeEach
    void workspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), clock);
        services.policyVersions().publish(officer, "2026-01", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-01-01"), null, "One.\nTwo.\n");
        long ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace", null,
                "ada@example.com", null, null, null, null, "GB", "en"));
        services.consents().record(officer, ConsentDraft.of(ada, "studies", Set.of("Acme"), Set.of("contact"), "form"));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private PolicyVersionsViewModel model(Principal actor) {
        PolicyVersionsViewModel model = new PolicyVersionsViewModel(services.policyVersions(), actor,
                new SyncTaskExecutor(), new RecordingDialogs(), clock, UiTesting.bundle("policy"));
        model.refresh();
        return model;
    }

    @Test
    void publishingListsTheNewVersionShowsItsChangesAndSaysWhatWasMarked() {
        PolicyVersionsViewModel model = model(officer);
        assertThat(model.currentProperty().get()).isEqualTo("In force today: 2026-01 (effective 2026-01-01)");
        assertThat(model.changes()).isEmpty();
        assertThat(model.comparedWithProperty().get()).contains("first version");

        model.newLabelProperty().set("2026-03");
        model.newLastUpdatedProperty().set(LocalDate.parse("2026-03-01"));
        model.newEffectiveFromProperty().set(LocalDate.parse("2026-03-01"));
        model.newTextProperty().set("One.\nTwo and a half.\n");
        model.publish();

        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(model.notice().getText()).isEqualTo("Version 2026-03 published; one consent needs re-confirmation.");
        assertThat(model.versions()).extracting(v -> v.label()).containsExactly("2026-03", "2026-01");
        assertThat(model.selectedProperty().get().label()).isEqualTo("2026-03");
        assertThat(model.textProperty().get()).isEqualTo("One.\nTwo and a half.\n");
        assertThat(model.comparedWithProperty().get()).isEqualTo("Changes from 2026-01");
        assertThat(model.changes()).extracting(PolicyDiffLine::kind).containsExactly(PolicyDiffLine.Kind.SAME,
                PolicyDiffLine.Kind.REMOVED, PolicyDiffLine.Kind.ADDED);
        assertThat(model.newLabelProperty().get()).isEmpty();
    }

    @Test
    void salesRepresentativesReadButCannotPublish() {
        PolicyVersionsViewModel model = model(sales);
        assertThat(model.canPublishProperty().get()).isFalse();
        assertThat(model.versions()).hasSize(1);

        model.newLabelProperty().set("2026-03");
        model.newTextProperty().set("Text");
        model.publish();

        assertThat(model.notice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.versions()).hasSize(1);
    }

    @Test
    void aRefusedPublicationSaysWhy() {
        PolicyVersionsViewModel model = model(officer);
        model.newLabelProperty().set("2026-01");
        model.newTextProperty().set("Other text");
        model.publish();
        assertThat(model.notice().getText()).contains("exists already");
    }

    @Test
    void publishingListsTheMarkedConsentsAndAnyTwoVersionsCanBeCompared() {
        PolicyVersionsViewModel model = new PolicyVersionsViewModel(services.policyVersions(), services.consents(),
                officer, new SyncTaskExecutor(), new RecordingDialogs(), clock, UiTesting.bundle("policy"));
        model.refresh();
        model.newLabelProperty().set("2026-02");
        model.newLastUpdatedProperty().set(LocalDate.parse("2026-02-01"));
        model.newEffectiveFromProperty().set(LocalDate.parse("2026-02-01"));
        model.newTextProperty().set("One.\nTwo.\nThree.\n");
        model.publish();
        assertThat(model.marked()).singleElement().asString().startsWith("Consent ").contains("studies")
                .endsWith("given under 2026-01");

        model.newLabelProperty().set("2026-03");
        model.newLastUpdatedProperty().set(LocalDate.parse("2026-03-01"));
        model.newEffectiveFromProperty().set(LocalDate.parse("2026-03-01"));
        model.newTextProperty().set("One.\nThree.\n");
        model.publish();
        assertThat(model.marked()).as("the consent was marked already").isEmpty();

        assertThat(model.selectedProperty().get().label()).isEqualTo("2026-03");
        assertThat(model.compareWithProperty().get().label()).as("by default the version before").isEqualTo("2026-02");
        assertThat(model.changes()).extracting(PolicyDiffLine::kind).containsExactly(PolicyDiffLine.Kind.SAME,
                PolicyDiffLine.Kind.REMOVED, PolicyDiffLine.Kind.SAME);

        model.compareWithProperty().set(model.versions().stream().filter(v -> v.label().equals("2026-01"))
                .findFirst().orElseThrow());
        assertThat(model.changes()).extracting(PolicyDiffLine::kind).containsExactly(PolicyDiffLine.Kind.SAME,
                PolicyDiffLine.Kind.REMOVED, PolicyDiffLine.Kind.ADDED);
        assertThat(model.comparedWithProperty().get()).isEqualTo("Changes from 2026-01");
    }
}
