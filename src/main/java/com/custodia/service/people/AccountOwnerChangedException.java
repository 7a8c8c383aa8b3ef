package com.custodia.service.people;

/**
 * A change of account owner that found a different owner than the operator saw: someone changed
 * it meanwhile. Nothing was written; {@link #current()} is how it stands now.
 */
public class AccountOwnerChangedException extends RuntimeException {

    private final transient AccountOwners.Ownership current;

    public AccountOwnerChangedException(String message, AccountOwners.Ownership current) {
        super(message);
        this.current = current;
    }

    public AccountOwners.Ownership current() {
        return current;
    }
}
