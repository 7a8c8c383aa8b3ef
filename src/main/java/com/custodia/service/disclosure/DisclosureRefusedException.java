package com.custodia.service.disclosure;

/** The disclosure rules refused: nothing was recorded and nothing was released. */
public class DisclosureRefusedException extends RuntimeException {
    public DisclosureRefusedException(String reason) {
        super(reason);
    }
}
