package com.custodia.ui.firstrun;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.ConnectionProfile.TlsMode;
import com.custodia.ui.common.FieldProblem;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The "connect to a PostgreSQL server" form. */
public final class ServerForm {

    private final ResourceBundle bundle;
    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("custodia");
    private final StringProperty user = new SimpleStringProperty("");
    /** verify-full by default: DESIGN.md asks for it wherever a CA is configured, and it is the safe choice. */
    private final ObjectProperty<TlsMode> tls = new SimpleObjectProperty<>(TlsMode.VERIFY_FULL);
    private final StringProperty caFile = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    /** Unlocks (or, the first time, protects) this workstation's signing key; without it nothing can be disclosed. */
    private final StringProperty keyPassphrase = new SimpleStringProperty("");

    ServerForm(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public StringProperty hostProperty() { return host; }
    public StringProperty portProperty() { return port; }
    public StringProperty databaseProperty() { return database; }
    public StringProperty userProperty() { return user; }
    public ObjectProperty<TlsMode> tlsProperty() { return tls; }
    public StringProperty caFileProperty() { return caFile; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty keyPassphraseProperty() { return keyPassphrase; }

    public Optional<FieldProblem> validate() {
        if (host.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "server-host", "problem.required"));
        }
        if (parsePort().isEmpty()) {
            return Optional.of(FieldProblem.ofKey(bundle, "server-port", "problem.port"));
        }
        if (database.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "server-database", "problem.required"));
        }
        if (user.get().isBlank()) {
            return Optional.of(FieldProblem.ofKey(bundle, "server-user", "problem.required"));
        }
        if (tls.get() == null) {
            return Optional.of(FieldProblem.ofKey(bundle, "server-tls", "problem.required"));
        }
        return Optional.empty();
    }

    private Optional<Integer> parsePort() {
        try {
            int value = Integer.parseInt(port.get().strip());
            return value > 0 && value <= 65535 ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    Opening prepare() {
        String ca = caFile.get().isBlank() ? null : caFile.get().strip();
        var server = new ConnectionProfile.Server(host.get().strip(), parsePort().orElseThrow(),
                database.get().strip(), user.get().strip(), tls.get(), ca, null);
        char[] secret = password.get().toCharArray();
        char[] key = keyPassphrase.get().isEmpty() ? null : keyPassphrase.get().toCharArray();
        return (workspaces, progress) -> workspaces.connect(server, secret, key, progress);
    }

    void clearSecrets() {
        password.set("");
        keyPassphrase.set("");
    }
}
