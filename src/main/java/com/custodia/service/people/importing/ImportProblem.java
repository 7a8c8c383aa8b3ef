package com.custodia.service.people.importing;

/**
 * Why one row (or the header) of an import file was not taken, as the report lists it. It never
 * holds the row's values: only the external_id, which names the record without being personal.
 *
 * @param line       the physical line the row starts on
 * @param externalId the row's external_id when it could be read, else null
 * @param column     the column at fault, or null when the row as a whole is
 * @param reason     a sentence an operator can act on
 */
public record ImportProblem(long line, String externalId, String column, String reason) {
}
