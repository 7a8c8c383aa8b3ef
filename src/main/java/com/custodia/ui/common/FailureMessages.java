package com.custodia.ui.common;

import com.custodia.domain.DatabaseException;
import com.custodia.service.auth.AuthenticationException;
import com.custodia.service.security.AccessDeniedException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a failure of opening or signing in into the sentence shown under the form. Services
 * write their messages for operators, so those are shown as they are; anything else is a bug,
 * logged and shown as a generic sentence with its message.
 */
public final class FailureMessages {

    private static final Logger LOG = LoggerFactory.getLogger(FailureMessages.class);

    private FailureMessages() {
    }

    /** {@code bundle} must hold {@code error.wrongPassphrase} and {@code error.unexpected}. */
    public static String describe(Throwable failure, ResourceBundle bundle) {
        if (failure instanceof DatabaseException db && db.reason() == DatabaseException.Reason.WRONG_PASSPHRASE) {
            return bundle.getString("error.wrongPassphrase");
        }
        if (failure instanceof DatabaseException || failure instanceof AuthenticationException
                || failure instanceof AccessDeniedException || failure instanceof IllegalArgumentException
                || failure instanceof IllegalStateException) {
            return failure.getMessage();
        }
        LOG.error("Unexpected failure: {}", ErrorReporter.describe(failure));
        String detail = failure.getMessage();
        return detail == null ? bundle.getString("error.unexpected") : bundle.getString("error.unexpected") + " " + detail;
    }
}
