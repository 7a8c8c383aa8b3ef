package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConsentStatus;
import com.custodia.policy.ConsentConflicts.Conflict;
import com.custodia.policy.ConsentConflicts.Terms;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConsentConflictsTest {

    static final Instant JAN = Instant.parse("2024-01-10T10:00:00Z");
    static final Instant MAR = Instant.parse("2024-03-10T10:00:00Z");
    static final Instant MAY = Instant.parse("2024-05-10T10:00:00Z");

    static Terms granted(long id, long person, String purpose, Set<String> recipients, Set<String> categories,
                         Instant given) {
        return new Terms(id, person, purpose, recipients, categories, ConsentStatus.GRANTED, given, null);
    }

    static Terms withdrawn(long id, long person, String purpose, Set<String> recipients, Set<String> categories,
                           Instant given, Instant withdrawnAt) {
        return new Terms(id, person, purpose, recipients, categories, ConsentStatus.WITHDRAWN, given, withdrawnAt);
    }

    @Test
    void aGrantBesideALaterWithdrawalOfTheSameUseConflicts() {
        Terms yes = granted(1, 10, "Newsletter by partner", Set.of("Acme Ltd", "Beta AG"), Set.of("contact", "identity"), JAN);
        Terms no = withdrawn(2, 20, "newsletter  by partner ", Set.of("acme ltd"), Set.of("contact"), JAN, MAR);

        List<Conflict> conflicts = ConsentConflicts.between(List.of(yes), List.of(no));

        assertThat(conflicts).singleElement().satisfies(c -> {
            assertThat(c.granted().id()).isEqualTo(1);
            assertThat(c.withdrawn().id()).isEqualTo(2);
            assertThat(c.recipients()).containsExactly("Acme Ltd");
            assertThat(c.categories()).containsExactly("contact");
            assertThat(c.reason()).isEqualTo("Consent 1 of person 10 (\"Newsletter by partner\", given "
                    + "2024-01-10T10:00:00Z) is still granted, but consent 2 of person 20 for the same purpose was "
                    + "withdrawn later (2024-03-10T10:00:00Z) for recipient Acme Ltd and category contact.");
        });
        // the same, whichever record is the survivor
        assertThat(ConsentConflicts.between(List.of(no), List.of(yes))).hasSize(1);
    }

    @Test
    void aGrantGivenAfterTheWithdrawalIsARenewalNotAConflict() {
        Terms no = withdrawn(2, 20, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN, MAR);
        Terms yes = granted(1, 10, "Newsletter", Set.of("Acme"), Set.of("contact"), MAY);
        assertThat(ConsentConflicts.between(List.of(yes), List.of(no))).isEmpty();
    }

    @Test
    void differentPurposesRecipientsOrCategoriesDoNotConflict() {
        Terms yes = granted(1, 10, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN);
        assertThat(ConsentConflicts.between(List.of(yes),
                List.of(withdrawn(2, 20, "Testimonial", Set.of("Acme"), Set.of("contact"), JAN, MAR)))).isEmpty();
        assertThat(ConsentConflicts.between(List.of(yes),
                List.of(withdrawn(3, 20, "Newsletter", Set.of("Other"), Set.of("contact"), JAN, MAR)))).isEmpty();
        assertThat(ConsentConflicts.between(List.of(yes),
                List.of(withdrawn(4, 20, "Newsletter", Set.of("Acme"), Set.of("address"), JAN, MAR)))).isEmpty();
    }

    @Test
    void agreeingOrExpiredConsentsDoNotConflict() {
        Terms yes = granted(1, 10, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN);
        assertThat(ConsentConflicts.between(List.of(yes),
                List.of(granted(2, 20, "Newsletter", Set.of("Acme"), Set.of("contact"), MAR)))).isEmpty();
        Terms expired = new Terms(3, 20, "Newsletter", Set.of("Acme"), Set.of("contact"), ConsentStatus.EXPIRED, JAN, null);
        assertThat(ConsentConflicts.between(List.of(yes), List.of(expired))).isEmpty();
        Terms no1 = withdrawn(4, 10, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN, MAR);
        Terms no2 = withdrawn(5, 20, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN, MAY);
        assertThat(ConsentConflicts.between(List.of(no1), List.of(no2))).isEmpty();
    }

    @Test
    void consentsOnTheSameRecordAreNotCompared() {
        Terms yes = granted(1, 10, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN);
        Terms no = withdrawn(2, 10, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN, MAR);
        assertThat(ConsentConflicts.between(List.of(yes, no), List.of())).isEmpty();
    }

    @Test
    void everyConflictingPairIsListedInOrder() {
        Terms yesA = granted(7, 10, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN);
        Terms yesB = granted(3, 10, "Survey", Set.of("Polls Inc"), Set.of("identity"), JAN);
        Terms noA = withdrawn(8, 20, "Newsletter", Set.of("Acme"), Set.of("contact"), JAN, MAR);
        Terms noB = withdrawn(9, 20, "Survey", Set.of("Polls Inc"), Set.of("identity"), JAN, JAN);
        assertThat(ConsentConflicts.between(List.of(yesA, yesB), List.of(noA, noB)))
                .extracting(c -> c.granted().id() + "/" + c.withdrawn().id()).containsExactly("3/9", "7/8");
    }
}
