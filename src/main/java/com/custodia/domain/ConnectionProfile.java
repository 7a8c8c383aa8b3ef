package com.custodia.domain;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the data lives: an embedded, encrypted workspace folder or a PostgreSQL server.
 * Profiles carry no secrets; passphrases and passwords are asked for each time.
 */
public sealed interface ConnectionProfile permits ConnectionProfile.Embedded, ConnectionProfile.Server {

    /** A short label for the status bar and the profile list. */
    String label();

    record Embedded(Path folder) implements ConnectionProfile {
        public Embedded {
            folder = Objects.requireNonNull(folder).toAbsolutePath().normalize();
        }

        @Override
        public String label() {
            return "Embedded: " + folder;
        }
    }

    /** TLS modes of the PostgreSQL driver, strictest last. */
    enum TlsMode {
        DISABLE("disable"), PREFER("prefer"), REQUIRE("require"), VERIFY_CA("verify-ca"), VERIFY_FULL("verify-full");

        private final String sslmode;

        TlsMode(String sslmode) {
            this.sslmode = sslmode;
        }

        public String sslmode() {
            return sslmode;
        }
    }

    /**
     * A PostgreSQL server. {@code schema} is optional (tests use one schema each);
     * {@code caFile} is the root certificate for verify-ca / verify-full.
     */
    record Server(String host, int port, String database, String user, TlsMode tls, String caFile, String schema)
            implements ConnectionProfile {
        public Server {
            Objects.requireNonNull(host);
            Objects.requireNonNull(database);
            Objects.requireNonNull(user);
            tls = tls == null ? TlsMode.PREFER : tls;
            if (port <= 0 || port > 65535) {
                throw new IllegalArgumentException("port must be between 1 and 65535");
            }
        }

        public String jdbcUrl() {
            StringBuilder url = new StringBuilder("jdbc:postgresql://").append(host).append(':').append(port)
                    .append('/').append(database).append("?sslmode=").append(tls.sslmode())
                    .append("&reWriteBatchedInserts=true&ApplicationName=Custodia");
            if (caFile != null && !caFile.isBlank()) {
                url.append("&sslrootcert=").append(caFile);
            }
            if (schema != null && !schema.isBlank()) {
                url.append("&currentSchema=").append(schema);
            }
            return url.toString();
        }

        /** Parses a {@code jdbc:postgresql://host:port/db?...} URL as given on the command line. */
        public static Server fromJdbcUrl(String url, String user) {
            if (url == null || !url.startsWith("jdbc:postgresql://")) {
                throw new IllegalArgumentException("a database URL starts with jdbc:postgresql://");
            }
            String rest = url.substring("jdbc:postgresql://".length());
            String query = "";
            int q = rest.indexOf('?');
            if (q >= 0) {
                query = rest.substring(q + 1);
                rest = rest.substring(0, q);
            }
            int slash = rest.indexOf('/');
            if (slash < 0) {
                throw new IllegalArgumentException("the database URL names no database: " + url);
            }
            String hostPort = rest.substring(0, slash);
            String database = rest.substring(slash + 1);
            String host = hostPort;
            int port = 5432;
            int colon = hostPort.lastIndexOf(':');
            if (colon > 0) {
                host = hostPort.substring(0, colon);
                try {
                    port = Integer.parseInt(hostPort.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("the port in the database URL is not a number: " + url);
                }
            }
            TlsMode tls = TlsMode.PREFER;
            String ca = null;
            String schema = null;
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq < 0) {
                    continue;
                }
                String key = pair.substring(0, eq);
                String value = pair.substring(eq + 1);
                switch (key) {
                    case "sslmode" -> tls = parseTls(value);
                    case "sslrootcert" -> ca = value;
                    case "currentSchema" -> schema = value;
                    default -> { /* other driver options are chosen by Custodia itself */ }
                }
            }
            return new Server(host, port, database, user, tls, ca, schema);
        }

        private static TlsMode parseTls(String value) {
            for (TlsMode mode : TlsMode.values()) {
                if (mode.sslmode().equals(value)) {
                    return mode;
                }
            }
            throw new IllegalArgumentException("unknown sslmode: " + value);
        }

        @Override
        public String label() {
            return "PostgreSQL: " + user + "@" + host + ":" + port + "/" + database;
        }
    }
}
