package com.custodia.service.people.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.domain.SearchKeys;
import com.custodia.service.Services;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an import must do on every engine: keep any Unicode exactly through import, database and
 * export; leave the data as it was when the same file comes again; change existing persons only
 * in the columns the file has; refuse the wrong role. Subclasses give H2 or PostgreSQL.
 */
abstract class PersonImportContract {

    /** Values no normaliser may touch: emoji (with skin tone and ZWJ), RTL with marks, combining and zero-width. */
    static final String[][] TRICKY = {
        {"u-1", "customer", "Zoë", "Ångström", "zoe@example.com", "030 1234", "Ünïcödé GmbH", "Straße 1", "Köln",
            "50667", "DE", "de", "precomposed ë and Å"},
        {"u-2", "customer", "Zoe\u0308", "A\u030Angstro\u0308m", "zoe2@example.com", "", "", "", "", "", "", "",
            "the same names, decomposed: must stay decomposed"},
        {"u-3", "trial_user", "👩🏽‍💻", "Smith 🧑‍🤝‍🧑", "emoji@example.com", "", "Family 👨‍👩‍👧‍👦 Ltd", "", "", "", "", "",
            "🏳️‍🌈 flag sequence; 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 math letters"},
        {"u-4", "partner_contact", "\u200Fمحمد", "\u05DB\u05D4\u05DF\u200E", "", "", "\u202Bשלום עולם\u202C", "", "",
            "", "IL", "he", "mixed: abc \u05D0\u05D1\u05D2 123 \u0627\u0644\u0639\u0631\u0628\u064A\u0629"},
        {"u-5", "forum_member", "Ze\u200Bro", "Wid\u200Cth\u200D", "zw@example.com", "", "Zero\uFEFFWidth", "", "", "",
            "", "", "zero-width space, non-joiner, joiner and a BOM inside a value"},
        {"u-6", "job_applicant", "Quote \"Q\"", "Comma, Lastname", "q@example.com", "", "", "Line 1\nLine 2", "", "",
            "", "", "CRLF inside\r\nand \"quotes\", and commas, all kept"},
        {"u-7", "point_of_contact", " padded ", "Trailing  ", "", "", "", "", "", "", "", "",
            "spaces around values are values too"},
    };

    @TempDir
    Path dir;
    MutableClock clock = new MutableClock();
    ImportFixture f;

    /** A fresh database with the test administrator. */
    protected abstract Services open(Path dir, MutableClock clock);

    @BeforeEach
    void create() {
        f = new ImportFixture(dir, open(dir, clock));
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.services.close();
        }
    }

    static String quoted(String... values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",").append('"').append(values[i].replace("\"", "\"\"")).append('"');
        }
        return line.toString();
    }

    static String trickyFile() {
        StringBuilder csv = new StringBuilder(ImportFixture.HEADER).append("\r\n");
        for (String[] row : TRICKY) {
            csv.append(quoted(row)).append("\r\n");
        }
        return csv.toString();
    }

    @Test
    void anyUnicodeRoundTripsExactlyThroughImportDatabaseAndExport() {
        ImportResult result = f.importFile(f.file("tricky.csv", trickyFile()));

        assertThat(result.rejected()).as("%s", result).isZero();
        assertThat(result.inserted()).isEqualTo(TRICKY.length);
        List<CSVRecord> exported = f.exportAll();
        assertThat(exported).hasSize(TRICKY.length);
        for (String[] row : TRICKY) {
            CSVRecord out = exported.stream().filter(r -> r.get("external_id").equals(row[0])).findFirst().orElseThrow();
            for (int c = 0; c < PersonColumn.values().length; c++) {
                assertThat(out.get(c)).as("%s %s", row[0], PersonColumn.values()[c].header()).isEqualTo(row[c]);
            }
        }
    }

    @Test
    void searchKeysOfImportedPersonsAreTheOnesThePersonEntityComputes() {
        f.importFile(f.file("tricky.csv", trickyFile()));

        for (String[] row : TRICKY) {
            Map<String, String> stored = f.stored(row[0]);
            assertThat(stored.get("first_name_key")).isEqualTo(SearchKeys.text(emptyToNull(row[2])));
            assertThat(stored.get("last_name_key")).isEqualTo(SearchKeys.text(row[3]));
            assertThat(stored.get("email_key")).isEqualTo(SearchKeys.text(emptyToNull(row[4])));
            assertThat(stored.get("phone_key")).isEqualTo(SearchKeys.phone(emptyToNull(row[5])));
            assertThat(stored.get("company_key")).isEqualTo(SearchKeys.text(emptyToNull(row[6])));
        }
    }

    @Test
    void importingTheSameFileAgainLeavesTheSameDataAndReportsEveryRowUnchanged() {
        Path file = f.file("tricky.csv", trickyFile());
        f.importFile(file);
        List<Map<String, String>> before = f.table();
        clock.advance(Duration.ofHours(1));

        ImportResult again = f.importFile(file);

        assertThat(again.unchanged()).isEqualTo(TRICKY.length);
        assertThat(again.inserted() + again.updated() + again.rejected()).isZero();
        assertThat(f.table()).isEqualTo(before);
    }

    @Test
    void aReimportChangesOnlyTheColumnsItHasThroughTheEntity() {
        f.importFile(f.file("tricky.csv", trickyFile()));
        Map<String, String> before = f.stored("u-1");
        clock.advance(Duration.ofHours(1));

        ImportResult result = f.importFile(f.file("update.csv", "external_id,last_name,email\n"
                + "u-1,Ångström,new@example.com\nu-3,Smith 🧑‍🤝‍🧑,emoji@example.com\n"));

        assertThat(result.updated()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        Map<String, String> after = f.stored("u-1");
        assertThat(after.get("email")).isEqualTo("new@example.com");
        assertThat(after.get("email_key")).isEqualTo("new@example.com");
        assertThat(after.get("phone")).as("no phone column: the phone stays").isEqualTo(before.get("phone"));
        assertThat(after.get("first_name")).isEqualTo(before.get("first_name"));
        assertThat(after.get("kind")).isEqualTo(before.get("kind"));
        assertThat(Long.parseLong(after.get("version"))).as("an entity update").isEqualTo(
                Long.parseLong(before.get("version")) + 1);
        assertThat(after.get("updated_at")).isNotEqualTo(before.get("updated_at"));
    }

    @Test
    void theColumnLimitsAreTheColumnSizesOfThePersonTable() {
        Map<String, Integer> sizes = f.services.database().fromConnection(c -> {
            var meta = c.getMetaData();
            String table = meta.storesUpperCaseIdentifiers() ? "PERSON" : "person";
            Map<String, Integer> out = new java.util.HashMap<>();
            try (ResultSet rs = meta.getColumns(c.getCatalog(), c.getSchema(), table, null)) {
                while (rs.next()) {
                    out.put(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), rs.getInt("COLUMN_SIZE"));
                }
            }
            return out;
        });
        for (PersonColumn column : PersonColumn.values()) {
            assertThat(column.maxLength()).as(column.header()).isEqualTo(sizes.get(column.header()));
        }
    }

    @Test
    void importAsARoleWithoutTheRightIsRefusedAndWritesNothing() {
        Path file = f.file("tricky.csv", trickyFile());
        var sales = TestWorkspaces.principal(60, "sam", Role.SALES_REPRESENTATIVE);

        assertThatThrownBy(() -> f.services.personImport().importCsv(sales, file, ImportOptions.defaults(),
                Progress.NONE)).isInstanceOf(AccessDeniedException.class).hasMessageContaining("import persons");

        assertThat(f.persons()).isZero();
        assertThat(dir.resolve("tricky.report.csv")).doesNotExist();
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
