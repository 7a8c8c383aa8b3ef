package com.custodia.service.workspace;

/**
 * The passphrase does not open this workstation's signing key file. Nothing was changed: the
 * database was closed again and the key file left as it was. A separate type so that a form can
 * point at the key passphrase field rather than at the database password.
 */
public final class WrongKeyPassphraseException extends IllegalArgumentException {

    public WrongKeyPassphraseException(Throwable cause) {
        super("Wrong passphrase for this workstation's signing key (the one chosen when this workstation first "
                + "signed for this database); nothing was changed.", cause);
    }
}
