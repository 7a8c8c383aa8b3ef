package com.custodia.ui.importing;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import com.custodia.ui.common.Notice;
import com.custodia.ui.common.SyncTaskExecutor;
import com.custodia.ui.importing.ImportViewModel.Step;
import com.custodia.ui.support.RecordingDialogs;
import com.custodia.ui.support.UiTesting;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import wizard's view model on a real encrypted workspace, without a window: the file is
 * previewed and imported by the real service, with a synchronous executor for the worker thread.
 */
class ImportViewModelTest {

    /** A CRM export: German headers, one column Custodia does not know, and a bad email on line 4. */
    static final String CRM = "Kundennummer,Vorname,Nachname,E-Mail,Lieblingsfarbe\r\n"
            + "K-1,Ada,Lovelace,ada@example.com,blue\r\n"
            + "K-2,Bob,Babbage,bob@example.com,green\r\n"
            + "K-3,Cy,Young,not-an-address,red\r\n"
            + "K-4,Dee,Dunn,dee@example.com,\r\n";

    @TempDir Path dir;
    Services services;
    RecordingDialogs dialogs = new RecordingDialogs();
    Principal officer = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);

    @BeforeEach
    void workspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
    }

    @AfterEach
    void close() {
        services.close();
    }

    private ImportViewModel model(Principal actor, int batchSize) {
        return new ImportViewModel(services.personImport(), actor, new SyncTaskExecutor(), dialogs, new MutableClock(),
                UiTesting.bundle("importing"), batchSize);
    }

    private Path file(String name, String csv) throws IOException {
        return Files.writeString(dir.resolve(name), csv, StandardCharsets.UTF_8);
    }

    private ImportViewModel chosen(Path csv, int batchSize) {
        ImportViewModel model = model(officer, batchSize);
        dialogs.nextFile = csv;
        model.chooseFile();
        return model;
    }

    /** The CRM file's columns mapped by hand: the German names to person columns, the colour left out. */
    private static void mapCrm(ColumnMapping mapping) {
        mapping.column(0).targetProperty().set("external_id");
        mapping.column(1).targetProperty().set("first_name");
        mapping.column(2).targetProperty().set("last_name");
        mapping.column(3).targetProperty().set("email");
    }

    // ---------------------------------------------------------------- Mapping

    @Test
    void theMappingFlagsUnknownColumnsAndWaitsForALastName() throws IOException {
        ImportViewModel model = chosen(file("crm.csv", CRM), 1_000);

        assertThat(model.stepProperty().get()).isEqualTo(Step.MAPPING);
        ColumnMapping mapping = model.mapping();
        assertThat(mapping.columns()).extracting(MappedColumn::name)
                .containsExactly("Kundennummer", "Vorname", "Nachname", "E-Mail", "Lieblingsfarbe");
        assertThat(mapping.columns()).extracting(MappedColumn::state).containsOnly(MappedColumn.State.UNKNOWN);
        assertThat(mapping.column(2).example()).isEqualTo("Lovelace");
        assertThat(mapping.previewProperty().get().rows()).hasSize(4);
        assertThat(mapping.validProperty().get()).isFalse();
        assertThat(mapping.problemProperty().get()).isEqualTo("Choose the column that holds last_name: every person "
                + "needs one.");

        model.next();
        assertThat(model.stepProperty().get()).as("no import without last_name").isEqualTo(Step.MAPPING);

        mapCrm(mapping);
        mapping.column(1).targetProperty().set("last_name");
        assertThat(mapping.column(1).state()).isEqualTo(MappedColumn.State.CONFLICT);
        assertThat(mapping.problemProperty().get()).startsWith("last_name is chosen for more than one column");

        mapping.column(1).targetProperty().set("first_name");
        assertThat(mapping.validProperty().get()).isTrue();
        assertThat(mapping.column(2).state()).isEqualTo(MappedColumn.State.MAPPED);
        assertThat(mapping.column(4).state()).isEqualTo(MappedColumn.State.UNKNOWN);
        assertThat(mapping.column(4).noteProperty().get()).isEqualTo("Unknown column: left out, named in the report");
        assertThat(mapping.column(2).headingProperty().get()).isEqualTo("Nachname\n\u2192 last_name");
        assertThat(mapping.summaryProperty().get()).isEqualTo("4 columns imported, one left out");
    }

    @Test
    void aColumnNamedLikeAPersonColumnCanBeLeftOut() throws IOException {
        ImportViewModel model = chosen(file("people.csv", "external_id,last_name,email\nx-1,Lovelace,ada@example.com\n"),
                1_000);
        ColumnMapping mapping = model.mapping();
        assertThat(mapping.columns()).extracting(MappedColumn::state).containsOnly(MappedColumn.State.MATCHED);

        mapping.column(2).targetProperty().set(null);
        model.next();
        model.startImport();

        assertThat(mapping.column(2).state()).isEqualTo(MappedColumn.State.IGNORED);
        assertThat(model.summary().insertedProperty().get()).isEqualTo("1");
        assertThat(model.summary().columnsProperty().get()).isEqualTo("Left out by you: email.");
        assertThat(stored("x-1", "email")).as("the left-out column's value is not imported").isNull();
    }

    // ---------------------------------------------------------------- Import and summary

    @Test
    void aMappedImportReportsTheCountsAndTheBadRowsLineAndReason() throws IOException {
        Path csv = file("crm.csv", CRM);
        ImportViewModel model = chosen(csv, 1_000);
        mapCrm(model.mapping());
        model.next();
        assertThat(model.stepProperty().get()).isEqualTo(Step.RUN);
        assertThat(model.reportTextProperty().get()).isEqualTo(dir.resolve("crm.report.csv").toString());
        assertThat(model.batchNoteProperty().get()).startsWith("Rows are written in batches of 1,000. Cancel stops "
                + "before the next batch: the batches already written stay in");

        model.startImport();

        assertThat(model.stepProperty().get()).isEqualTo(Step.SUMMARY);
        ImportSummary summary = model.summary();
        assertThat(summary.headline().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(summary.headline().getText()).startsWith("Imported crm.csv: 4 rows read, 1 refused.");
        assertThat(summary.insertedProperty().get()).isEqualTo("3");
        assertThat(summary.updatedProperty().get()).isEqualTo("0");
        assertThat(summary.unchangedProperty().get()).isEqualTo("0");
        assertThat(summary.rejectedProperty().get()).isEqualTo("1");
        assertThat(summary.columnsProperty().get()).isEqualTo("Not person columns, left out: Lieblingsfarbe.");
        assertThat(model.run().problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.externalId()).isEqualTo("K-3");
            assertThat(p.column()).isEqualTo("email");
            assertThat(p.reason()).startsWith("email is not an address");
        });
        assertThat(summary.problemsNoteProperty().get()).isEqualTo("One problem of refused rows:");
        assertThat(summary.reportProperty().get()).isEqualTo(dir.resolve("crm.report.csv").toString());
        assertThat(Files.readString(dir.resolve("crm.report.csv"))).contains("4,K-3,email,");
        assertThat(stored("K-1", "last_name")).isEqualTo("Lovelace");
        assertThat(stored("K-1", "first_name")).isEqualTo("Ada");
        assertThat(stored("K-4", "email")).isEqualTo("dee@example.com");
        assertThat(stored("K-3", "last_name")).as("the refused row").isNull();
    }

    @Test
    void importingTheCorrectedFileAgainUpdatesByExternalId() throws IOException {
        Path csv = file("crm.csv", CRM);
        ImportViewModel model = chosen(csv, 1_000);
        mapCrm(model.mapping());
        model.next();
        model.startImport();
        model.startOver();
        assertThat(model.stepProperty().get()).isEqualTo(Step.FILE);

        file("crm.csv", CRM.replace("not-an-address", "cy@example.com").replace("Babbage", "Babbage-King"));
        dialogs.nextFile = csv;
        model.chooseFile();
        mapCrm(model.mapping());
        model.next();
        model.startImport();

        ImportSummary summary = model.summary();
        assertThat(summary.headline().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(summary.headline().getText()).isEqualTo("Imported crm.csv: all 4 rows went in.");
        assertThat(summary.insertedProperty().get()).isEqualTo("1");
        assertThat(summary.updatedProperty().get()).isEqualTo("1");
        assertThat(summary.unchangedProperty().get()).isEqualTo("2");
        assertThat(summary.rejectedProperty().get()).isEqualTo("0");
        assertThat(model.run().problems()).isEmpty();
        assertThat(stored("K-2", "last_name")).isEqualTo("Babbage-King");
    }

    @Test
    void cancelKeepsWholeBatchesAndContinuingImportsTheRest() throws IOException {
        StringBuilder csv = new StringBuilder("external_id,first_name,last_name\n");
        for (int i = 1; i <= 6; i++) {
            csv.append("c-").append(i).append(",First,Last").append(i).append('\n');
        }
        Path file = file("six.csv", csv.toString());
        ImportViewModel model = chosen(file, 2);
        model.next();
        List<Long> heard = new ArrayList<>();
        // the operator presses Cancel while the first batch is being committed
        model.run().countsProperty().addListener((o, old, now) -> {
            if (now != null) {
                heard.add(now.rowsRead());
                if (heard.size() == 1) {
                    model.cancel();
                }
            }
        });

        model.startImport();

        assertThat(model.stepProperty().get()).isEqualTo(Step.SUMMARY);
        ImportSummary summary = model.summary();
        assertThat(summary.cancelledProperty().get()).isTrue();
        assertThat(summary.headline().getKind()).isEqualTo(Notice.Kind.INFO);
        assertThat(summary.headline().getText()).isEqualTo("Import of six.csv cancelled after 2 rows. The batches "
                + "written before the cancel are in; continue to import the rest of the file.");
        assertThat(summary.insertedProperty().get()).isEqualTo("2");
        assertThat(persons()).as("one whole batch, nothing of the next").isEqualTo(2);

        model.continueImport();

        assertThat(summary.cancelledProperty().get()).isFalse();
        assertThat(summary.headline().getKind()).isEqualTo(Notice.Kind.SUCCESS);
        assertThat(summary.headline().getText()).isEqualTo("Imported six.csv: all 6 rows went in (continued an "
                + "interrupted import from line 4).");
        assertThat(summary.insertedProperty().get()).isEqualTo("6");
        assertThat(persons()).isEqualTo(6);
        assertThat(stored("c-6", "last_name")).isEqualTo("Last6");
    }

    // ---------------------------------------------------------------- Refusals

    @Test
    void aFileWithoutAHeaderStaysOnTheFirstStepWithTheReason() throws IOException {
        ImportViewModel model = chosen(file("empty.csv", ""), 1_000);

        assertThat(model.stepProperty().get()).isEqualTo(Step.FILE);
        assertThat(model.fileNotice().getKind()).isEqualTo(Notice.Kind.ERROR);
        assertThat(model.fileNotice().getText()).contains("empty.csv is empty").contains("header line");
        assertThat(dialogs.errors).as("an input problem, not an unexpected error").isEmpty();
    }

    @Test
    void aRoleThatMayNotImportIsRefusedByTheService() throws IOException {
        Principal sales = TestWorkspaces.principal(60, "sam", Role.SALES_REPRESENTATIVE);
        ImportViewModel model = model(sales, 1_000);
        dialogs.nextFile = file("crm.csv", CRM);

        model.chooseFile();

        assertThat(model.mayImport()).isFalse();
        assertThat(new ImportScreen().visibleTo(sales)).isFalse();
        assertThat(new ImportScreen().visibleTo(officer)).isTrue();
        assertThat(model.stepProperty().get()).isEqualTo(Step.FILE);
        assertThat(model.fileNotice().getText()).isEqualTo("Your roles do not allow you to preview an import of "
                + "persons.");
        assertThat(model.mapping().columns()).isEmpty();
    }

    // ---------------------------------------------------------------- Database

    private String stored(String externalId, String column) {
        return services.database().fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + column + " FROM person WHERE external_id = ?")) {
                st.setString(1, externalId);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    private long persons() {
        return services.database().fromConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM person")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }
}
