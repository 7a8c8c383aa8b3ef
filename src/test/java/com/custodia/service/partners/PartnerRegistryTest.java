package com.custodia.service.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.domain.SecurityEventKind;
import com.custodia.policy.GrantRules.Refusal;
import com.custodia.policy.PartnerRules;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The partner registry: registering, changing, renewing, agreement versions and their effect on lookups. */
class PartnerRegistryTest {

    @TempDir Path dir;
    PartnerFixture f;

    @BeforeEach
    void create() {
        f = new PartnerFixture(clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    @Test
    void namesAreUniqueWithoutRegardToCaseAndFieldsAreChecked() {
        assertThatThrownBy(() -> f.services.partners().create(f.pat, PartnerFixture.partner("NORTHWIND  resellers", 2,
                PartnerFixture.TODAY, PartnerFixture.TODAY.plusYears(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("already registered");
        assertThatThrownBy(() -> f.services.partners().create(f.pat, PartnerFixture.partner("Backwards", 2,
                PartnerFixture.TODAY, PartnerFixture.TODAY.minusDays(1))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Registered until");
        assertThat(f.services.partners().byName(f.pat, "northwind resellers")).hasValueSatisfying(p -> {
            assertThat(p.contacts()).extracting(PartnerContactView::name).containsExactly("Nina North");
            assertThat(p.state()).isEqualTo(PartnerRules.State.REGISTERED);
        });
    }

    @Test
    void aStalePartnerRenewedUnderTheCurrentAgreementReceivesAgain() {
        f.grantDirectly(f.oldterms, Set.of(f.ada));
        assertThat(f.services.licenseLookup().lookup(f.pat, "Oldterms GmbH", PartnerFixture.ADA_DESK, Set.of())
                .refusal()).isEqualTo(Refusal.STALE_AGREEMENT);

        assertThatThrownBy(() -> f.services.partners().renewRegistration(f.pat, f.oldterms,
                PartnerFixture.TODAY.plusYears(2), 3, "PA-2026-OLD", "signed")).hasMessageContaining("does not exist");
        PartnerView renewed = f.services.partners().renewRegistration(f.pat, f.oldterms,
                PartnerFixture.TODAY.plusYears(2), 2, "PA-2026-OLD", "signed the 2026 agreement");

        assertThat(renewed.state()).isEqualTo(PartnerRules.State.REGISTERED);
        assertThat(renewed.agreementReference()).isEqualTo("PA-2026-OLD");
        assertThat(f.services.licenseLookup().lookup(f.pat, "Oldterms GmbH", PartnerFixture.ADA_DESK, Set.of())
                .answered()).isTrue();
        assertThat(f.services.securityLog().newestOf(Set.of(SecurityEventKind.PARTNER_REGISTRATION_RENEWED)))
                .hasValueSatisfying(e -> assertThat(e.detail()).contains("signed the 2026 agreement"));
    }

    @Test
    void aNewAgreementVersionMakesEveryoneOnTheOldOneStale() {
        f.adaToNorthwind();
        AgreementVersionView v3 = f.services.partners().newAgreementVersion(f.pat, "Partner agreement 2027", null,
                "new liability terms");

        assertThat(v3.version()).isEqualTo(3);
        assertThat(f.services.partners().currentAgreement(f.pat).version()).isEqualTo(3);
        assertThat(f.services.partners().agreementVersions(f.pat)).extracting(AgreementVersionView::version)
                .containsExactly(3, 2, 1);
        assertThat(f.services.partners().find(f.pat, f.northwind).state()).isEqualTo(PartnerRules.State.STALE_AGREEMENT);
        assertThat(f.services.licenseLookup().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_DESK, Set.of())
                .refusal()).isEqualTo(Refusal.STALE_AGREEMENT);
        assertThat(f.services.grants().list(f.pat)).singleElement()
                .satisfies(g -> assertThat(g.warning()).startsWith("Answers nothing:"));
    }

    @Test
    void partnersEndingWithinThirtyDaysAreHighlightedAndChangesNeedTheVersionSeen() {
        PartnerView soon = f.services.partners().create(f.pat, PartnerFixture.partner("Soon Ltd", 2,
                PartnerFixture.TODAY.minusYears(1), PartnerFixture.TODAY.plusDays(12)));
        assertThat(soon.expiringSoon()).isTrue();
        assertThat(soon.standing()).contains("in 12 days");
        assertThat(f.services.partners().expiringSoon(f.pat)).extracting(PartnerView::name).containsExactly("Soon Ltd");

        PartnerDraft suspended = new PartnerDraft("Soon Ltd", "PA-SOO", 2, PartnerRegistrationStatus.SUSPENDED,
                soon.registeredFrom(), soon.registeredUntil(), soon.tier(), List.of());
        assertThatThrownBy(() -> f.services.partners().update(f.pat, soon.id(), soon.version() + 1, suspended))
                .hasMessageContaining("changed by someone else");
        PartnerView changed = f.services.partners().update(f.pat, soon.id(), soon.version(), suspended);
        assertThat(changed.state()).isEqualTo(PartnerRules.State.SUSPENDED);
        assertThat(changed.mayReceive()).isFalse();
        assertThatThrownBy(() -> f.grant(soon.id(), GrantScope.RESOLD, Set.of(), Set.of(),
                EnumSet.of(LicenseField.STATUS), Duration.ofDays(5))).hasMessageContaining("suspended");
    }

    @Test
    void onlyPartnerManagersManagePartners() {
        assertThatThrownBy(() -> f.services.partners().list(f.sally)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.partners().newAgreementVersion(f.olivia, "x", null, "y"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.partnerDisclosures().history(f.sally, f.northwind))
                .isInstanceOf(AccessDeniedException.class);
    }
}
