package com.custodia.persistence;

import com.custodia.domain.SearchKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Version 6.1: fills the search keys of persons that existed before version 6. The keys are
 * Java's normalisation ({@link SearchKeys}), which neither engine can spell in SQL the same way.
 */
public final class SearchKeyBackfill implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("6.1");
    }

    @Override
    public Integer getChecksum() {
        return 61;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public String getDescription() {
        return "search keys of existing persons";
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        try (PreparedStatement read = c.prepareStatement(
                "SELECT id, first_name, last_name, company, email, phone FROM person WHERE last_name_key IS NULL");
             PreparedStatement write = c.prepareStatement(
                     "UPDATE person SET first_name_key = ?, last_name_key = ?, company_key = ?, email_key = ?,"
                             + " phone_key = ? WHERE id = ?");
             ResultSet rs = read.executeQuery()) {
            int pending = 0;
            while (rs.next()) {
                write.setString(1, SearchKeys.text(rs.getString(2)));
                write.setString(2, SearchKeys.text(rs.getString(3)));
                write.setString(3, SearchKeys.text(rs.getString(4)));
                write.setString(4, SearchKeys.text(rs.getString(5)));
                write.setString(5, SearchKeys.phone(rs.getString(6)));
                write.setLong(6, rs.getLong(1));
                write.addBatch();
                if (++pending == 1000) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }
}
