package com.custodia.casefile;

import java.util.Locale;

/**
 * The names inside a case file. They are generic on purpose: a name is visible to anyone holding
 * the file, encrypted or not, so it never carries a person's name, a company or a reference.
 */
public final class CaseFileNames {

    public static final String MANIFEST = "manifest.json";
    public static final String SIGNATURE = "signature";
    public static final String CASE_JSON = "payload/case.json";
    public static final String REPORT_PDF = "payload/report.pdf";
    public static final String EXTENSION = ".custodia";
    public static final String REVIEW_SUFFIX = ".review.json";

    private CaseFileNames() {
    }

    /** {@code payload/attachment-1.bin}, counting from one. */
    public static String attachment(int number) {
        return String.format(Locale.ROOT, "payload/attachment-%d.bin", number);
    }
}
