package com.custodia.service.auth;

/** Sign-in refused. The message is the same for unknown users and wrong passwords. */
public class AuthenticationException extends RuntimeException {

    private final boolean locked;

    public AuthenticationException(String message, boolean locked) {
        super(message);
        this.locked = locked;
    }

    public boolean locked() {
        return locked;
    }
}
