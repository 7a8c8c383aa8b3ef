package com.custodia.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ledger's table of repeated texts ({@code ledger_text}): an entry row names its roles,
 * recipient, address, categories, fields and purpose by number, so that a million entries that
 * share a handful of field lists store each list once (decision 0011). A text is found by the
 * SHA-256 of its UTF-8 bytes, which both engines compute alike in the migration that filled it.
 * Texts are only ever added, by an append that holds the ledger's head, so two workstations never
 * number a text twice.
 */
public final class LedgerTexts {

    /** Numbers of texts known to be committed; a text added by a transaction joins after its commit. */
    private final Map<String, Long> committed = new ConcurrentHashMap<>();

    /** Names texts within one transaction on {@code c}; call {@link Naming#committed()} once it has committed. */
    public Naming naming(Connection c) {
        return new Naming(c);
    }

    /** The texts of one transaction. */
    public final class Naming {
        private final Connection c;
        private final Map<String, Long> added = new HashMap<>();
        private final MessageDigest md = Merkle.sha256();

        private Naming(Connection c) {
            this.c = c;
        }

        /** The number of this text, adding it to the table when it is new; null for null. */
        public Long id(String text) throws SQLException {
            if (text == null) {
                return null;
            }
            Long id = committed.get(text);
            if (id == null) {
                id = added.get(text);
            }
            return id != null ? id : find(text);
        }

        private long find(String text) throws SQLException {
            byte[] sha = md.digest(text.getBytes(StandardCharsets.UTF_8));
            try (PreparedStatement st = c.prepareStatement("SELECT id FROM ledger_text WHERE text_sha256 = ?")) {
                st.setBytes(1, sha);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        // seen by this transaction and not added by it: another one committed it
                        long id = rs.getLong(1);
                        committed.put(text, id);
                        return id;
                    }
                }
            }
            long id;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT COALESCE(MAX(id), 0) + 1 FROM ledger_text")) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO ledger_text (id, text_sha256, text) VALUES (?, ?, ?)")) {
                st.setLong(1, id);
                st.setBytes(2, sha);
                st.setString(3, text);
                st.executeUpdate();
            }
            added.put(text, id);
            return id;
        }

        /** The transaction committed: its new texts may be named by later ones without a query. */
        public void committed() {
            committed.putAll(added);
            added.clear();
        }
    }

    // ---------------------------------------------------------------- Reading

    /**
     * The texts as a verification reads them: all of them loaded once, each list split once, and
     * a text added meanwhile fetched when a row names it. Shared by the reader threads.
     */
    static final class Table {
        private final Map<Long, String> texts = new ConcurrentHashMap<>();
        private final Map<Long, List<String>> lists = new ConcurrentHashMap<>();
        private final Map<Long, byte[]> jsons = new ConcurrentHashMap<>();

        static Table load(Connection c) throws SQLException {
            Table table = new Table();
            try (Statement st = c.createStatement()) {
                st.setFetchSize(10_000);
                try (ResultSet rs = st.executeQuery("SELECT id, text FROM ledger_text")) {
                    while (rs.next()) {
                        table.texts.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return table;
        }

        /** The text numbered {@code id}; null when the row named no text, or a number no text has. */
        String text(Connection c, Long id) throws SQLException {
            if (id == null) {
                return null;
            }
            String text = texts.get(id);
            if (text == null) {
                try (PreparedStatement st = c.prepareStatement("SELECT text FROM ledger_text WHERE id = ?")) {
                    st.setLong(1, id);
                    try (ResultSet rs = st.executeQuery()) {
                        if (!rs.next()) {
                            return null;
                        }
                        text = rs.getString(1);
                    }
                }
                texts.put(id, text);
            }
            return text;
        }

        /**
         * The text numbered {@code id} as a canonical JSON string, encoded once (callers must not
         * change the bytes); null as {@link #text}.
         */
        byte[] json(Connection c, Long id) throws SQLException {
            byte[] json = id == null ? null : jsons.get(id);
            if (json == null) {
                String text = text(c, id);
                if (text == null) {
                    return null;
                }
                json = new CanonicalBytes().string(text).toByteArray();
                jsons.put(id, json);
            }
            return json;
        }

        /** The comma-separated list numbered {@code id}, split once; null as {@link #text}. */
        List<String> list(Connection c, Long id) throws SQLException {
            List<String> list = id == null ? null : lists.get(id);
            if (list == null) {
                String text = text(c, id);
                if (text == null) {
                    return null;
                }
                list = CanonicalList.of(LedgerStore.split(text));
                lists.put(id, list);
            }
            return list;
        }
    }
}
