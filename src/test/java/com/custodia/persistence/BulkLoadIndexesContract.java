package com.custodia.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.service.Services;
import com.custodia.support.MutableClock;
import com.custodia.support.PostgresSchemas;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The indexes a bulk load drops are exactly those the migrations made, and always come back. */
abstract class BulkLoadIndexesContract {

    protected final MutableClock clock = new MutableClock();
    protected Services services;

    protected abstract Services create();

    /** Every index of the schema with its columns, one line each, in the engine's own words. */
    protected abstract String indexSignatureQuery();

    @BeforeEach
    void open() {
        services = create();
    }

    @AfterEach
    void close() {
        if (services == null) {
            return;
        }
        var profile = services.profile();
        services.close();
        PostgresSchemas.drop(profile);
    }

    protected Set<String> signatures() {
        return services.database().fromConnection(c -> {
            Set<String> lines = new TreeSet<>();
            try (PreparedStatement ps = c.prepareStatement(indexSignatureQuery())) {
                ps.setString(1, c.getSchema());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(rs.getString(1) + " " + rs.getString(2));
                    }
                }
            }
            return lines;
        });
    }

    protected Set<String> present() {
        return services.database().fromConnection(BulkLoadIndexes::present);
    }

    @Test
    void everyDefinitionExistsInTheMigratedSchema() {
        assertThat(present()).containsAll(BulkLoadIndexes.DEFINITIONS.stream().map(BulkLoadIndexes.Definition::name)
                .toList());
    }

    @Test
    void theIndexesAreGoneDuringTheLoadAndTheSameAfterwards() {
        Set<String> before = signatures();

        Set<String> during = BulkLoadIndexes.withoutSearchIndexes(services.database(), this::present);

        assertThat(during).doesNotContainAnyElementsOf(BulkLoadIndexes.DEFINITIONS.stream()
                .map(BulkLoadIndexes.Definition::name).toList());
        assertThat(signatures()).isEqualTo(before);
    }

    @Test
    void theIndexesComeBackWhenTheLoadFails() {
        Set<String> before = signatures();

        assertThatThrownBy(() -> BulkLoadIndexes.withoutSearchIndexes(services.database(), () -> {
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");

        assertThat(signatures()).isEqualTo(before);
    }
}
