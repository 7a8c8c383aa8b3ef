package com.custodia.service.ledger;

import java.util.List;

/**
 * The forms an accounting is delivered in: a PDF for people, JSON for machines. Each names the
 * fields it hands over, which its ledger entry records.
 */
public enum AccountingFormat {
    PDF("pdf", List.of("person.name", "person.id", "generatedAt", "date", "recipient.kind", "recipient.name",
            "recipient.address", "categories", "fields", "purpose", "basis", "reference", "channel", "ledgerSeq",
            "series.count", "series.lastDate", "series.frequency")),
    JSON("json", List.of("person.name", "person.id", "generatedAt", "date", "recipient.kind", "recipient.name",
            "recipient.address", "categories", "fields", "purpose", "basis", "reference", "channel", "ledgerSeq",
            "series.count", "series.lastDate", "series.averageInterval", "series.frequency", "series.categories",
            "series.fields", "series.lastLedgerSeq"));

    private final String extension;
    private final List<String> fields;

    AccountingFormat(String extension, List<String> fields) {
        this.extension = extension;
        this.fields = fields;
    }

    /** The file name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The fields the format hands over, as recorded in the ledger entry of a delivery. */
    public List<String> fields() {
        return fields;
    }

    /** The format a file name asks for by its extension ({@code .pdf} or {@code .json}, any case). */
    public static AccountingFormat forFile(String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        for (AccountingFormat f : values()) {
            if (lower.endsWith("." + f.extension)) {
                return f;
            }
        }
        throw new IllegalArgumentException("An accounting is written as .pdf or .json, not as " + fileName + ".");
    }
}
