package com.custodia.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Jurisdiction;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.RequestChannel;
import com.custodia.domain.RequestKind;
import com.custodia.domain.Role;
import com.custodia.domain.SubjectRequest;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.people.NewPerson;
import com.custodia.service.requests.RequestViews;
import com.custodia.support.TestWorkspaces;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code requests list}, {@code requests report} and {@code requests log} through the whole command line. */
class CliRequestsTest {

    private static final String PASSWORD = "operator-password-1";

    @TempDir
    static Path dir;
    static long confirmed;
    static long unverified;
    static long overdue;

    private static Path workspace() {
        return dir.resolve("ws");
    }

    @BeforeAll
    static void workspaceWithRequests() {
        CliRunner.Result created = CliRunner.withSecrets().run("--workspace", workspace().toString(), "init",
                "--admin", "admin");
        assertThat(created.exitCode()).as(created.toString()).isZero();
        try (Services services = TestWorkspaces.workspaceService(Clock.systemUTC())
                .openWorkspace(workspace(), TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE)) {
            Principal admin = services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                    .principal();
            for (String[] op : new String[][] {{"officer", "PRIVACY_OFFICER"}, {"sales", "SALES_REPRESENTATIVE"}}) {
                services.operators().create(admin, op[0], op[0], Set.of(Role.valueOf(op[1])),
                        "temporary-password-1".toCharArray());
                Principal p = services.auth().login(op[0], "temporary-password-1".toCharArray()).principal();
                services.auth().changePassword(p, "temporary-password-1".toCharArray(), PASSWORD.toCharArray());
            }
            Principal officer = TestWorkspaces.principal(50, "officer", Role.PRIVACY_OFFICER);
            Principal second = TestWorkspaces.principal(51, "second", Role.PRIVACY_OFFICER);
            long ada = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                    "Analytical Ltd", "ada@example.com", null, null, null, null, "GB", "en"));
            confirmed = intake(services, officer, Instant.now().minus(Duration.ofDays(3)));
            services.requests().match(officer, confirmed, Set.of(ada));
            services.requests().verify(officer, confirmed, "passport", "X1".getBytes(StandardCharsets.UTF_8));
            services.requests().confirm(second, confirmed);
            unverified = intake(services, officer, Instant.now().minus(Duration.ofDays(1)));
            services.requests().match(officer, unverified, Set.of(ada));
            overdue = intake(services, officer, Instant.now().minus(Duration.ofDays(70)));
        }
    }

    private static long intake(Services services, Principal officer, Instant at) {
        return services.requests().intake(officer, new RequestViews.Intake(RequestKind.ACCESS, RequestChannel.LETTER,
                Jurisdiction.DEFAULT, at, new SubjectRequest.Identifiers("Ada Lovelace", "ada@example.com", null,
                        null, null, null))).id();
    }

    private static CliRunner.Result as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of("--workspace", workspace().toString(), "--user", user));
        all.addAll(List.of(args));
        return CliRunner.withSecrets().env(Secrets.PASSWORD, PASSWORD).run(all.toArray(String[]::new));
    }

    @Test
    void listShowsTheQueueByDueDateAndOverdueOnlyTheLateOnes() {
        CliRunner.Result all = as("officer", "requests", "list");
        assertThat(all.exitCode()).as(all.toString()).isEqualTo(ExitCodes.OK);
        assertThat(all.out().lines().toList()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(all.out().lines().findFirst().orElseThrow()).startsWith(String.valueOf(overdue))
                .contains("OVERDUE by");

        CliRunner.Result late = as("officer", "requests", "list", "--overdue");
        assertThat(late.out().lines().toList()).singleElement().asString().startsWith(String.valueOf(overdue));
    }

    @Test
    void salesRepresentativesMayNotListTheQueue() {
        assertThat(as("sales", "requests", "list").exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    @Test
    void reportIsWrittenAfterItsLedgerEntryAndRefusedBeforeVerification() throws Exception {
        Path refused = dir.resolve("refused.json");
        CliRunner.Result no = as("officer", "requests", "report", String.valueOf(unverified), "--format", "json",
                "--out", refused.toString());
        assertThat(no.exitCode()).as(no.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused).doesNotExist();

        Path json = dir.resolve("report.json");
        CliRunner.Result yes = as("officer", "requests", "report", String.valueOf(confirmed), "--format", "json",
                "--out", json.toString());
        assertThat(yes.exitCode()).as(yes.toString()).isEqualTo(ExitCodes.OK);
        assertThat(yes.out()).contains("SHA-256:      " + DisclosureGate.sha256(Files.readAllBytes(json)));
        assertThat(new ObjectMapper().readTree(json.toFile()).get("categories").size()).isGreaterThan(10);

        assertThat(as("officer", "requests", "report", String.valueOf(confirmed), "--format", "xml", "--out",
                json.toString()).exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void withoutAFormatTheReportIsWrittenAsPdfAndJsonIntoTheFolderEachAfterItsOwnEntry() throws Exception {
        Path folder = dir.resolve("reports");
        CliRunner.Result both = as("officer", "requests", "report", String.valueOf(confirmed), "--out",
                folder.toString());
        assertThat(both.exitCode()).as(both.toString()).isEqualTo(ExitCodes.OK);
        Path pdf = folder.resolve("access-report-" + confirmed + ".pdf");
        Path json = folder.resolve("access-report-" + confirmed + ".json");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1))
                .isEqualTo("%PDF-");
        assertThat(both.out()).contains("SHA-256:      " + DisclosureGate.sha256(Files.readAllBytes(pdf)),
                "SHA-256:      " + DisclosureGate.sha256(Files.readAllBytes(json)));
        assertThat(both.out().lines().filter(l -> l.startsWith("Ledger entry: "))).hasSize(2);
    }

    @Test
    void logIsCsvWithoutRequesters() {
        CliRunner.Result log = as("officer", "requests", "log");
        assertThat(log.exitCode()).as(log.toString()).isEqualTo(ExitCodes.OK);
        assertThat(log.out()).startsWith("request_id,received_at,kind,channel").doesNotContain("Lovelace");
    }
}
