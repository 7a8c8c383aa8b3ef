package com.custodia.service.casefile;

/**
 * Who receives an exported case: a named reviewer inside the vendor (the file is then internal use),
 * or, when null is given, the recipient the case itself names (a legal order's authority).
 */
public record CaseRecipient(String name, String address) {
}
