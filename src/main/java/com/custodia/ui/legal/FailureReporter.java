package com.custodia.ui.legal;

import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.ui.common.DialogService;

/**
 * Reports a failed service call of the legal-orders screen. Refusals (roles, four eyes, the
 * disclosure rules) and invalid input are the operator's to act on, so their message goes next to
 * what they were doing; anything else is unexpected and is also raised in a dialog.
 */
final class FailureReporter {

    private final DialogService dialogs;
    private final LegalText text;

    FailureReporter(DialogService dialogs, LegalText text) {
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

    private static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
