package com.custodia.policy;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.ConsentStatus;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementStatus;
import com.custodia.policy.StatementRules.ConsentFact;
import com.custodia.policy.StatementRules.StatementFact;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementRulesTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final StatementFact STATEMENT = new StatementFact(7, StatementStatus.APPROVED, "aaa");

    static ConsentFact consent(long id, StatementMedium medium, String sha, ConsentStatus status, Instant expires) {
        return new ConsentFact(id, medium, sha, status, status == ConsentStatus.WITHDRAWN ? NOW.minusSeconds(60) : null,
                expires);
    }

    @Test
    void aConsentForThisTextAndMediumAllowsPublishing() {
        var d = StatementRules.mayPublish(STATEMENT, StatementMedium.WEBSITE,
                List.of(consent(3, StatementMedium.WEBSITE, "aaa", ConsentStatus.GRANTED, NOW.plusSeconds(1))), NOW);
        assertThat(d.allowed()).isTrue();
        assertThat(d.consentId()).isEqualTo(3);
    }

    @Test
    void publishingWithoutConsentIsRefused() {
        assertThat(StatementRules.mayPublish(STATEMENT, StatementMedium.WEBSITE, List.of(), NOW).reason())
                .isEqualTo("No consent to publish statement 7 is on record.");
    }

    @Test
    void consentForAnotherMediumIsRefused() {
        assertThat(StatementRules.mayPublish(STATEMENT, StatementMedium.WHITE_PAPER,
                List.of(consent(3, StatementMedium.WEBSITE, "aaa", ConsentStatus.GRANTED, null)), NOW).reason())
                .isEqualTo("The author consented to publication in website, not in white paper.");
    }

    @Test
    void consentForAnOlderTextIsRefused() {
        assertThat(StatementRules.mayPublish(STATEMENT, StatementMedium.WEBSITE,
                List.of(consent(3, StatementMedium.WEBSITE, "old", ConsentStatus.GRANTED, null)), NOW).reason())
                .contains("earlier text");
    }

    @Test
    void aWithdrawnConsentIsRefused() {
        assertThat(StatementRules.mayPublish(STATEMENT, StatementMedium.WEBSITE,
                List.of(consent(3, StatementMedium.WEBSITE, "aaa", ConsentStatus.WITHDRAWN, null)), NOW).reason())
                .startsWith("The author withdrew consent 3");
    }

    @Test
    void anExpiredConsentIsRefused() {
        assertThat(StatementRules.mayPublish(STATEMENT, StatementMedium.WEBSITE,
                List.of(consent(3, StatementMedium.WEBSITE, "aaa", ConsentStatus.GRANTED, NOW)), NOW).reason())
                .startsWith("Consent 3 expired");
    }

    @Test
    void aWithdrawnStatementIsRefusedWhateverTheConsents() {
        var withdrawn = new StatementFact(7, StatementStatus.WITHDRAWN, "aaa");
        assertThat(StatementRules.mayPublish(withdrawn, StatementMedium.WEBSITE,
                List.of(consent(3, StatementMedium.WEBSITE, "aaa", ConsentStatus.GRANTED, null)), NOW).allowed())
                .isFalse();
    }
}
