package com.custodia.policy;

/**
 * Exported CSV cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab or
 * carriage return) are neutralised with a leading apostrophe (DESIGN.md section 7).
 */
public final class CsvSafety {

    private CsvSafety() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r') {
            return "'" + cell;
        }
        return cell;
    }
}
