package com.custodia.service.requests;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one inventory category for an access report: every record about the person's
 * identities, where the data came from, and how many rows of each of its stores are theirs.
 */
@FunctionalInterface
public interface CategoryExtractor {

    /** The persons the report is about (the matched records and every record merged into them) and the time. */
    record Context(Connection connection, Set<Long> identities, Instant now) {
    }

    /**
     * @param records     one map of field to value per record, in a stable order
     * @param sources     where the data came from, in words
     * @param rowsByTable rows about the person, per store searched
     */
    record Extracted(List<Map<String, String>> records, List<String> sources, Map<String, Long> rowsByTable) {
    }

    Extracted extract(Context context) throws SQLException;
}
