package com.custodia.service.consent;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.CampaignKind;
import com.custodia.domain.CampaignRunner;
import com.custodia.domain.StatementMedium;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every consent, policy, campaign and statement action refuses the roles DESIGN.md section 2 keeps out. */
class ConsentRolesTest {

    @TempDir Path dir;
    ConsentFixture f;

    @BeforeEach
    void create() {
        f = new ConsentFixture(clock -> TestWorkspaces.embedded(dir.resolve("ws"), clock));
    }

    @AfterEach
    void close() {
        f.services.close();
    }

    static void refused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyPrivacyOfficersPublishPolicyVersions() {
        for (Principal p : new Principal[] {f.sales, f.partners, f.admin}) {
            refused(() -> f.services.policyVersions().publish(p, "x", LocalDate.parse("2026-01-01"),
                    LocalDate.parse("2026-01-01"), null, "text"));
        }
    }

    @Test
    void onlyPrivacyOfficersRecordWithdrawAndHandOutConsents() {
        long consent = f.consent(f.ada, "Acme");
        for (Principal p : new Principal[] {f.sales, f.partners, f.admin}) {
            refused(() -> f.services.consents().record(p, ConsentDraft.of(f.bob, "x", Set.of("Acme"),
                    Set.of("contact"), "form")));
            refused(() -> f.services.consents().withdraw(p, consent, "email"));
            refused(() -> f.services.consentReceipts().deliver(p, consent, ReceiptFormat.JSON, bytes -> { }));
            refused(() -> f.services.consents().evidence(p, consent));
        }
        refused(() -> f.services.consents().ofPerson(f.partners, f.ada));
        refused(() -> f.services.consents().search(f.admin, ConsentFilter.all()));
    }

    @Test
    void onlyPrivacyOfficersRunCampaigns() {
        long campaign = f.services.campaigns().create(f.officer, new CampaignDraft("Survey",
                CampaignKind.SATISFACTION_SURVEY, CampaignRunner.CONTRACTOR, "Survey Co", "survey"));
        for (Principal p : new Principal[] {f.sales, f.partners, f.admin}) {
            refused(() -> f.services.campaigns().create(p, new CampaignDraft("Survey",
                    CampaignKind.SATISFACTION_SURVEY, CampaignRunner.VENDOR, "Team", "survey")));
            refused(() -> f.services.campaigns().pick(p, campaign, Set.of(f.ada)));
            refused(() -> f.services.campaigns().handOver(p, campaign, bytes -> { }));
        }
    }

    @Test
    void salesRecordStatementsButOnlyPrivacyOfficersTakeConsentPublishAndWithdraw() {
        long st = f.statement(f.ada, StatementMedium.WEBSITE, null);
        for (Principal p : new Principal[] {f.partners, f.admin}) {
            refused(() -> f.statement(f.ada, StatementMedium.WEBSITE, null, p));
            refused(() -> f.services.statements().edit(p, st, "changed"));
        }
        for (Principal p : new Principal[] {f.sales, f.partners, f.admin}) {
            refused(() -> f.services.statements().recordConsent(p, st, StatementMedium.WEBSITE, "form", null, null,
                    null));
            refused(() -> f.services.statements().publish(p, st, StatementMedium.WEBSITE, "https://example.com"));
            refused(() -> f.services.statements().withdraw(p, st, "email"));
        }
    }
}
