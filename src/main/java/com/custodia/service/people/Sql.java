package com.custodia.service.people;

import java.util.List;

/**
 * One SQL statement as the people queries run it: the text and its parameters (strings, longs
 * and integers, bound with {@code setObject} in order). Public so the bench can run exactly the
 * same statements through plain JDBC beside the service, to show what the service adds.
 */
public record Sql(String text, List<Object> parameters) {

    public Sql {
        parameters = List.copyOf(parameters);
    }
}
