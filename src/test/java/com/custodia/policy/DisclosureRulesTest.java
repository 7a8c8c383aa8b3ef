package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.policy.DisclosureRules.ConsentFact;
import com.custodia.policy.DisclosureRules.Decision;
import com.custodia.policy.DisclosureRules.Facts;
import com.custodia.policy.DisclosureRules.GrantFact;
import com.custodia.policy.DisclosureRules.LegalOrderFact;
import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.policy.DisclosureRules.Query;
import com.custodia.policy.DisclosureRules.SubjectRequestFact;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DisclosureRulesTest {

    static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");

    static Query query(LegalBasis basis, RecipientKind kind, String recipient, Set<Long> persons, Set<String> categories,
                       Set<String> fields, Role... roles) {
        return new Query(basis, kind, recipient, persons, categories, fields, "purpose", Set.of(roles), NOW);
    }

    static void allowed(Decision d) {
        assertThat(d.allowed()).as(String.valueOf(d.reason())).isTrue();
    }

    static void refused(Decision d, String reasonPart) {
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains(reasonPart);
    }

    @Test
    void everyDisclosureNeedsAPurposeARecipientAndCategories() {
        Query noPurpose = new Query(LegalBasis.INTERNAL_USE, RecipientKind.INTERNAL, "Audit", Set.of(1L),
                Set.of("contact"), Set.of(), " ", Set.of(Role.PRIVACY_OFFICER), NOW);
        refused(DisclosureRules.evaluate(noPurpose, Facts.none()), "purpose");
        refused(DisclosureRules.evaluate(query(LegalBasis.INTERNAL_USE, RecipientKind.INTERNAL, "", Set.of(1L),
                Set.of("contact"), Set.of(), Role.PRIVACY_OFFICER), Facts.none()), "recipient");
        refused(DisclosureRules.evaluate(query(LegalBasis.INTERNAL_USE, RecipientKind.INTERNAL, "Audit", Set.of(1L),
                Set.of(), Set.of(), Role.PRIVACY_OFFICER), Facts.none()), "categories");
    }

    @Nested
    class Consent {
        final Query toAcme = query(LegalBasis.CONSENT, RecipientKind.THIRD_PARTY, "Acme", Set.of(1L, 2L),
                Set.of("contact", "identity"), Set.of("email"));

        Facts facts(ConsentFact one, ConsentFact two) {
            return new Facts(Map.of(1L, List.of(one), 2L, List.of(two)), null, null, null);
        }

        ConsentFact covering(long id) {
            return new ConsentFact(id, Set.of("ACME", "Other"), Set.of("contact", "identity", "address"), true);
        }

        @Test
        void activeConsentOfEveryPersonCoveringRecipientAndCategoriesAllows() {
            allowed(DisclosureRules.evaluate(toAcme, facts(covering(1), covering(2))));
        }

        @Test
        void onePersonWithoutConsentRefusesAndNamesThem() {
            Facts facts = new Facts(Map.of(1L, List.of(covering(1))), null, null, null);
            refused(DisclosureRules.evaluate(toAcme, facts), "person 2");
        }

        @Test
        void withdrawnConsentRefuses() {
            refused(DisclosureRules.evaluate(toAcme, facts(covering(1),
                    new ConsentFact(2, Set.of("Acme"), Set.of("contact", "identity"), false))), "No active consent");
        }

        @Test
        void consentForAnotherRecipientRefuses() {
            refused(DisclosureRules.evaluate(toAcme, facts(covering(1),
                    new ConsentFact(2, Set.of("Globex"), Set.of("contact", "identity"), true))), "Acme");
        }

        @Test
        void consentMissingACategoryRefuses() {
            refused(DisclosureRules.evaluate(toAcme, facts(covering(1),
                    new ConsentFact(2, Set.of("Acme"), Set.of("contact"), true))), "identity");
        }

        @Test
        void consentIsNotABasisForAuthoritiesOrPartners() {
            Query toPartner = query(LegalBasis.CONSENT, RecipientKind.PARTNER, "Acme", Set.of(1L), Set.of("contact"), Set.of());
            refused(DisclosureRules.evaluate(toPartner, facts(covering(1), covering(2))), "third parties");
        }
    }

    @Nested
    class PartnerAgreement {
        final Query lookup = query(LegalBasis.PARTNER_AGREEMENT, RecipientKind.PARTNER, "Reseller", Set.of(1L),
                Set.of("licenses"), Set.of("license_key", "expiry"));

        GrantFact grant(boolean registered, boolean current, boolean active, Instant until, Set<String> fields) {
            return new GrantFact(9, "Reseller", registered, current, active, NOW.minus(Duration.ofDays(10)), until, Set.of(1L, 2L), fields);
        }

        Facts with(GrantFact g) {
            return new Facts(Map.of(), g, null, null);
        }

        @Test
        void activeGrantOfARegisteredPartnerCoveringTheFieldsAllows() {
            allowed(DisclosureRules.evaluate(lookup, with(grant(true, true, true, NOW.plusSeconds(60),
                    Set.of("license_key", "expiry", "status")))));
        }

        @Test
        void withoutAGrantItIsRefused() {
            refused(DisclosureRules.evaluate(lookup, Facts.none()), "No grant");
        }

        @Test
        void lapsedRegistrationStaleAgreementRevokedOrExpiredGrantRefuse() {
            Set<String> fields = Set.of("license_key", "expiry");
            refused(DisclosureRules.evaluate(lookup, with(grant(false, true, true, null, fields))), "registration");
            refused(DisclosureRules.evaluate(lookup, with(grant(true, false, true, null, fields))), "older version");
            refused(DisclosureRules.evaluate(lookup, with(grant(true, true, false, null, fields))), "revoked");
            refused(DisclosureRules.evaluate(lookup, with(grant(true, true, true, NOW, fields))), "not valid");
        }

        @Test
        void anotherPartnersGrantOrANonLicenseCategoryIsRefused() {
            GrantFact valid = grant(true, true, true, NOW.plusSeconds(60), Set.of("license_key", "expiry"));
            Query toOther = query(LegalBasis.PARTNER_AGREEMENT, RecipientKind.PARTNER, "Other Reseller", Set.of(1L),
                    Set.of("licenses"), Set.of("license_key"));
            refused(DisclosureRules.evaluate(toOther, with(valid)), "not a grant of Other Reseller");
            Query orders = query(LegalBasis.PARTNER_AGREEMENT, RecipientKind.PARTNER, "Reseller", Set.of(1L),
                    Set.of("licenses", "orders"), Set.of("license_key"));
            refused(DisclosureRules.evaluate(orders, with(valid)), "never [orders]");
        }

        @Test
        void aFieldOutsideTheGrantIsRefusedByName() {
            refused(DisclosureRules.evaluate(lookup, with(grant(true, true, true, null, Set.of("license_key")))), "expiry");
        }
    }

    @Nested
    class LegalOrders {
        final Query handover = query(LegalBasis.LEGAL_ORDER, RecipientKind.AUTHORITY, "District Court", Set.of(1L),
                Set.of("contact"), Set.of());

        Facts order(OrderKind kind, boolean approved, Set<Long> persons, Set<String> categories) {
            return new Facts(Map.of(), null, new LegalOrderFact(5, kind, approved, persons, categories), null);
        }

        @Test
        void approvedOrderCoveringPersonsAndCategoriesAllows() {
            allowed(DisclosureRules.evaluate(handover, order(OrderKind.SUBPOENA, true, Set.of(1L, 2L), Set.of("contact", "identity"))));
            allowed(DisclosureRules.evaluate(handover, order(OrderKind.JUDICIAL_ORDER, true, Set.of(1L), Set.of("contact"))));
        }

        @Test
        void missingOrUnapprovedOrderRefuses() {
            refused(DisclosureRules.evaluate(handover, Facts.none()), "No legal order");
            refused(DisclosureRules.evaluate(handover, order(OrderKind.SUBPOENA, false, Set.of(1L), Set.of("contact"))), "approved");
        }

        @Test
        void anythingOutsideTheApprovedScopeRefuses() {
            refused(DisclosureRules.evaluate(handover, order(OrderKind.SUBPOENA, true, Set.of(2L), Set.of("contact"))), "persons outside");
            refused(DisclosureRules.evaluate(handover, order(OrderKind.SUBPOENA, true, Set.of(1L), Set.of("identity"))), "[contact]");
        }

        @Test
        void enforcementAndIpProtectionNeedAnOrderOfTheirOwnKind() {
            Query enforcement = query(LegalBasis.ENFORCEMENT, RecipientKind.THIRD_PARTY, "Counsel", Set.of(1L), Set.of("contact"), Set.of());
            allowed(DisclosureRules.evaluate(enforcement, order(OrderKind.ENFORCEMENT, true, Set.of(1L), Set.of("contact"))));
            refused(DisclosureRules.evaluate(enforcement, order(OrderKind.SUBPOENA, true, Set.of(1L), Set.of("contact"))), "not a basis");
            Query ip = query(LegalBasis.IP_PROTECTION, RecipientKind.THIRD_PARTY, "Counsel", Set.of(1L), Set.of("contact"), Set.of());
            allowed(DisclosureRules.evaluate(ip, order(OrderKind.IP_PROTECTION, true, Set.of(1L), Set.of("contact"))));
        }
    }

    @Nested
    class SubjectRequests {
        final Query answer = query(LegalBasis.SUBJECT_REQUEST, RecipientKind.DATA_SUBJECT, "Ada Lovelace", Set.of(1L),
                Set.of("contact"), Set.of());

        @Test
        void verifiedRequestOfThatPersonAllows() {
            allowed(DisclosureRules.evaluate(answer, new Facts(Map.of(), null, null, new SubjectRequestFact(3, true, Set.of(1L)))));
        }

        @Test
        void unverifiedMissingOrOtherPersonsRequestRefuses() {
            refused(DisclosureRules.evaluate(answer, Facts.none()), "No access or correction request");
            refused(DisclosureRules.evaluate(answer, new Facts(Map.of(), null, null, new SubjectRequestFact(3, false, Set.of(1L)))), "verified");
            refused(DisclosureRules.evaluate(answer, new Facts(Map.of(), null, null, new SubjectRequestFact(3, true, Set.of(2L)))), "not matched");
        }

        @Test
        void anAccessRequestVerifiedButNotConfirmedBySecondOperatorRefuses() {
            refused(DisclosureRules.evaluate(answer, new Facts(Map.of(), null, null,
                    new SubjectRequestFact(3, true, false, Set.of(1L)))), "second operator");
            allowed(DisclosureRules.evaluate(answer, new Facts(Map.of(), null, null,
                    new SubjectRequestFact(3, true, true, Set.of(1L)))));
        }

        @Test
        void theAnswerGoesToThePersonThemselves() {
            Query toOther = query(LegalBasis.SUBJECT_REQUEST, RecipientKind.THIRD_PARTY, "Someone", Set.of(1L), Set.of("contact"), Set.of());
            refused(DisclosureRules.evaluate(toOther, new Facts(Map.of(), null, null, new SubjectRequestFact(3, true, Set.of(1L)))), "themselves");
        }
    }

    @Nested
    class InternalUse {
        @Test
        void privacyOfficersAndAdministratorsMayUseDataInternally() {
            for (Role role : List.of(Role.PRIVACY_OFFICER, Role.ADMINISTRATOR)) {
                allowed(DisclosureRules.evaluate(query(LegalBasis.INTERNAL_USE, RecipientKind.INTERNAL, "Audit",
                        Set.of(1L), Set.of("contact"), Set.of(), role), Facts.none()));
            }
        }

        @Test
        void otherRolesAndExternalRecipientsAreRefused() {
            refused(DisclosureRules.evaluate(query(LegalBasis.INTERNAL_USE, RecipientKind.INTERNAL, "Audit",
                    Set.of(1L), Set.of("contact"), Set.of(), Role.SALES_REPRESENTATIVE), Facts.none()), "privacy officers");
            refused(DisclosureRules.evaluate(query(LegalBasis.INTERNAL_USE, RecipientKind.THIRD_PARTY, "Acme",
                    Set.of(1L), Set.of("contact"), Set.of(), Role.PRIVACY_OFFICER), Facts.none()), "inside the vendor");
        }
    }

    @Nested
    class OwnConsentReceipt {
        Query receipt(Set<Long> persons, Set<String> categories, String reference) {
            return new Query(LegalBasis.CONSENT, RecipientKind.DATA_SUBJECT, "Ada Lovelace", persons, categories,
                    Set.of(), "consent receipt", Set.of(Role.PRIVACY_OFFICER), NOW, reference);
        }

        Facts adaGaveConsent7() {
            return new Facts(Map.of(1L, List.of(new ConsentFact(7, Set.of("Acme"), Set.of("contact"), false))),
                    null, null, null);
        }

        @Test
        void aPersonMayHaveTheReceiptOfTheirOwnConsentEvenWithdrawn() {
            allowed(DisclosureRules.evaluate(receipt(Set.of(1L), Set.of(DisclosureRules.CONSENT_RECEIPT_CATEGORY),
                    "7"), adaGaveConsent7()));
        }

        @Test
        void anythingBeyondTheirOwnReceiptIsRefused() {
            refused(DisclosureRules.evaluate(receipt(Set.of(1L), Set.of("contact"), "7"), adaGaveConsent7()),
                    "only its receipt");
            refused(DisclosureRules.evaluate(receipt(Set.of(1L), Set.of(DisclosureRules.CONSENT_RECEIPT_CATEGORY),
                    "8"), adaGaveConsent7()), "not given by person 1");
            refused(DisclosureRules.evaluate(receipt(Set.of(1L, 2L), Set.of(DisclosureRules.CONSENT_RECEIPT_CATEGORY),
                    "7"), adaGaveConsent7()), "one person");
            refused(DisclosureRules.evaluate(receipt(Set.of(1L), Set.of(DisclosureRules.CONSENT_RECEIPT_CATEGORY),
                    null), adaGaveConsent7()), "Name the consent");
        }

        @Test
        void anExpiredConsentCoversNoThirdParty() {
            Facts expired = new Facts(Map.of(1L, List.of(new ConsentFact(7, Set.of("Acme"), Set.of("contact"), true,
                    NOW))), null, null, null);
            refused(DisclosureRules.evaluate(query(LegalBasis.CONSENT, RecipientKind.THIRD_PARTY, "Acme", Set.of(1L),
                    Set.of("contact"), Set.of(), Role.PRIVACY_OFFICER), expired), "No active consent");
        }
    }
}
