package com.custodia.service.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.Progress;
import com.custodia.persistence.PersonSearchIndexes;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cancelled imports keep whole batches, and the same file imported again continues where they stopped. */
class PersonImportResumeTest {

    @TempDir
    Path dir;
    ImportFixture f;

    @BeforeEach
    void open() {
        f = new ImportFixture(dir, TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock()));
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    /** Cancels at the given call of checkCancelled, which the import makes before writing each batch. */
    private static Progress cancelAt(int call) {
        return new Progress() {
            int calls;

            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public void checkCancelled() {
                if (++calls == call) {
                    throw new CancellationException("cancelled by the test");
                }
            }
        };
    }

    /** 95 rows: every other one without an external_id, line 7 and line 80 bad. */
    private static String file() {
        StringBuilder csv = new StringBuilder("external_id,last_name,email\n");
        for (int i = 0; i < 95; i++) {
            String id = i % 2 == 0 ? "r-" + i : "";
            String email = i == 5 || i == 78 ? "broken" : "p" + i + "@example.com";
            csv.append(id).append(",Person ").append(i).append(',').append(email).append('\n');
        }
        return csv.toString();
    }

    private String status() {
        return f.services.database().fromConnection(c -> {
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT status FROM person_import ORDER BY id DESC")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void aCancelledImportKeepsWholeBatchesAndTheSameFileAgainCompletesItWithoutDuplicates() {
        Path file = f.file("people.csv", file());
        ImportOptions tens = ImportOptions.defaults().withBatchSize(10);

        assertThatThrownBy(() -> f.services.personImport().importCsv(f.officer, file, tens, cancelAt(4)))
                .isInstanceOf(CancellationException.class);
        assertThat(f.persons()).as("three whole batches, one bad row among them").isEqualTo(29);
        assertThat(status()).isEqualTo("INTERRUPTED");

        ImportResult result = f.importFile(file, tens);

        assertThat(result.resumedAtLine()).isEqualTo(32);
        assertThat(f.persons()).as("every good row once, those without external_id too").isEqualTo(93);
        assertThat(result.rowsRead()).isEqualTo(95);
        assertThat(result.inserted()).isEqualTo(93);
        assertThat(result.rejected()).isEqualTo(2);
        List<CSVRecord> report = ImportFixture.parse(result.report());
        assertThat(report).extracting(r -> r.get("line")).as("the problems before and after the interruption")
                .containsExactly("7", "80");
        assertThat(status()).isEqualTo("FINISHED");
    }

    @Test
    void aFileThatChangedSinceTheInterruptionIsImportedFromTheStart() {
        Path file = f.file("people.csv", file());
        ImportOptions tens = ImportOptions.defaults().withBatchSize(10);
        assertThatThrownBy(() -> f.services.personImport().importCsv(f.officer, file, tens, cancelAt(3)))
                .isInstanceOf(CancellationException.class);
        assertThat(f.persons()).as("two batches, one bad row among them").isEqualTo(19);
        // same name, same size, one letter different in the committed part
        f.file("people.csv", file().replace("Person 2,", "Persen 2,"));

        ImportResult result = f.importFile(file, tens);

        assertThat(result.resumedAtLine()).isZero();
        assertThat(result.updated()).as("r-2 got its new name").isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(9);
        assertThat(f.stored("r-2").get("last_name")).isEqualTo("Persen 2");
        // the ten rows without an external_id of the first run cannot be recognised: they come again
        assertThat(f.persons()).isEqualTo(19 + 93 - 10);
    }

    @Test
    void aLargeImportBuildsTheSearchIndexesAfterTheLoadAndLeavesThemInPlace() {
        StringBuilder csv = new StringBuilder("external_id,first_name,last_name,email,phone,company\n");
        long rows = PersonSearchIndexes.MIN_ROWS_FOR_REBUILD + 1000;
        for (int i = 0; i < rows; i++) {
            csv.append("big-").append(i).append(",First").append(i % 97).append(",Last").append(i % 1009)
                    .append(",p").append(i).append("@example.com,+49 30 ").append(i).append(",Company ")
                    .append(i % 31).append('\n');
        }

        ImportResult result = f.importFile(f.file("big.csv", csv.toString()));

        assertThat(result.inserted()).isEqualTo(rows);
        assertThat(result.indexesRebuilt()).isTrue();
        List<String> missing = f.services.database().fromConnection(c -> PersonSearchIndexes.missing(c, "person"));
        assertThat(missing).isEmpty();
        assertThat(f.importFile(f.file("small.csv", "external_id,last_name\nsmall-1,Small\n")).indexesRebuilt())
                .isFalse();
    }
}
