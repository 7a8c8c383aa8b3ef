package com.custodia.service.people.importing;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonExportService;
import com.custodia.support.TestWorkspaces;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Files to import, the import itself, and what ended up in the database and in an export. */
final class ImportFixture {

    static final String HEADER = "external_id,kind,first_name,last_name,email,phone,company,street,city,postal_code,"
            + "country,language,notes";

    final Path dir;
    final Services services;
    final Principal officer = TestWorkspaces.principal(50, "olivia", Role.PRIVACY_OFFICER);

    ImportFixture(Path dir, Services services) {
        this.dir = dir;
        this.services = services;
    }

    Path file(String name, String text) {
        return file(name, text.getBytes(StandardCharsets.UTF_8));
    }

    Path file(String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ImportResult importFile(Path file) {
        return services.personImport().importCsv(officer, file, ImportOptions.defaults(), Progress.NONE);
    }

    ImportResult importFile(Path file, ImportOptions options) {
        return services.personImport().importCsv(officer, file, options, Progress.NONE);
    }

    long persons() {
        return services.database().fromConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM person")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** Every column of the person with this external_id, read straight from the table. */
    Map<String, String> stored(String externalId) {
        return services.database().fromConnection(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT * FROM person WHERE external_id = ?")) {
                st.setString(1, externalId);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT), rs.getString(i));
                    }
                    return row;
                }
            }
        });
    }

    /** All persons, ordered by id, each as its columns: to compare the table before and after. */
    List<Map<String, String>> table() {
        return services.database().fromConnection(c -> {
            List<Map<String, String>> rows = new ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT * FROM person ORDER BY id")) {
                while (rs.next()) {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i).toLowerCase(java.util.Locale.ROOT), rs.getString(i));
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }

    /** Exports every person through the gate (internal use) and parses the file back. */
    List<CSVRecord> exportAll() {
        Path out = dir.resolve("export-" + System.nanoTime() + ".csv");
        services.personExport().export(officer, Set.of(), new PersonExportService.Recipient(RecipientKind.INTERNAL,
                "Import round-trip check", null, LegalBasis.INTERNAL_USE, null, "test the import"), out, Progress.NONE);
        return parse(out);
    }

    static List<CSVRecord> parse(Path csv) {
        try (Reader reader = new StringReader(Files.readString(csv, StandardCharsets.UTF_8));
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
