package com.custodia.ui.firstrun;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.ConnectionProfile.TlsMode;
import com.custodia.service.workspace.WorkspaceService;
import com.custodia.ui.common.FieldProblem;
import java.util.List;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/** The "connect to a PostgreSQL server" form. */
public final class ServerForm {

    /** A plain PostgreSQL identifier: it goes into the connection URL as it is. */
    private static final String SCHEMA_NAME = "[a-z_][a-z0-9_$]{0,62}";

    private final ResourceBundle bundle;
    private final StringProperty host = new SimpleStringProperty("localhost");
    private final StringProperty port = new SimpleStringProperty("5432");
    private final StringProperty database = new SimpleStringProperty("custodia");
    /** Optional: a schema of Custodia's own in a shared database; empty means the user's default schema. */
    private final StringProperty schema = new SimpleStringProperty("");
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
    public StringProperty schemaProperty() { return schema; }
    public StringProperty userProperty() { return user; }
    public ObjectProperty<TlsMode> tlsProperty() { return tls; }
    public StringProperty caFileProperty() { return caFile; }
    public StringProperty passwordProperty() { return password; }
    public StringProperty keyPassphraseProperty() { return keyPassphrase; }

    /**
     * Runs {@code action} whenever a field that says which database this is changes (not the
     * secrets): what was learnt about the database before no longer holds.
     */
    void onConnectionChange(Runnable action) {
        // change listeners, not invalidation ones: those fire only once until the value is read again
        for (ObservableValue<?> field : List.of(host, port, database, schema, user, tls, caFile)) {
            field.addListener((obs, was, now) -> action.run());
        }
    }

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
        if (!schema.get().isBlank() && !schema.get().strip().matches(SCHEMA_NAME)) {
            return Optional.of(FieldProblem.ofKey(bundle, "server-schema", "problem.schema"));
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

    /** Connects to a database that holds a Custodia workspace; an empty one is refused untouched. */
    Opening prepare() {
        ConnectionProfile.Server server = profile();
        char[] secret = password.get().toCharArray();
        char[] key = keyPassphrase.get().isEmpty() ? null : keyPassphrase.get().toCharArray();
        return (workspaces, progress) -> workspaces.connect(server, secret, key, progress);
    }

    /** Initialises an empty database, as {@code init} does on the command line, with this workstation's new key. */
    Opening prepareInit(WorkspaceService.FirstAdministrator admin) {
        ConnectionProfile.Server server = profile();
        char[] secret = password.get().toCharArray();
        char[] key = keyPassphrase.get().toCharArray();
        return (workspaces, progress) -> workspaces.initServer(server, secret, key, admin, progress);
    }

    String keyPassphrase() {
        return keyPassphrase.get();
    }

    private ConnectionProfile.Server profile() {
        String ca = caFile.get().isBlank() ? null : caFile.get().strip();
        String schemaName = schema.get().isBlank() ? null : schema.get().strip();
        return new ConnectionProfile.Server(host.get().strip(), parsePort().orElseThrow(),
                database.get().strip(), user.get().strip(), tls.get(), ca, schemaName);
    }

    void clearSecrets() {
        password.set("");
        keyPassphrase.set("");
    }
}
