package com.custodia.service.people.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which value of a record goes into which person column. Header names are matched without regard
 * to case, surrounding spaces, or spaces and hyphens in place of underscores ("First Name" is
 * first_name), and the caller may rename file columns or ignore them (the wizard's column
 * mapping). A header that lacks last_name or names a column twice makes the file unusable; columns
 * Custodia does not know are listed and ignored.
 */
final class CsvHeader {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-]+");

    private final long line;
    private final int width;
    private final int[] indexOf;
    private final String[] names;
    private final List<String> unknown;

    private CsvHeader(long line, int width, int[] indexOf, String[] names, List<String> unknown) {
        this.line = line;
        this.width = width;
        this.indexOf = indexOf;
        this.names = names;
        this.unknown = List.copyOf(unknown);
    }

    /**
     * @param renames file column name to Custodia column name (both matched as header names are)
     * @param ignored file column names whose values are left out although they name a person
     *                column (matched as header names are); they are not reported as unknown
     */
    static CsvHeader of(CsvRecord record, Map<String, String> renames, Set<String> ignored) {
        if (record == null) {
            throw new ImportFileException("The file is empty: it needs a header line naming its columns "
                    + "(at least last_name). Nothing was imported.");
        }
        if (record.fault() != null) {
            throw new ImportFileException("The header on line " + record.line() + " cannot be read ("
                    + Problems.describe(record.fault(), i -> "column " + (i + 1)) + "). Nothing was imported.");
        }
        Map<String, PersonColumn> renamed = new LinkedHashMap<>();
        renames.forEach((from, to) -> renamed.put(normalise(from), column(normalise(to)
                , "The column mapping names '" + to + "', which is not a person column.")));
        Set<String> skipped = new HashSet<>();
        ignored.forEach(name -> skipped.add(normalise(name)));
        String[] fields = record.fields();
        int[] indexOf = new int[PersonColumn.values().length];
        Arrays.fill(indexOf, -1);
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < fields.length; i++) {
            String name = normalise(fields[i]);
            if (skipped.contains(name)) {
                continue;
            }
            PersonColumn column = renamed.containsKey(name) ? renamed.get(name) : column(name, null);
            if (column == null) {
                unknown.add(name.isEmpty() ? "(column " + (i + 1) + ", no name)" : fields[i].strip());
                continue;
            }
            if (indexOf[column.ordinal()] >= 0) {
                throw new ImportFileException("The header on line " + record.line() + " names " + column.header()
                        + " twice (columns " + (indexOf[column.ordinal()] + 1) + " and " + (i + 1)
                        + "). Nothing was imported.");
            }
            indexOf[column.ordinal()] = i;
        }
        if (indexOf[PersonColumn.LAST_NAME.ordinal()] < 0) {
            // the names are not repeated: a file without a header would put a person's data here
            throw new ImportFileException("The header on line " + record.line() + " has no last_name column, which "
                    + "every person needs. The first line must name the columns, for example "
                    + "external_id,kind,first_name,last_name,email. Nothing was imported.");
        }
        return new CsvHeader(record.line(), fields.length, indexOf, fields.clone(), unknown);
    }

    /** The person column a file column's name matches, or null. */
    static PersonColumn match(String name) {
        return column(normalise(name), null);
    }

    static String normalise(String name) {
        return SEPARATORS.matcher(name.strip().toLowerCase(Locale.ROOT)).replaceAll("_");
    }

    private static PersonColumn column(String normalisedName, String failure) {
        for (PersonColumn column : PersonColumn.values()) {
            if (column.header().equals(normalisedName)) {
                return column;
            }
        }
        if (failure != null) {
            throw new IllegalArgumentException(failure);
        }
        return null;
    }

    long line() {
        return line;
    }

    /** How many values every record must have. */
    int width() {
        return width;
    }

    boolean has(PersonColumn column) {
        return indexOf[column.ordinal()] >= 0;
    }

    /** The index of the column's value in a record, or -1 when the file has no such column. */
    int indexOf(PersonColumn column) {
        return indexOf[column.ordinal()];
    }

    /** How a problem names the value at this index: the Custodia column, or the file's own name. */
    String nameAt(int index) {
        for (PersonColumn column : PersonColumn.values()) {
            if (indexOf[column.ordinal()] == index) {
                return column.header();
            }
        }
        return index < names.length ? "column " + (index + 1) + " (" + names[index].strip() + ")" : "column " + (index + 1);
    }

    /** Columns the file has that Custodia does not know, as the file names them. */
    List<String> unknownColumns() {
        return unknown;
    }
}
