package com.custodia.service.people.importing;

import com.custodia.domain.PersonKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one record against the person columns: the row's shape, then every value, so the report
 * names every problem of a row at once. Values that pass are kept exactly as given; only the two
 * codes are put in their canonical form (kind as the enum, country in upper case).
 */
final class RowValidator {

    /** The kind of a new person whose row gives none: customers are the main kind (DESIGN.md section 3). */
    static final PersonKind DEFAULT_KIND = PersonKind.CUSTOMER;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final String KINDS = Arrays.stream(PersonKind.values())
            .map(k -> k.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));

    private final CsvHeader header;

    RowValidator(CsvHeader header) {
        this.header = header;
    }

    /** Either the row or why it is refused (never both). */
    record Outcome(PersonRow row, List<ImportProblem> problems) {
    }

    Outcome check(CsvRecord record) {
        String[] fields = record.fields();
        String externalId = externalIdOf(fields);
        if (record.fault() != null) {
            String column = record.fault().field() >= 0 ? header.nameAt(record.fault().field()) : null;
            return refused(new ImportProblem(record.line(), externalId, column,
                    Problems.describe(record.fault(), header::nameAt)));
        }
        if (fields.length != header.width()) {
            return refused(new ImportProblem(record.line(), externalId, null, "the row has " + fields.length
                    + (fields.length == 1 ? " value" : " values") + " where the header has " + header.width()
                    + " columns; a value holding a comma must be in quotes"));
        }
        List<ImportProblem> problems = new ArrayList<>(0);
        String[] values = new String[PersonColumn.values().length];
        boolean[] bad = new boolean[values.length];
        for (PersonColumn column : PersonColumn.values()) {
            int index = header.indexOf(column);
            if (index < 0) {
                continue;
            }
            String value = fields[index].isEmpty() ? null : fields[index];
            String problem = value == null ? null : generalProblem(column, value);
            if (problem != null) {
                problems.add(new ImportProblem(record.line(), externalId, column.header(), problem));
                bad[column.ordinal()] = true;
            }
            values[column.ordinal()] = value;
        }
        // each column's own rule, unless the column already failed the general ones
        String last = values[PersonColumn.LAST_NAME.ordinal()];
        if (!bad[PersonColumn.LAST_NAME.ordinal()] && (last == null || last.isBlank())) {
            problems.add(new ImportProblem(record.line(), externalId, "last_name", "last_name is required"));
        }
        PersonKind kind = bad[PersonColumn.KIND.ordinal()] ? null : kind(values, record, externalId, problems);
        String email = values[PersonColumn.EMAIL.ordinal()];
        String emailProblem = email == null || bad[PersonColumn.EMAIL.ordinal()] ? null : EmailSyntax.problem(email);
        if (emailProblem != null) {
            problems.add(new ImportProblem(record.line(), externalId, "email", "email is not an address: it "
                    + emailProblem));
        }
        String country = values[PersonColumn.COUNTRY.ordinal()];
        if (country != null && !bad[PersonColumn.COUNTRY.ordinal()]) {
            String code = country.toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                problems.add(new ImportProblem(record.line(), externalId, "country", "country must be a "
                        + "two-letter ISO 3166 code such as DE or US"));
            }
            values[PersonColumn.COUNTRY.ordinal()] = code;
        }
        if (!problems.isEmpty()) {
            return new Outcome(null, List.copyOf(problems));
        }
        return new Outcome(new PersonRow(record.line(), values, kind), List.of());
    }

    /** Problems any value can have: too long for its column, or a character no database stores. */
    private static String generalProblem(PersonColumn column, String value) {
        if (value.length() > column.maxLength()) {
            return column.header() + " is " + value.length() + " characters long where at most " + column.maxLength()
                    + " fit (emoji and other characters beyond the Basic Multilingual Plane count as two)";
        }
        if (value.indexOf('\u0000') >= 0) {
            return column.header() + " contains a NUL character (byte 0), which the database cannot store";
        }
        return null;
    }

    private PersonKind kind(String[] values, CsvRecord record, String externalId, List<ImportProblem> problems) {
        String given = values[PersonColumn.KIND.ordinal()];
        if (given == null || given.isBlank()) {
            return null;
        }
        String name = given.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (PersonKind kind : PersonKind.values()) {
            if (kind.name().equals(name)) {
                values[PersonColumn.KIND.ordinal()] = kind.name();
                return kind;
            }
        }
        problems.add(new ImportProblem(record.line(), externalId, "kind", "kind must be one of " + KINDS));
        return null;
    }

    private String externalIdOf(String[] fields) {
        int index = header.indexOf(PersonColumn.EXTERNAL_ID);
        if (index < 0 || index >= fields.length || fields[index] == null || fields[index].isEmpty()) {
            return null;
        }
        String id = fields[index];
        // the report repeats the external_id to name the row; one that cannot be a key is not repeated
        return id.length() <= PersonColumn.EXTERNAL_ID.maxLength() && id.indexOf('\u0000') < 0 ? id : null;
    }

    private static Outcome refused(ImportProblem problem) {
        return new Outcome(null, List.of(problem));
    }
}
