package com.custodia.service.legal;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.LegalOrderKind;
import com.custodia.domain.LegalOrderStatus;
import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.service.people.PersonExportService;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The words legal orders share with the rules and the person export, kept in step without a database. */
class LegalVocabularyTest {

    @Test
    void storedKindsAreTheKindsTheRulesKnow() {
        // the service translates by name; a kind added on one side only would fail at the first order
        assertThat(Arrays.stream(LegalOrderKind.values()).map(Enum::name))
                .containsExactlyElementsOf(Arrays.stream(OrderKind.values()).map(Enum::name).toList());
        for (LegalOrderKind kind : LegalOrderKind.values()) {
            assertThat(LegalOrderService.kindOf(kind).name()).isEqualTo(kind.name());
        }
    }

    @Test
    void categoriesAreThoseOfThePersonExportAndTheirFieldsItsColumns() {
        assertThat(PersonFields.CATEGORIES).isEqualTo(PersonExportService.CATEGORIES);
        assertThat(PersonFields.fieldsOf(PersonFields.CATEGORIES))
                .containsExactlyInAnyOrderElementsOf(PersonExportService.COLUMNS);
        assertThat(PersonFields.fieldsOf(Set.of("address", "contact")))
                .containsExactly("email", "phone", "street", "city", "postal_code", "country");
        assertThat(PersonFields.inVocabularyOrder(List.of("notes", "identity", "unknown")))
                .containsExactly("identity", "notes");
    }

    @Test
    void onlyApprovedAndHandedOverOrdersMayLeave() {
        assertThat(Arrays.stream(LegalOrderStatus.values()).filter(LegalOrderStatus::approved))
                .containsExactly(LegalOrderStatus.APPROVED, LegalOrderStatus.DISCLOSED);
    }
}
