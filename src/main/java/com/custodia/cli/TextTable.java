package com.custodia.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain table for the terminal: a header line, then rows, columns padded to their widest cell. */
final class TextTable {

    private final List<String[]> lines = new ArrayList<>();

    TextTable(String... header) {
        lines.add(header);
    }

    TextTable row(String... cells) {
        String[] clean = new String[cells.length];
        for (int i = 0; i < cells.length; i++) {
            clean[i] = cells[i] == null ? "" : cells[i];
        }
        lines.add(clean);
        return this;
    }

    int rows() {
        return lines.size() - 1;
    }

    void print(PrintWriter out) {
        int[] widths = new int[lines.get(0).length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        for (String[] line : lines) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < line.length; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                sb.append(line[i]);
                if (i < line.length - 1) {
                    sb.append(" ".repeat(widths[i] - line[i].length()));
                }
            }
            out.println(sb.toString().stripTrailing());
        }
    }
}
