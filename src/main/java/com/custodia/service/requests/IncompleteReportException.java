package com.custodia.service.requests;

import java.util.List;

/** An access report cannot be complete: some inventory categories have no extractor. */
public class IncompleteReportException extends IllegalStateException {

    private final List<String> missing;

    public IncompleteReportException(List<String> missing) {
        super("The access report would be incomplete: no extractor reads the inventory categories " + missing + ".");
        this.missing = List.copyOf(missing);
    }

    public List<String> missing() {
        return missing;
    }
}
