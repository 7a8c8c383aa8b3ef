package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import com.custodia.domain.PartnerRegistrationStatus;
import com.custodia.policy.GrantRules.Answer;
import com.custodia.policy.GrantRules.GrantFact;
import com.custodia.policy.GrantRules.LicenseFact;
import com.custodia.policy.GrantRules.Refusal;
import com.custodia.policy.PartnerRules.PartnerFact;
import com.custodia.policy.PartnerRules.State;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The pure rules of promise P2: where a partner stands and which grant, if any, answers for a license. */
class GrantRulesTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final PartnerFact ACME = partner(PartnerRegistrationStatus.REGISTERED, TODAY.plusYears(1), 2);
    static final LicenseFact ADA_DESK = new LicenseFact(100, 1, "Desk", null);
    static final LicenseFact BOB_SERVER = new LicenseFact(101, 2, "Server", 7L);

    static PartnerFact partner(PartnerRegistrationStatus status, LocalDate until, int version) {
        return new PartnerFact(7, "Acme", status, TODAY.minusYears(1), until, version);
    }

    static GrantFact grant(long id, GrantScope scope, Set<Long> persons, Set<String> products,
                           Set<LicenseField> fields, Instant until, Instant revokedAt) {
        return new GrantFact(id, 7, scope, persons, products, fields, GrantPurpose.VERIFICATION,
                NOW.minus(Duration.ofDays(10)), until, revokedAt, revokedAt == null ? null : "pat",
                revokedAt == null ? null : "ended");
    }

    static GrantFact customers(long id, Set<LicenseField> fields) {
        return grant(id, GrantScope.CUSTOMERS, Set.of(1L), Set.of(), fields, NOW.plus(Duration.ofDays(90)), null);
    }

    static Answer ask(PartnerFact p, List<GrantFact> grants, LicenseFact l, Set<LicenseField> fields) {
        return GrantRules.mayReceive(p, 2, grants, l, fields, NOW);
    }

    @Test
    void partnerStandingFollowsStatusDatesAndAgreement() {
        assertThat(PartnerRules.standing(ACME, 2, TODAY).state()).isEqualTo(State.REGISTERED);
        assertThat(PartnerRules.standing(partner(PartnerRegistrationStatus.REGISTERED, TODAY.plusDays(30), 2), 2, TODAY)
                .state()).isEqualTo(State.EXPIRING_SOON);
        assertThat(PartnerRules.standing(partner(PartnerRegistrationStatus.REGISTERED, TODAY.plusDays(31), 2), 2, TODAY)
                .state()).isEqualTo(State.REGISTERED);
        PartnerRules.Standing lapsed = PartnerRules.standing(partner(PartnerRegistrationStatus.REGISTERED,
                TODAY.minusDays(1), 2), 2, TODAY);
        assertThat(lapsed.state()).isEqualTo(State.LAPSED);
        assertThat(lapsed.text()).contains("lapsed on 2026-03-09");
        assertThat(PartnerRules.standing(ACME, 3, TODAY).state()).isEqualTo(State.STALE_AGREEMENT);
        assertThat(PartnerRules.standing(partner(PartnerRegistrationStatus.SUSPENDED, TODAY.plusYears(1), 2), 2, TODAY)
                .mayReceive()).isFalse();
        assertThat(PartnerRules.expiringSoon(TODAY, TODAY)).isTrue();
        assertThat(PartnerRules.expiringSoon(TODAY.minusDays(1), TODAY)).isFalse();
    }

    @Test
    void theWidestActiveCoveringGrantAnswers() {
        GrantFact narrow = customers(1, EnumSet.of(LicenseField.STATUS));
        GrantFact wide = customers(2, EnumSet.of(LicenseField.STATUS, LicenseField.EXPIRY, LicenseField.LICENSE_KEY));
        Answer a = ask(ACME, List.of(narrow, wide), ADA_DESK, Set.of());
        assertThat(a.allowed()).isTrue();
        assertThat(a.grant().id()).isEqualTo(2);
        assertThat(a.fields()).containsExactlyInAnyOrder(LicenseField.STATUS, LicenseField.EXPIRY, LicenseField.LICENSE_KEY);
        Answer onlyStatus = ask(ACME, List.of(narrow, wide), ADA_DESK, EnumSet.of(LicenseField.STATUS));
        assertThat(onlyStatus.fields()).containsExactly(LicenseField.STATUS);
    }

    @Test
    void eachRefusalHasItsReason() {
        GrantFact g = customers(1, EnumSet.of(LicenseField.STATUS));
        assertThat(ask(partner(PartnerRegistrationStatus.REGISTERED, TODAY.minusDays(3), 2), List.of(g), ADA_DESK,
                Set.of()).refusal()).isEqualTo(Refusal.NOT_REGISTERED);
        assertThat(ask(partner(PartnerRegistrationStatus.REGISTERED, TODAY.plusYears(1), 1), List.of(g), ADA_DESK,
                Set.of()).refusal()).isEqualTo(Refusal.STALE_AGREEMENT);
        assertThat(ask(ACME, List.of(), ADA_DESK, Set.of()).refusal()).isEqualTo(Refusal.NO_GRANT);
        assertThat(ask(ACME, List.of(g), BOB_SERVER, Set.of()).refusal()).isEqualTo(Refusal.OUT_OF_SCOPE);
        GrantFact expired = grant(2, GrantScope.CUSTOMERS, Set.of(1L), Set.of(), EnumSet.of(LicenseField.STATUS),
                NOW.minusSeconds(1), null);
        assertThat(ask(ACME, List.of(expired), ADA_DESK, Set.of()).refusal()).isEqualTo(Refusal.GRANT_EXPIRED);
        GrantFact revoked = grant(3, GrantScope.CUSTOMERS, Set.of(1L), Set.of(), EnumSet.of(LicenseField.STATUS),
                NOW.plus(Duration.ofDays(5)), NOW.minusSeconds(60));
        Answer r = ask(ACME, List.of(revoked), ADA_DESK, Set.of());
        assertThat(r.refusal()).isEqualTo(Refusal.GRANT_REVOKED);
        assertThat(r.reason()).contains("Grant 3").contains("pat").contains("ended");
        Answer field = ask(ACME, List.of(g), ADA_DESK, EnumSet.of(LicenseField.STATUS, LicenseField.SEATS));
        assertThat(field.refusal()).isEqualTo(Refusal.FIELD_NOT_ALLOWED);
        assertThat(field.reason()).contains("[seats]");
    }

    @Test
    void productAndResoldScopes() {
        GrantFact products = grant(1, GrantScope.PRODUCTS, Set.of(), Set.of("Server"), EnumSet.of(LicenseField.SEATS),
                NOW.plus(Duration.ofDays(5)), null);
        GrantFact resold = grant(2, GrantScope.RESOLD, Set.of(), Set.of(), EnumSet.of(LicenseField.EDITION),
                NOW.plus(Duration.ofDays(5)), null);
        assertThat(products.covers(BOB_SERVER)).isTrue();
        assertThat(products.covers(ADA_DESK)).isFalse();
        assertThat(resold.covers(BOB_SERVER)).isTrue();
        assertThat(resold.covers(ADA_DESK)).isFalse();
        assertThat(resold.expiringSoon(NOW)).isTrue();
        assertThat(resold.state(NOW)).isEqualTo(GrantRules.State.EXPIRING_SOON);
    }
}
