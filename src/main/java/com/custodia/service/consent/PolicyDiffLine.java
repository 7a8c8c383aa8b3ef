package com.custodia.service.consent;

/**
 * One line of the difference between two policy texts, in order: unchanged, removed from the
 * older text, or added in the newer one. Line numbers are 1-based; the side a line is absent from
 * has 0.
 */
public record PolicyDiffLine(Kind kind, int oldLine, int newLine, String text) {

    public enum Kind {
        SAME,
        REMOVED,
        ADDED
    }
}
