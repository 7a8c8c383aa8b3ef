package com.custodia.service.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.Role;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the import the console's wizard relies on: the preview of a file's columns and
 * first rows, a column mapping that renames and ignores file columns, and the batch-by-batch
 * counts and problems an {@link ImportProgress} hears.
 */
class ImportMappingTest {

    @TempDir
    Path dir;
    ImportFixture f;

    @BeforeEach
    void create() {
        f = new ImportFixture(dir, TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock()));
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    @Test
    void previewMatchesColumnsByNameAsTheImportDoesAndShowsTheFirstRows() {
        Path file = f.file("crm.csv", "\uFEFFId,First Name,Surname,E-Mail,email,Favourite colour\r\n"
                + "c-1,Ada,Lovelace,ada@example.com,ada@example.org,blue\r\n"
                + "c-2,\"Bob, Jr.\",Babbage,,,\r\n"
                + "c-3,Cy,Short\r\n"
                + "c-4,Dee,Done,,,\r\n");

        ImportPreview preview = f.services.personImport().preview(f.officer, file, 3);

        assertThat(preview.columns()).extracting(ImportPreview.Column::name)
                .containsExactly("Id", "First Name", "Surname", "E-Mail", "email", "Favourite colour");
        assertThat(preview.columns()).extracting(ImportPreview.Column::match)
                .containsExactly(null, "first_name", null, null, "email", null);
        assertThat(preview.columns()).extracting(ImportPreview.Column::repeated)
                .containsExactly(false, false, false, false, false, false);
        assertThat(preview.rows()).hasSize(3);
        assertThat(preview.rows().get(1).values()).containsExactly("c-2", "Bob, Jr.", "Babbage", "", "", "");
        assertThat(preview.rows().get(2).line()).isEqualTo(4);
        assertThat(preview.rows().get(2).problem()).contains("3 values").contains("6 columns");
        assertThat(preview.more()).isTrue();
        assertThat(ImportPreview.PERSON_COLUMNS).startsWith("external_id", "kind", "first_name", "last_name")
                .endsWith("notes").hasSize(13);
    }

    @Test
    void aMappingRenamesAndIgnoresFileColumns() {
        Path file = f.file("crm.csv", "Id,First Name,Surname,email,Mail\n"
                + "c-1,Ada,Lovelace,old@example.com,ada@example.com\n");
        ImportOptions options = ImportOptions.defaults().withColumnMapping(
                Map.of("Id", "external_id", "Surname", "last_name", "Mail", "email"), Set.of("email"));

        ImportResult result = f.importFile(file, options);

        assertThat(result.inserted()).isEqualTo(1);
        assertThat(result.unknownColumns()).as("an ignored column is the operator's choice, not unknown").isEmpty();
        assertThat(f.stored("c-1")).containsEntry("first_name", "Ada").containsEntry("last_name", "Lovelace")
                .containsEntry("email", "ada@example.com");
    }

    @Test
    void anImportProgressHearsTheCountsAfterEachBatchAndTheProblemsOfItsRows() {
        Path file = f.file("people.csv", ImportFixture.HEADER + "\n"
                + "p-1,,Ada,Lovelace,,,,,,,,,\n"
                + "p-2,,Bob,,,,,,,,,,\n"
                + "p-3,,Cy,Young,not-an-address,,,,,,,,\n"
                + "p-4,,Dee,Dunn,,,,,,,,,\n");
        List<ImportCounts> counts = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        ImportProgress listener = new ImportProgress() {
            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public void committed(ImportCounts soFar) {
                counts.add(soFar);
            }

            @Override
            public void problems(List<ImportProblem> batch) {
                problems.addAll(batch);
            }
        };

        f.services.personImport().importCsv(f.officer, file, ImportOptions.defaults().withBatchSize(2), listener);

        assertThat(counts.get(0).rowsRead()).as("after the first batch of two rows").isEqualTo(2);
        assertThat(counts.get(counts.size() - 1)).isEqualTo(new ImportCounts(4, 2, 0, 0, 2));
        assertThat(problems).extracting(ImportProblem::line).containsExactly(3L, 4L);
        assertThat(problems).extracting(ImportProblem::column).containsExactly("last_name", "email");
    }

    @Test
    void aPreviewIsRefusedToARoleThatMayNotImport() {
        Path file = f.file("people.csv", ImportFixture.HEADER + "\n");

        assertThatThrownBy(() -> f.services.personImport().preview(
                TestWorkspaces.principal(60, "sam", Role.SALES_REPRESENTATIVE), file, 5))
                .isInstanceOf(AccessDeniedException.class);
    }
}
