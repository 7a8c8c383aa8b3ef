package com.custodia.service;

import static com.custodia.domain.Role.ADMINISTRATOR;
import static com.custodia.domain.Role.OFFLINE_REVIEWER;
import static com.custodia.domain.Role.PARTNER_MANAGER;
import static com.custodia.domain.Role.PRIVACY_OFFICER;
import static com.custodia.domain.Role.SALES_REPRESENTATIVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.service.auth.Principal;
import com.custodia.domain.PersonField;
import com.custodia.service.people.LoadedPerson;
import com.custodia.service.people.NewPerson;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.service.security.SecurityEventView;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every role against every protected service operation, called on the services directly (no UI).
 * The expected roles are written out here from DESIGN.md section 2, not derived from the
 * matrix in {@code policy}, so a wrong matrix fails this test.
 */
class PermissionMatrixTest {

    @TempDir
    static Path dir;
    static Services services;
    static long personId;
    static long otherPersonId;
    static final AtomicInteger counter = new AtomicInteger();

    record Operation(String name, Set<Role> allowed, Consumer<Principal> call) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Operation> operations() {
        return List.of(
                new Operation("list operators", EnumSet.of(ADMINISTRATOR),
                        p -> services.operators().list(p)),
                new Operation("create an operator", EnumSet.of(ADMINISTRATOR),
                        p -> services.operators().create(p, "op" + counter.incrementAndGet(), "Someone",
                                Set.of(SALES_REPRESENTATIVE), "temporary-pass-1".toCharArray())),
                new Operation("change roles", EnumSet.of(ADMINISTRATOR),
                        p -> services.operators().setRoles(p, newSalesRep(), Set.of(PARTNER_MANAGER))),
                new Operation("disable an operator", EnumSet.of(ADMINISTRATOR),
                        p -> services.operators().setActive(p, newSalesRep(), false)),
                new Operation("reset a password", EnumSet.of(ADMINISTRATOR),
                        p -> services.operators().resetPassword(p, newSalesRep(), "temporary-pass-9".toCharArray())),
                new Operation("read the security log", EnumSet.of(ADMINISTRATOR),
                        p -> services.securityEvents().newest(p, 10)),
                new Operation("generate demo data", EnumSet.of(ADMINISTRATOR),
                        p -> services.demoData().generatePersons(p, 1, 1, Progress.NONE)),
                new Operation("count persons (names level)",
                        EnumSet.of(SALES_REPRESENTATIVE, PARTNER_MANAGER, PRIVACY_OFFICER, ADMINISTRATOR),
                        p -> services.people().count(p)),
                new Operation("view a person's record", EnumSet.of(SALES_REPRESENTATIVE, PRIVACY_OFFICER),
                        p -> services.people().emailOf(p, personId)),
                new Operation("add a person", EnumSet.of(SALES_REPRESENTATIVE, PRIVACY_OFFICER),
                        p -> services.people().create(p, new NewPerson(PersonKind.CUSTOMER, "Ada", "Lovelace",
                                null, "ada@example.com", null, null, null, null, "GB", "en"))),
                new Operation("load a person for editing", EnumSet.of(SALES_REPRESENTATIVE, PRIVACY_OFFICER),
                        p -> services.personEditor().load(p, personId)),
                new Operation("save a person's profile", EnumSet.of(SALES_REPRESENTATIVE, PRIVACY_OFFICER), p -> {
                    LoadedPerson loaded = services.personEditor().load(principal(PRIVACY_OFFICER), personId);
                    services.personEditor().save(p, loaded,
                            loaded.form().with(PersonField.NOTES, "note " + counter.incrementAndGet()));
                }),
                new Operation("look for duplicates", EnumSet.of(SALES_REPRESENTATIVE, PRIVACY_OFFICER),
                        p -> services.duplicates().candidatesFor(p, personId)),
                new Operation("review a merge", EnumSet.of(PRIVACY_OFFICER),
                        p -> services.personMerger().preview(p, personId, otherPersonId)),
                new Operation("assign a customer's account owner", EnumSet.of(PRIVACY_OFFICER, ADMINISTRATOR), p -> {
                    Long owner = services.accountOwners().of(principal(PRIVACY_OFFICER), personId).ownerId();
                    services.accountOwners().assign(p, personId, owner, newSalesRep());
                }));
    }

    static Stream<Arguments> everyRoleAgainstEveryOperation() {
        List<Arguments> cases = new ArrayList<>();
        for (Operation op : operations()) {
            for (Role role : Role.values()) {
                cases.add(Arguments.of(op, role));
            }
        }
        return cases.stream();
    }

    @BeforeAll
    static void workspace() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        Principal admin = principal(ADMINISTRATOR);
        Principal officer = principal(PRIVACY_OFFICER);
        personId = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Grace", "Hopper", null,
                "grace@example.com", null, null, null, null, "US", "en"));
        otherPersonId = services.people().create(officer, new NewPerson(PersonKind.CUSTOMER, "Grace", "Hopper", null,
                "grace.hopper@example.com", null, null, null, null, "US", "en"));
        assertThat(services.operators().list(admin)).isNotEmpty();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static Principal principal(Role role) {
        // ids far from real operators so "disable yourself" never applies
        return TestWorkspaces.principal(1_000 + role.ordinal(), role.name().toLowerCase(), role);
    }

    static long newSalesRep() {
        return services.operators().create(principal(ADMINISTRATOR), "target" + counter.incrementAndGet(), "Target",
                Set.of(SALES_REPRESENTATIVE), "temporary-pass-1".toCharArray()).id();
    }

    @ParameterizedTest(name = "{1} may {0}: expected by DESIGN.md")
    @MethodSource("everyRoleAgainstEveryOperation")
    void serviceAllowsOrRefusesByRole(Operation operation, Role role) {
        Principal actor = principal(role);
        if (operation.allowed().contains(role)) {
            assertThatCode(() -> operation.call().accept(actor)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> operation.call().accept(actor))
                    .isInstanceOf(AccessDeniedException.class)
                    .hasMessageStartingWith("Your roles do not allow you to ");
            List<SecurityEventView> events = services.securityEvents().newest(principal(ADMINISTRATOR), 5);
            assertThat(events).anySatisfy(e -> {
                assertThat(e.kind()).isEqualTo(SecurityEventKind.REFUSED);
                assertThat(e.operator()).isEqualTo(actor.username());
            });
        }
    }

    @ParameterizedTest(name = "{0}: a principal with no roles is refused")
    @MethodSource("operations")
    void noRolesMeansNothing(Operation operation) {
        Principal nobody = new Principal(2_000, "nobody", "Nobody", Set.of());
        assertThatThrownBy(() -> operation.call().accept(nobody)).isInstanceOf(AccessDeniedException.class);
    }

    @org.junit.jupiter.api.Test
    void offlineReviewerCannotDoAnythingInAWorkspace() {
        assertThat(operations()).allSatisfy(op -> assertThat(op.allowed()).doesNotContain(OFFLINE_REVIEWER));
    }
}
