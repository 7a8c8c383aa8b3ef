package com.custodia.service.legal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalOrderStatus;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.service.security.SecurityEventView;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.io.TempDir;

/** A privacy officer's decision on a legal order: four eyes, a reason for every rejection, roles. */
class LegalOrderDecisionTest {

    @TempDir Path dir;
    LegalOrderFixture f;
    LegalOrderService orders;
    LegalOrderDetail entered;

    @BeforeEach
    void workspaceWithAnEnteredOrder() {
        f = new LegalOrderFixture(dir, clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
        orders = f.services.legalOrders();
        entered = f.enter(f.subpoena());
        f.clock.advance(Duration.ofHours(2));
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    @Test
    void theOfficerWhoEnteredAnOrderCannotApproveIt() {
        assertThatThrownBy(() -> orders.approve(f.olivia, entered.id(), null))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("You entered legal order " + entered.id()
                        + " yourself; another privacy officer must approve or reject it.");
        assertThatThrownBy(() -> orders.reject(f.olivia, entered.id(), "not served properly"))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(orders.detail(f.olivia, entered.id()).status()).isEqualTo(LegalOrderStatus.RECEIVED);
        assertThat(securityEvents()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SecurityEventKind.REFUSED);
            assertThat(e.operator()).isEqualTo("olivia");
            assertThat(e.detail()).contains("legal order " + entered.id());
        });
    }

    @Test
    void anotherOfficerApprovesAndTheDecisionIsKept() {
        LegalOrderDetail approved = orders.approve(f.oscar, entered.id(), "checked with counsel");

        assertThat(approved.status()).isEqualTo(LegalOrderStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("oscar");
        assertThat(approved.decidedAt()).isEqualTo(LegalOrderFixture.START.plus(Duration.ofHours(2)));
        assertThat(approved.decisionReason()).isEqualTo("checked with counsel");
        assertThat(orders.detail(f.olivia, entered.id())).isEqualTo(approved);
    }

    @Test
    void intakeAndEachDecisionAreSecurityEvents() {
        orders.approve(f.oscar, entered.id(), null);

        assertThat(securityEvents()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SecurityEventKind.LEGAL_ORDER_ENTERED);
            assertThat(e.operator()).isEqualTo("olivia");
            assertThat(e.detail()).contains("legal order " + entered.id());
        }).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(SecurityEventKind.LEGAL_ORDER_APPROVED);
            assertThat(e.operator()).isEqualTo("oscar");
        });
    }

    @Test
    void aRejectionNeedsAReasonAndKeepsIt() {
        assertThatThrownBy(() -> orders.reject(f.oscar, entered.id(), "  "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Reason for the rejection is required.");
        assertThat(orders.detail(f.oscar, entered.id()).status()).isEqualTo(LegalOrderStatus.RECEIVED);

        LegalOrderDetail rejected = orders.reject(f.oscar, entered.id(), " The court is not competent. ");

        assertThat(rejected.status()).isEqualTo(LegalOrderStatus.REJECTED);
        assertThat(rejected.decisionReason()).isEqualTo("The court is not competent.");
        assertThat(rejected.decidedBy()).isEqualTo("oscar");
    }

    @Test
    void aDecidedOrderIsNotDecidedAgain() {
        orders.reject(f.oscar, entered.id(), "out of jurisdiction");
        Principal third = TestWorkspaces.principal(52, "petra", Role.PRIVACY_OFFICER);

        assertThatThrownBy(() -> orders.approve(third, entered.id(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Legal order " + entered.id() + " was already decided (rejected by oscar); only received "
                        + "orders can be approved or rejected.");
        assertThat(orders.detail(third, entered.id()).status()).isEqualTo(LegalOrderStatus.REJECTED);
    }

    @Test
    void anUnknownOrderIsNamed() {
        assertThatThrownBy(() -> orders.approve(f.oscar, 4242, null)).hasMessage("There is no legal order with id 4242.");
        assertThatThrownBy(() -> orders.detail(f.oscar, 4242)).hasMessage("There is no legal order with id 4242.");
    }

    @Test
    void salesRepresentativesAndPartnerManagersAreRefusedEverything() {
        for (Principal outsider : List.of(f.sales, f.partners)) {
            Path target = dir.resolve(outsider.username() + ".json");
            Stream.<ThrowingCallable>of(
                    () -> orders.intake(outsider, f.subpoena()),
                    () -> orders.list(outsider),
                    () -> orders.detail(outsider, entered.id()),
                    () -> orders.copy(outsider, entered.id()),
                    () -> orders.approve(outsider, entered.id(), null),
                    () -> orders.reject(outsider, entered.id(), "no"),
                    () -> orders.disclose(outsider, entered.id(), target)
            ).forEach(call -> assertThatThrownBy(call).as(outsider.username())
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageStartingWith("Your roles do not allow you to"));
            assertThat(target).doesNotExist();
        }
        assertThat(orders.list(f.olivia)).singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo(LegalOrderStatus.RECEIVED));
        assertThat(f.services.ledger().store().head().size()).isZero();
        assertThat(securityEvents()).filteredOn(e -> e.kind() == SecurityEventKind.REFUSED).hasSize(14);
    }

    @Test
    void administratorsAreRefusedToo() {
        Principal admin = f.services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                .principal();
        assertThatThrownBy(() -> orders.list(admin)).isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to list legal orders.");
        assertThatThrownBy(() -> orders.approve(admin, entered.id(), null))
                .hasMessage("Your roles do not allow you to approve legal orders.");
    }

    private List<SecurityEventView> securityEvents() {
        Principal admin = f.services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray())
                .principal();
        return f.services.securityEvents().newest(admin, 100);
    }
}
