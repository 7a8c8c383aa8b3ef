package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.MessageClass;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PointOfContactReason;
import com.custodia.policy.EmailEligibility.Decision;
import com.custodia.policy.EmailEligibility.Recipient;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EmailEligibilityTest {

    private static Recipient customer(Map<MessageClass, Boolean> choices) {
        return new Recipient(PersonKind.CUSTOMER, true, choices, Set.of());
    }

    @ParameterizedTest
    @EnumSource(value = MessageClass.class, names = {"WELCOME", "BILLING", "TECHNICAL", "SECURITY"})
    void mandatoryServiceMessagesAlwaysGoToCustomers(MessageClass messageClass) {
        Decision d = EmailEligibility.decide(customer(Map.of(MessageClass.FEATURES, false)), messageClass);
        assertThat(d.allowed()).isTrue();
        assertThat(d.reason()).contains("mandatory");
    }

    @Test
    void onlyWelcomeBillingTechnicalAndSecurityAreMandatory() {
        assertThat(MessageClass.values()).filteredOn(MessageClass::mandatory)
                .containsExactly(MessageClass.WELCOME, MessageClass.BILLING, MessageClass.TECHNICAL, MessageClass.SECURITY);
    }

    @Test
    void optionalMailHonoursAnOptOut() {
        Recipient r = customer(Map.of(MessageClass.FEATURES, false, MessageClass.UPGRADES, true));

        Decision features = EmailEligibility.decide(r, MessageClass.FEATURES);
        assertThat(features.allowed()).isFalse();
        assertThat(features.reason()).isEqualTo("The person declined feature news (P9).");
        assertThat(EmailEligibility.decide(r, MessageClass.UPGRADES).allowed()).isTrue();
    }

    @Test
    void optionalMailGoesToCustomersWhoMadeNoChoice() {
        assertThat(EmailEligibility.decide(customer(Map.of()), MessageClass.UPGRADES).allowed()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(MessageClass.class)
    void nonCustomersWithoutAPointOfContactGetNothingAndAreToldWhy(MessageClass messageClass) {
        Recipient forumMember = new Recipient(PersonKind.FORUM_MEMBER, true, Map.of(), Set.of());

        Decision d = EmailEligibility.decide(forumMember, messageClass);

        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("Not a customer").contains("no point of contact").contains("P10");
    }

    @Test
    void aPointOfContactAllowsMailToANonCustomerButOptOutsStillCount() {
        Recipient trial = new Recipient(PersonKind.TRIAL_USER, true, Map.of(MessageClass.UPGRADES, false),
                Set.of(PointOfContactReason.TRIAL_ISSUED));

        Decision technical = EmailEligibility.decide(trial, MessageClass.TECHNICAL);
        assertThat(technical.allowed()).isTrue();
        assertThat(technical.reason()).contains("trial license issued");
        assertThat(EmailEligibility.decide(trial, MessageClass.UPGRADES).allowed()).isFalse();
        assertThat(EmailEligibility.decide(trial, MessageClass.FEATURES).allowed()).isTrue();
    }

    @Test
    void withoutAnEmailAddressNothingCanBeSent() {
        Decision d = EmailEligibility.decide(new Recipient(PersonKind.CUSTOMER, false, Map.of(), Set.of()),
                MessageClass.SECURITY);
        assertThat(d.allowed()).isFalse();
        assertThat(d.reason()).contains("No email address");
    }

    @Test
    void everyGroundAgreesWithTheAnswer() {
        for (PersonKind kind : PersonKind.values()) {
            for (boolean hasEmail : new boolean[] {true, false}) {
                for (Set<PointOfContactReason> contacts : java.util.List.of(Set.<PointOfContactReason>of(),
                        Set.of(PointOfContactReason.TRIAL_ISSUED))) {
                    for (MessageClass messageClass : MessageClass.values()) {
                        Decision d = EmailEligibility.decide(new Recipient(kind, hasEmail,
                                Map.of(MessageClass.FEATURES, false, MessageClass.UPGRADES, true), contacts), messageClass);
                        assertThat(d.ground().allowed()).as("%s %s %s %s", kind, hasEmail, contacts, messageClass)
                                .isEqualTo(d.allowed());
                    }
                }
            }
        }
        assertThat(EmailEligibility.decide(customer(Map.of(MessageClass.FEATURES, false)), MessageClass.FEATURES).ground())
                .isEqualTo(EmailEligibility.Ground.DECLINED);
        assertThat(EmailEligibility.decide(new Recipient(PersonKind.FORUM_MEMBER, true, Map.of(), Set.of()),
                MessageClass.WELCOME).ground()).isEqualTo(EmailEligibility.Ground.NO_POINT_OF_CONTACT);
    }
}
