package com.custodia.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerReader;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo data spreads customers over the workspace's sales representatives (decision 0028): each
 * active one gets a share, some customers are left to nobody, and nobody else owns any.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoOwnersTest {

    @TempDir
    static Path dir;
    private Services services;
    private final Principal admin = TestWorkspaces.principal(1, "admin", Role.ADMINISTRATOR);
    private Principal sam;
    private long sue;
    private long retired;
    private long partners;

    @BeforeAll
    void generate() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        long samId = operator("sam", Role.SALES_REPRESENTATIVE);
        sam = new Principal(samId, "sam", "sam", Set.of(Role.SALES_REPRESENTATIVE));
        sue = operator("sue", Role.SALES_REPRESENTATIVE);
        retired = operator("ray", Role.SALES_REPRESENTATIVE);
        services.operators().setActive(admin, retired, false);
        partners = operator("pat", Role.PARTNER_MANAGER);
        services.demoData().generate(admin, 600, 5, Progress.NONE);
    }

    @AfterAll
    void close() {
        services.close();
    }

    private long operator(String name, Role role) {
        return services.operators().create(admin, name, name, Set.of(role), "temporary-pass-1".toCharArray()).id();
    }

    /** Customers and trial users per owner (0 for nobody), and the owned persons of any other kind. */
    private Map<Long, Long> ownersOfCustomers() {
        return services.database().fromConnection(c -> {
            Map<Long, Long> out = new HashMap<>();
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COALESCE(account_owner_id, 0), COUNT(*)"
                    + " FROM person WHERE kind IN ('CUSTOMER', 'TRIAL_USER') GROUP BY COALESCE(account_owner_id, 0)")) {
                while (rs.next()) {
                    out.put(rs.getLong(1), rs.getLong(2));
                }
            }
            return out;
        });
    }

    private long ownedOtherKinds() {
        return services.database().fromConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM person"
                    + " WHERE kind NOT IN ('CUSTOMER', 'TRIAL_USER') AND account_owner_id IS NOT NULL")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void customersAreSpreadOverTheActiveSalesRepresentativesWithSomeLeftForTheTaking() {
        Map<Long, Long> owners = ownersOfCustomers();
        long all = owners.values().stream().mapToLong(Long::longValue).sum();

        assertThat(owners.keySet()).containsExactlyInAnyOrder(sam.operatorId(), sue, 0L);
        assertThat(owners.keySet()).doesNotContain(retired, partners);
        // in turn: sam, sue, nobody, sam, …
        assertThat(owners.get(sam.operatorId())).isEqualTo((all + 2) / 3);
        assertThat(owners.get(sue)).isEqualTo((all + 1) / 3);
        assertThat(owners.get(0L)).isEqualTo(all / 3);
        assertThat(ownedOtherKinds()).isZero();
    }

    @Test
    void aDemoSalesRepresentativeReadsSomeOfTheLedgerButNotAllOfIt() {
        LedgerReader reader = services.ledgerReader();
        Principal officer = TestWorkspaces.principal(2, "officer", Role.PRIVACY_OFFICER);

        long theirs = reader.page(sam, LedgerReader.Filter.none(), null, 10).total();
        long everything = reader.page(officer, LedgerReader.Filter.none(), null, 10).total();

        assertThat(theirs).isPositive().isLessThan(everything);
    }
}
