package com.custodia.service.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalOrderStatus;
import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.support.TestWorkspaces;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entering legal orders on an encrypted workspace: every field checked, the copy kept and hashed. */
class LegalOrderIntakeTest {

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
    void enteredOrderKeepsEveryFieldAndWaitsForADecision() {
        LegalOrderDetail order = f.enter(f.subpoena());

        LegalOrderDetail read = orders.detail(f.oscar, order.id());
        assertThat(read).isEqualTo(order);
        assertThat(read.kind()).isEqualTo(OrderKind.SUBPOENA);
        assertThat(read.authorityName()).isEqualTo("District Court of Springfield");
        assertThat(read.authorityAddress()).isEqualTo("1 Court Sq, Springfield");
        assertThat(read.reference()).isEqualTo("SUB-4711");
        assertThat(read.personIds()).containsExactly(f.ada, f.bob);
        assertThat(read.categories()).as("vocabulary order").containsExactly("contact", "address");
        assertThat(read.deadline()).isEqualTo(LegalOrderFixture.DEADLINE);
        assertThat(read.nonNotificationUntil()).isEqualTo(LegalOrderFixture.QUIET_UNTIL);
        assertThat(read.status()).isEqualTo(LegalOrderStatus.RECEIVED);
        assertThat(read.enteredBy()).isEqualTo("olivia");
        assertThat(read.enteredAt()).isEqualTo(LegalOrderFixture.START);
        assertThat(read.decidedBy()).isNull();
        assertThat(read.disclosedSeq()).isNull();
        assertThat(orders.list(f.olivia)).containsExactly(read.summary());
    }

    @Test
    void theCopyIsStoredAsReceivedWithItsSha256() throws Exception {
        Path copy = f.copyFile();
        byte[] served = Files.readAllBytes(copy);

        LegalOrderDetail order = f.enter(f.subpoena());

        assertThat(order.copyFileName()).isEqualTo("subpoena-4711.txt");
        assertThat(order.copySize()).isEqualTo(served.length);
        assertThat(order.copySha256()).isEqualTo(DisclosureGate.sha256(served)).hasSize(64);
        LegalOrderCopy stored = orders.copy(f.oscar, order.id());
        assertThat(stored.content()).isEqualTo(served);
        assertThat(stored.sha256()).isEqualTo(order.copySha256());
        assertThat(stored.fileName()).isEqualTo("subpoena-4711.txt");
    }

    @Test
    void anEmptyFormNamesEveryMissingField() {
        LegalOrderDraft empty = new LegalOrderDraft(null, " ", null, "", Set.of(), Set.of(), null, null, null);

        assertThatThrownBy(() -> orders.intake(f.olivia, empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Kind of order is required")
                .hasMessageContaining("Authority name is required.")
                .hasMessageContaining("Authority address is required.")
                .hasMessageContaining("Reference number is required.")
                .hasMessageContaining("Persons in scope: name at least one person id.")
                .hasMessageContaining("Data categories: choose at least one of identity, contact, address")
                .hasMessageContaining("Deadline is required.")
                .hasMessageContaining("Copy of the order is required");
        assertThat(orders.list(f.olivia)).isEmpty();
    }

    @Test
    void unknownPersonsAndCategoriesAreNamed() {
        LegalOrderDraft d = f.subpoena();
        LegalOrderDraft wrong = new LegalOrderDraft(d.kind(), d.authorityName(), d.authorityAddress(), d.reference(),
                Set.of(f.ada, 99_999L, 99_998L), Set.of("contact", "browsing"), d.deadline(), null, d.copy());

        assertThatThrownBy(() -> orders.intake(f.olivia, wrong))
                .hasMessageContaining("Persons in scope: there are no persons with ids 99998, 99999.")
                .hasMessageContaining("Data categories: browsing is not among identity, contact, address, employer, "
                        + "preferences, notes.");
        assertThat(orders.list(f.olivia)).isEmpty();
    }

    @Test
    void datesMustLieAheadAndTextsFitTheirColumns() {
        LegalOrderDraft d = f.subpoena();
        LegalOrderDraft wrong = new LegalOrderDraft(d.kind(), "x".repeat(301), d.authorityAddress(), d.reference(),
                d.personIds(), d.categories(), LocalDate.parse("2026-01-30"), Instant.parse("2026-01-31T08:00:00Z"),
                d.copy());

        assertThatThrownBy(() -> orders.intake(f.olivia, wrong))
                .hasMessageContaining("Authority name is longer than 300 characters.")
                .hasMessageContaining("Deadline 2026-01-30 has already passed.")
                .hasMessageContaining("Non-notification until must lie in the future.");
    }

    @Test
    void aDeadlineOfTodayIsAccepted() {
        LegalOrderDraft d = f.subpoena();
        LegalOrderDetail order = orders.intake(f.olivia, new LegalOrderDraft(d.kind(), d.authorityName(),
                d.authorityAddress(), d.reference(), d.personIds(), d.categories(), LocalDate.parse("2026-01-31"),
                null, d.copy()));
        assertThat(order.deadline()).isEqualTo(LocalDate.parse("2026-01-31"));
        assertThat(order.nonNotificationUntil()).isNull();
    }

    @Test
    void aCopyOverTwentyMegabytesIsRefusedAndNothingIsStored() throws Exception {
        Path big = dir.resolve("scan.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024 + 1);
        }
        assertThatThrownBy(() -> orders.intake(f.olivia, withCopy(big)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Copy of the order: the file is 20.1 MB; the limit is 20 MB.");
        assertThat(orders.list(f.olivia)).isEmpty();
    }

    @Test
    void aCopyOfExactlyTwentyMegabytesIsAccepted() throws Exception {
        Path big = dir.resolve("scan.pdf");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(20L * 1024 * 1024);
            file.seek(0);
            file.write("%PDF-1.7".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }
        LegalOrderDetail order = orders.intake(f.olivia, withCopy(big));
        assertThat(order.copySize()).isEqualTo(20L * 1024 * 1024);
        assertThat(orders.copy(f.oscar, order.id()).sha256()).isEqualTo(DisclosureGate.sha256(Files.readAllBytes(big)));
    }

    @Test
    void anEmptyOrMissingCopyIsRefused() {
        assertThatThrownBy(() -> orders.intake(f.olivia, withCopy(f.write("blank.pdf", ""))))
                .hasMessage("Copy of the order: blank.pdf is empty.");
        assertThatThrownBy(() -> orders.intake(f.olivia, withCopy(dir.resolve("nowhere.pdf"))))
                .hasMessage("Copy of the order: nowhere.pdf is not a file that can be read.");
        assertThatThrownBy(() -> orders.intake(f.olivia, withCopy(dir)))
                .hasMessageStartingWith("Copy of the order:");
        assertThat(orders.list(f.olivia)).isEmpty();
    }

    @Test
    void listShowsTheNearestDeadlineFirst() {
        LegalOrderDraft d = f.subpoena();
        LegalOrderDetail later = f.enter(d);
        LegalOrderDetail sooner = f.enter(new LegalOrderDraft(OrderKind.IP_PROTECTION, "Rights Holder LLP",
                "5 Patent Row, London", "IP-1", Set.of(f.carol), Set.of("identity"), LocalDate.parse("2026-02-05"),
                null, d.copy()));

        assertThat(orders.list(f.olivia)).extracting(LegalOrderSummary::id).containsExactly(sooner.id(), later.id());
    }

    private LegalOrderDraft withCopy(Path copy) {
        LegalOrderDraft d = f.subpoena();
        return new LegalOrderDraft(d.kind(), d.authorityName(), d.authorityAddress(), d.reference(), d.personIds(),
                d.categories(), d.deadline(), d.nonNotificationUntil(), copy);
    }
}
