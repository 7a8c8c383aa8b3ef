package com.custodia.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.License;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.policy.GrantRules;
import com.custodia.policy.PartnerRules;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.partners.GrantView;
import com.custodia.service.partners.LookupAnswer;
import com.custodia.service.partners.PartnerView;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's partners: every state, every kind of grant, answers and refusals to try, added once. */
class DemoPartnersTest {

    @TempDir
    Path dir;
    private Services services;
    private final Principal admin = TestWorkspaces.principal(1, "admin", Role.ADMINISTRATOR);
    private final Principal pat = TestWorkspaces.principal(2, "partners", Role.PARTNER_MANAGER);

    @BeforeEach
    void generate() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        services.demoData().generate(admin, 200, 5, Progress.NONE);
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void partnersInEveryStateWithGrantsOfEveryKind() {
        List<PartnerView> partners = services.partners().list(pat);
        assertThat(partners).extracting(PartnerView::state).containsExactlyInAnyOrder(PartnerRules.State.REGISTERED,
                PartnerRules.State.EXPIRING_SOON, PartnerRules.State.LAPSED, PartnerRules.State.STALE_AGREEMENT);
        List<GrantView> grants = services.grants().list(pat);
        assertThat(grants).extracting(GrantView::state).contains(GrantRules.State.ACTIVE,
                GrantRules.State.EXPIRING_SOON, GrantRules.State.EXPIRED, GrantRules.State.REVOKED);
        assertThat(grants).allSatisfy(g -> assertThat(services.grants().history(pat, g.id())).isNotEmpty());

        services.demoData().generate(admin, 10, 6, Progress.NONE);
        assertThat(services.partners().list(pat)).hasSize(4);
    }

    @Test
    void aResoldLicenseCanBeLookedUpAndAnUnregisteredPartnerIsRefused() {
        String key = services.database().fromTransaction(s -> s.createSelectionQuery(
                "from License where resoldByPartnerId is not null order by id", License.class)
                .setMaxResults(1).getSingleResult().getLicenseKey());

        LookupAnswer answer = services.licenseLookup().lookup(pat, DemoPartners.NORTHWIND, key, Set.of());
        assertThat(answer.answered()).as(answer.reason()).isTrue();
        assertThat(answer.fields()).containsKeys("license_key", "status");

        assertThat(services.licenseLookup().lookup(pat, DemoPartners.FABRIKAM, key, Set.of()).refusal())
                .isEqualTo(GrantRules.Refusal.NOT_REGISTERED);
        assertThat(services.licenseLookup().lookup(pat, DemoPartners.TAILSPIN, key, Set.of()).refusal())
                .isEqualTo(GrantRules.Refusal.STALE_AGREEMENT);
    }
}
