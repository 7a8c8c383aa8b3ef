package com.custodia.service.disclosure;

/** The disclosure was allowed but could not be recorded or handed over; see the message for which. */
public class DisclosureFailedException extends RuntimeException {
    public DisclosureFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
