package com.custodia.service.casefile;

/** Case ids as typed: the numeric id of an order, grant or person. */
final class CaseIds {

    private CaseIds() {
    }

    static long parse(String caseId, String what) {
        try {
            return Long.parseLong(caseId == null ? "" : caseId.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A " + what + " is named by its number, not '" + caseId + "'.");
        }
    }
}
