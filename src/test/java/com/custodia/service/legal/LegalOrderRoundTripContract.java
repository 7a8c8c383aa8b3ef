package com.custodia.service.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalOrderStatus;
import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.support.MutableClock;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The legal-order round trip on each engine: a binary copy through BLOB or BYTEA, approval,
 * hand-over through the ledger, and the database's refusal to delete orders or change what they
 * demand.
 */
abstract class LegalOrderRoundTripContract {

    @TempDir Path dir;
    LegalOrderFixture f;

    /** A fresh database with the test administrator. */
    protected abstract Services open(Path dir, MutableClock clock);

    @BeforeEach
    void create() {
        f = new LegalOrderFixture(dir, clock -> open(dir, clock));
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.services.close();
        }
    }

    @Test
    void intakeApprovalAndHandOverRoundTrip() throws Exception {
        byte[] scan = new byte[3 * 1024 * 1024 + 17];
        new Random(4711).nextBytes(scan);
        Path copy = Files.write(dir.resolve("scan.pdf"), scan);
        LegalOrderDraft d = f.subpoena();
        LegalOrderService orders = f.services.legalOrders();

        LegalOrderDetail entered = orders.intake(f.olivia, new LegalOrderDraft(d.kind(), d.authorityName(),
                d.authorityAddress(), d.reference(), d.personIds(), d.categories(), d.deadline(),
                d.nonNotificationUntil(), copy));
        assertThat(orders.copy(f.oscar, entered.id()).content()).isEqualTo(scan);
        assertThat(entered.copySha256()).isEqualTo(DisclosureGate.sha256(scan));
        orders.approve(f.oscar, entered.id(), null);

        Disclosed disclosed = orders.disclose(f.olivia, entered.id(), dir.resolve("handover.json"));

        var json = new ObjectMapper().readTree(dir.resolve("handover.json").toFile());
        assertThat(json.get("persons")).hasSize(2);
        assertThat(json.at("/persons/0/person_id").asLong()).isEqualTo(f.ada);
        var entry = f.services.ledger().store().entries(disclosed.ledgerSeq(), 1).get(0).content();
        assertThat(entry.reference()).isEqualTo(String.valueOf(entered.id()));
        assertThat(entry.nonNotificationUntil()).isEqualTo(LegalOrderFixture.QUIET_UNTIL);
        assertThat(orders.detail(f.olivia, entered.id()).status()).isEqualTo(LegalOrderStatus.DISCLOSED);
        assertThat(f.services.ledger().verify(f.oscar, Progress.NONE).ok()).isTrue();
    }

    @Test
    void theDatabaseKeepsOrdersAndWhatTheyDemand() {
        long id = f.enter(f.subpoena()).id();
        for (String sql : new String[] {
                "DELETE FROM legal_order WHERE id = " + id,
                "DELETE FROM legal_order_person WHERE order_id = " + id,
                "UPDATE legal_order_category SET category = 'notes' WHERE order_id = " + id,
                "UPDATE legal_order_copy SET content = content WHERE order_id = " + id}) {
            assertThatThrownBy(() -> f.services.database().fromConnection(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate(sql);
                }
            })).as(sql).hasMessageContaining("refused");
        }
        LegalOrderDetail kept = f.services.legalOrders().detail(f.oscar, id);
        assertThat(kept.personIds()).containsExactly(f.ada, f.bob);
        assertThat(kept.categories()).containsExactly("contact", "address");
        assertThat(f.services.legalOrders().copy(f.oscar, id).content())
                .isEqualTo(LegalOrderFixture.COPY_TEXT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
