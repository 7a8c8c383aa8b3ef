package com.custodia.ui.common;

import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.security.AccessDeniedException;

/**
 * Reports a failed service call of a screen. Refusals (roles, four eyes, the disclosure rules) and
 * invalid input are the operator's to act on, so their message goes next to what they were doing;
 * anything else is unexpected and is also raised in a dialog, so it cannot be missed.
 */
public final class FailureReporter {

    private final DialogService dialogs;
    private final String errorTitle;

    public FailureReporter(DialogService dialogs, String errorTitle) {
        this.dialogs = dialogs;
        this.errorTitle = errorTitle;
    }

    public void report(Throwable error, Notice notice) {
        String message = messageOf(error);
        notice.error(message);
        if (!expected(error)) {
            dialogs.showError(errorTitle, message);
        }
    }

    public static boolean expected(Throwable error) {
        return error instanceof AccessDeniedException || error instanceof IllegalArgumentException
                || error instanceof DisclosureRefusedException;
    }

    public static String messageOf(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
