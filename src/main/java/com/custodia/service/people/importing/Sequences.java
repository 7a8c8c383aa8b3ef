package com.custodia.service.people.importing;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

/** How each engine spells "the next value of a sequence". */
final class Sequences {

    private Sequences() {
    }

    static String nextValueSql(Connection connection, String sequence) throws SQLException {
        boolean postgres = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        return postgres ? "SELECT nextval('" + sequence + "')" : "SELECT NEXT VALUE FOR " + sequence;
    }
}
