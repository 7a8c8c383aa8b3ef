package com.custodia.service.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.LegalOrderStatus;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.EntryContent;
import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.people.PersonExportService;
import com.custodia.support.TestWorkspaces;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handing a legal order's scope to the authority through the disclosure gate: refused until a
 * privacy officer approved it; afterwards exactly the approved persons and fields, recorded first.
 */
class LegalOrderDisclosureTest {

    @TempDir Path dir;
    LegalOrderFixture f;
    LegalOrderService orders;

    @BeforeEach
    void workspace() {
        f = new LegalOrderFixture(dir, clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
        orders = f.services.legalOrders();
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    @Test
    void anOrderNotYetApprovedIsRefusedByTheRulesAndNothingLeaves() {
        LegalOrderDetail entered = f.enter(f.subpoena());
        Path out = dir.resolve("handover.json");

        assertThatThrownBy(() -> orders.disclose(f.olivia, entered.id(), out))
                .isInstanceOf(DisclosureRefusedException.class)
                .hasMessage("The legal order has not been approved by a privacy officer.");

        assertThat(out).doesNotExist();
        assertThat(f.services.ledger().store().head().size()).isZero();
        assertThat(orders.detail(f.olivia, entered.id()).status()).isEqualTo(LegalOrderStatus.RECEIVED);
        assertThat(f.services.securityEvents().newest(admin(), 10)).anySatisfy(e ->
                assertThat(e.kind()).isEqualTo(SecurityEventKind.DISCLOSURE_REFUSED));
    }

    @Test
    void aRejectedOrderCannotBeHandedOver() {
        LegalOrderDetail entered = f.enter(f.subpoena());
        orders.reject(f.oscar, entered.id(), "Served on the wrong company.");
        Path out = dir.resolve("handover.json");

        assertThatThrownBy(() -> orders.disclose(f.oscar, entered.id(), out))
                .isInstanceOf(DisclosureRefusedException.class)
                .hasMessage("The legal order has not been approved by a privacy officer.");

        assertThat(out).doesNotExist();
        assertThat(f.services.ledger().store().head().size()).isZero();
        assertThat(orders.detail(f.oscar, entered.id()).status()).isEqualTo(LegalOrderStatus.REJECTED);
    }

    @Test
    void anApprovedOrderHandsOverExactlyItsScopeAfterItsLedgerEntry() throws Exception {
        LegalOrderDetail order = f.approved();
        f.clock.advance(Duration.ofDays(1));
        Path out = dir.resolve("out/handover.json");

        Disclosed disclosed = orders.disclose(f.olivia, order.id(), out);

        byte[] bytes = Files.readAllBytes(out);
        assertThat(DisclosureGate.sha256(bytes)).isEqualTo(disclosed.payloadSha256());
        assertThat(disclosed.bytes()).isEqualTo(bytes.length);

        JsonNode json = new ObjectMapper().readTree(bytes);
        assertThat(json.at("/legal_order/id").asLong()).isEqualTo(order.id());
        assertThat(json.at("/legal_order/reference").asText()).isEqualTo("SUB-4711");
        assertThat(json.at("/legal_order/kind").asText()).isEqualTo("subpoena");
        assertThat(json.at("/legal_order/authority/name").asText()).isEqualTo("District Court of Springfield");
        assertThat(json.at("/legal_order/authority/address").asText()).isEqualTo("1 Court Sq, Springfield");
        JsonNode persons = json.get("persons");
        assertThat(persons).hasSize(2);
        assertThat(List.of(persons.get(0).get("person_id").asLong(), persons.get(1).get("person_id").asLong()))
                .containsExactly(f.ada, f.bob);
        for (JsonNode person : persons) {
            List<String> keys = new ArrayList<>();
            person.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("person_id", "email", "phone", "street", "city", "postal_code", "country");
        }
        assertThat(persons.get(0).get("email").asText()).isEqualTo("ada@example.com");
        assertThat(persons.get(1).get("city").asText()).isEqualTo("Cambridge");
        assertThat(json.get("persons_not_held")).isEmpty();
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).as("outside the approved categories")
                .doesNotContain("Lovelace", "Babbage", "Analytical", "Engines", "first_name", "company", "language");
        assertThat(text).as("outside the approved persons").doesNotContain("Carol", "carol@example.com", "Palo Alto");

        EntryContent entry = f.services.ledger().store().entries(disclosed.ledgerSeq(), 1).get(0).content();
        assertThat(entry.recipientKind()).isEqualTo(RecipientKind.AUTHORITY);
        assertThat(entry.recipientName()).isEqualTo("District Court of Springfield");
        assertThat(entry.recipientAddress()).isEqualTo("1 Court Sq, Springfield");
        assertThat(entry.basis()).isEqualTo(LegalBasis.LEGAL_ORDER);
        assertThat(entry.reference()).isEqualTo(String.valueOf(order.id()));
        assertThat(entry.categories()).containsExactly("address", "contact");
        assertThat(entry.fields()).containsExactlyInAnyOrder("email", "phone", "street", "city", "postal_code", "country");
        assertThat(entry.purpose()).isEqualTo("legal order SUB-4711");
        assertThat(entry.channel()).isEqualTo("file");
        assertThat(entry.seriesId()).isEqualTo("legal-order-" + order.id());
        assertThat(entry.nonNotificationUntil()).isEqualTo(LegalOrderFixture.QUIET_UNTIL);
        assertThat(entry.operator()).isEqualTo("olivia");
        assertThat(entry.payloadSha256()).isEqualTo(disclosed.payloadSha256());
        assertThat(f.services.ledger().store().personsOf(disclosed.ledgerSeq())).containsExactly(f.ada, f.bob);
        assertThat(f.services.ledger().verify(f.oscar, Progress.NONE).ok()).isTrue();

        LegalOrderDetail after = orders.detail(f.olivia, order.id());
        assertThat(after.status()).isEqualTo(LegalOrderStatus.DISCLOSED);
        assertThat(after.disclosedSeq()).isEqualTo(disclosed.ledgerSeq());
        assertThat(after.disclosedAt()).isEqualTo(LegalOrderFixture.START.plus(Duration.ofDays(1)));
        assertThat(after.handoverCount()).isEqualTo(1);
    }

    @Test
    void aSecondHandOverIsAllowedAndIsItsOwnEntryInTheSameSeries() {
        LegalOrderDetail order = f.approved();
        Disclosed first = orders.disclose(f.olivia, order.id(), dir.resolve("first.json"));
        f.clock.advance(Duration.ofDays(3));

        Disclosed second = orders.disclose(f.oscar, order.id(), dir.resolve("second.json"));

        assertThat(second.ledgerSeq()).isEqualTo(first.ledgerSeq() + 1);
        var entries = f.services.ledger().store().entries(first.ledgerSeq(), 2);
        assertThat(entries).extracting(e -> e.content().seriesId()).containsOnly("legal-order-" + order.id());
        assertThat(entries).extracting(e -> e.content().operator()).containsExactly("olivia", "oscar");
        LegalOrderDetail after = orders.detail(f.olivia, order.id());
        assertThat(after.handoverCount()).isEqualTo(2);
        assertThat(after.disclosedSeq()).isEqualTo(second.ledgerSeq());
        assertThat(f.services.ledger().verify(f.oscar, Progress.NONE).ok()).isTrue();
    }

    @Test
    void anOrderToEnforceAnAgreementIsRecordedOnThatBasis() {
        LegalOrderDetail order = f.enter(new LegalOrderDraft(OrderKind.ENFORCEMENT, "Arbitration Board",
                "7 Contract Ln, Zurich", "ARB-9", Set.of(f.carol), Set.of("identity", "employer"),
                LegalOrderFixture.DEADLINE, null, f.copyFile()));
        orders.approve(f.oscar, order.id(), null);

        Disclosed disclosed = orders.disclose(f.olivia, order.id(), dir.resolve("arb.json"));

        EntryContent entry = f.services.ledger().store().entries(disclosed.ledgerSeq(), 1).get(0).content();
        assertThat(entry.basis()).isEqualTo(LegalBasis.ENFORCEMENT);
        assertThat(entry.fields()).containsExactlyInAnyOrder("external_id", "kind", "first_name", "last_name", "company");
        assertThat(entry.nonNotificationUntil()).isNull();
    }

    @Test
    void aPersonNoLongerHeldIsReportedAsSuchAndLeftOutOfTheEntry() throws Exception {
        LegalOrderDetail order = f.enter(new LegalOrderDraft(OrderKind.JUDICIAL_ORDER, "High Court", "Strand, London",
                "HC-1", Set.of(f.ada, f.carol), Set.of("contact"), LegalOrderFixture.DEADLINE, null, f.copyFile()));
        orders.approve(f.oscar, order.id(), null);
        // records are erased by another part of Custodia one day; the order's scope stays as served
        f.services.database().fromConnection(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("DELETE FROM person WHERE id = " + f.carol);
            }
        });
        Path out = dir.resolve("hc.json");

        Disclosed disclosed = orders.disclose(f.olivia, order.id(), out);

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        assertThat(json.get("persons")).hasSize(1);
        assertThat(json.at("/persons/0/person_id").asLong()).isEqualTo(f.ada);
        assertThat(json.get("persons_not_held")).hasSize(1);
        assertThat(json.at("/persons_not_held/0").asLong()).isEqualTo(f.carol);
        assertThat(f.services.ledger().store().personsOf(disclosed.ledgerSeq())).containsExactly(f.ada);
        assertThat(orders.detail(f.olivia, order.id()).personIds()).containsExactly(f.ada, f.carol);
    }

    @Test
    void otherDisclosuresOnAnOrderAreHeldToItsApprovedScope() {
        LegalOrderDetail order = f.approved();
        Path out = dir.resolve("export.csv");

        // the person export writes every category: more than the order's contact and address
        assertThatThrownBy(() -> f.services.personExport().export(f.olivia, Set.of(f.ada), recipient(order.id() + ""),
                out, Progress.NONE))
                .isInstanceOf(DisclosureRefusedException.class)
                .hasMessage("The categories [employer, identity, notes, preferences] are outside the approved scope "
                        + "of the order.");
        assertThatThrownBy(() -> f.services.personExport().export(f.olivia, Set.of(f.ada), recipient("SUB-4711"),
                out, Progress.NONE))
                .hasMessage("No legal order is referenced; enter the order and have it approved first.");
        assertThat(out).doesNotExist();
        assertThat(f.services.ledger().store().head().size()).isZero();
    }

    private static PersonExportService.Recipient recipient(String reference) {
        return new PersonExportService.Recipient(RecipientKind.AUTHORITY, "District Court of Springfield", null,
                LegalBasis.LEGAL_ORDER, reference, "legal order SUB-4711");
    }

    private Principal admin() {
        return f.services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
    }
}
