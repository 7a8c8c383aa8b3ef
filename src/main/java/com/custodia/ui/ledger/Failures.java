package com.custodia.ui.ledger;

import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.ui.common.DialogService;

/**
 * Reports a failed service call of the ledger screen. Refusals (role or disclosure rules) and
 * invalid input are the operator's to act on, so their message goes next to what they were
 * doing; anything else is unexpected and is also raised in a dialog, so it cannot be missed.
 */
final class Failures {

    private final DialogService dialogs;
    private final LedgerText text;

    Failures(DialogService dialogs, LedgerText text) {
        this.dialogs = dialogs;
        this.text = text;
    }

    void report(Throwable error, Notice notice) {
        String message = messageOf(error);
        notice.error(message);
        if (!expected(error)) {
            dialogs.showError(text.get("error.title"), message);
        }
    }

    static boolean expected(Throwable error) {
        return error instanceof AccessDeniedException || error instanceof IllegalArgumentException
                || error instanceof DisclosureRefusedException;
    }

    static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
