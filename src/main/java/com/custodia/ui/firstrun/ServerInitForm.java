package com.custodia.ui.firstrun;

import com.custodia.ui.common.FieldProblem;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Initialising a server database from the console: shown under the server form only once the
 * database was found to hold no Custodia workspace (decision 0029). It asks what {@code init}
 * asks — the first administrator, and a passphrase for this workstation's new signing key (typed
 * in the server form, repeated here) — and the connection fields above still say where.
 */
public final class ServerInitForm {

    static final String KEY_FIELD = "server-key-passphrase";
    static final String KEY_REPEAT_FIELD = "server-init-key-repeat";

    private final ResourceBundle bundle;
    private final AdministratorFields admin;
    private final StringProperty keyPassphraseRepeat = new SimpleStringProperty("");
    private final BooleanProperty offered = new SimpleBooleanProperty();

    ServerInitForm(ResourceBundle bundle) {
        this.bundle = bundle;
        this.admin = new AdministratorFields(bundle, "server-init");
    }

    // ---------------------------------------------------------------- Properties

    /** True once the database was found empty, until another database is named or it is initialised. */
    public ReadOnlyBooleanProperty offeredProperty() { return offered; }
    public StringProperty keyPassphraseRepeatProperty() { return keyPassphraseRepeat; }
    public StringProperty usernameProperty() { return admin.usernameProperty(); }
    public StringProperty displayNameProperty() { return admin.displayNameProperty(); }
    public StringProperty passwordProperty() { return admin.passwordProperty(); }
    public StringProperty passwordRepeatProperty() { return admin.passwordRepeatProperty(); }

    // ---------------------------------------------------------------- Commands

    void offer() {
        offered.set(true);
    }

    void withdraw() {
        offered.set(false);
    }

    /**
     * The first problem in screen order: the key passphrase (a new key is made, so it is required
     * and must be strong), its repetition, then the administrator.
     */
    Optional<FieldProblem> validate(String keyPassphrase) {
        if (keyPassphrase.isEmpty()) {
            return Optional.of(FieldProblem.ofKey(bundle, KEY_FIELD, "problem.keyRequired"));
        }
        Optional<FieldProblem> keyProblem = NewPassphrase.validate(bundle, KEY_FIELD, KEY_REPEAT_FIELD,
                keyPassphrase, keyPassphraseRepeat.get());
        return keyProblem.isPresent() ? keyProblem : admin.validate();
    }

    /** Where the operator starts typing once initialisation is offered. */
    String firstField(String keyPassphrase) {
        return keyPassphrase.isEmpty() ? KEY_FIELD : KEY_REPEAT_FIELD;
    }

    AdministratorFields admin() {
        return admin;
    }

    void clearSecrets() {
        keyPassphraseRepeat.set("");
        admin.clearSecrets();
    }
}
