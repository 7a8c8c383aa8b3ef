package com.custodia.service.people.importing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header and first rows of a CSV file as an import would read them, and which person column
 * each file column matches by its name: what the console's import wizard shows for its column
 * mapping before anything is written. It is read with the import's own reader, so the preview and
 * the import never disagree about quotes, line breaks, a byte-order mark or bad UTF-8.
 *
 * @param file    the file's name
 * @param columns the file's columns, in file order
 * @param rows    up to the requested number of data rows
 * @param more    whether the file has rows beyond those shown
 */
public record ImportPreview(String file, List<Column> columns, List<Row> rows, boolean more) {

    /** The person columns an import knows (DESIGN.md section 7), in their documented order. */
    public static final List<String> PERSON_COLUMNS = Arrays.stream(PersonColumn.values())
            .map(PersonColumn::header).toList();

    /**
     * One column of the file.
     *
     * @param index    0-based position in the file
     * @param name     the name as the header gives it
     * @param match    the person column the name matches (case, spaces and hyphens aside), or null
     * @param repeated whether another column of the file has the same name once normalised: an
     *                 import maps columns by name, so such columns can only be mapped alike
     */
    public record Column(int index, String name, String match, boolean repeated) {
    }

    /**
     * One data row. Values the reader could not decode are empty and the row's problem says why.
     *
     * @param line    the physical line the row starts on
     * @param values  the values in file order (as many as the row has)
     * @param problem why an import would refuse the row as it reads it, or null
     */
    public record Row(long line, List<String> values, String problem) {
    }

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The person column a header name matches as an import would match it, or null. */
    public static String match(String headerName) {
        PersonColumn column = CsvHeader.match(headerName);
        return column == null ? null : column.header();
    }

    static ImportPreview read(ImportSource source, int maxRows) {
        try (CsvRecordReader reader = new CsvRecordReader(source.open())) {
            CsvRecord header = reader.next();
            if (header == null) {
                throw new ImportFileException("The file " + source.name() + " is empty: it needs a header line "
                        + "naming its columns (at least last_name).");
            }
            if (header.fault() != null) {
                throw new ImportFileException("The header on line " + header.line() + " cannot be read ("
                        + Problems.describe(header.fault(), i -> "column " + (i + 1)) + ").");
            }
            List<Column> columns = columns(header.fields());
            List<Row> rows = new ArrayList<>();
            CsvRecord record = reader.next();
            while (record != null && rows.size() < maxRows) {
                rows.add(row(record, columns));
                record = reader.next();
            }
            return new ImportPreview(source.name(), columns, rows, record != null);
        } catch (IOException e) {
            throw new ImportFileException("The file " + source.name() + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<Column> columns(String[] names) {
        Map<String, Integer> seen = new HashMap<>();
        for (String name : names) {
            seen.merge(CsvHeader.normalise(name), 1, Integer::sum);
        }
        List<Column> columns = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            columns.add(new Column(i, names[i].strip(), match(names[i]), seen.get(CsvHeader.normalise(names[i])) > 1));
        }
        return columns;
    }

    private static Row row(CsvRecord record, List<Column> columns) {
        String[] fields = record.fields();
        List<String> values = new ArrayList<>(fields.length);
        for (String field : fields) {
            values.add(field == null ? "" : field);
        }
        String problem = null;
        if (record.fault() != null) {
            problem = Problems.describe(record.fault(), i -> i < columns.size() ? columns.get(i).name()
                    : "column " + (i + 1));
        } else if (fields.length != columns.size()) {
            problem = "the row has " + fields.length + " values where the header has " + columns.size() + " columns";
        }
        return new Row(record.line(), Collections.unmodifiableList(values), problem);
    }
}
