package com.custodia.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.CardNumbers;
import com.custodia.domain.Progress;
import com.custodia.domain.Role;
import com.custodia.persistence.Database;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Demo data of every category, in realistic shape, on an encrypted H2 workspace. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataServiceTest {

    @TempDir
    static Path dir;
    private Services services;
    private Database db;
    private final Principal admin = TestWorkspaces.principal(1, "admin", Role.ADMINISTRATOR);
    private DemoDataService.Generated generated;
    private final java.util.Map<String, Long> rows = new java.util.HashMap<>();

    @BeforeAll
    void generate() {
        services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock());
        db = services.database();
        generated = services.demoData().generate(admin, 1_500, 11, Progress.NONE);
        // counted before any other test adds more
        for (String table : List.of("person", "web_visit", "license", "customer_order", "forum_post", "correspondence",
                "job_application", "point_of_contact", "communication_preference")) {
            rows.put(table, count("SELECT COUNT(*) FROM " + table));
        }
    }

    @AfterAll
    void close() {
        services.close();
    }

    private long count(String sql) {
        return db.fromConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void everyCategoryIsFilledAndTheReportedCountsAreTheRowsWritten() {
        assertThat(generated.persons()).isEqualTo(1_500);
        assertThat(rows.get("person")).isEqualTo(1_500L);
        assertThat(rows.get("web_visit")).isEqualTo(generated.webVisits());
        assertThat(rows.get("license")).isEqualTo(generated.licenses()).isPositive();
        assertThat(rows.get("customer_order")).isEqualTo(generated.orders()).isPositive();
        assertThat(rows.get("forum_post")).isEqualTo(generated.forumPosts()).isPositive();
        assertThat(rows.get("correspondence")).isEqualTo(generated.correspondence()).isPositive();
        assertThat(rows.get("job_application")).isEqualTo(generated.jobApplications()).isPositive();
        assertThat(rows.get("point_of_contact")).isEqualTo(generated.pointsOfContact()).isPositive();
        assertThat(rows.get("communication_preference")).isEqualTo(generated.preferences())
                .isPositive();
    }

    @Test
    void everyPersonHasThreeToEightVisits() {
        assertThat(count("SELECT COUNT(*) FROM person p WHERE (SELECT COUNT(*) FROM web_visit v"
                + " WHERE v.person_id = p.id) NOT BETWEEN 3 AND 8")).isZero();
    }

    @Test
    void recordsFollowTheKindOfPerson() {
        assertThat(count("SELECT COUNT(*) FROM person p WHERE p.kind = 'CUSTOMER' AND NOT EXISTS"
                + " (SELECT 1 FROM license l WHERE l.person_id = p.id)")).as("customers without a license").isZero();
        assertThat(count("SELECT COUNT(*) FROM person p WHERE p.kind = 'TRIAL_USER' AND NOT EXISTS"
                + " (SELECT 1 FROM point_of_contact c WHERE c.person_id = p.id AND c.reason = 'TRIAL_ISSUED')"))
                .as("trial users without their point of contact").isZero();
        assertThat(count("SELECT COUNT(*) FROM person p WHERE p.kind = 'JOB_APPLICANT' AND NOT EXISTS"
                + " (SELECT 1 FROM job_application a WHERE a.person_id = p.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM person p WHERE p.kind = 'POINT_OF_CONTACT' AND NOT EXISTS"
                + " (SELECT 1 FROM point_of_contact c WHERE c.person_id = p.id)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM job_application a JOIN person p ON p.id = a.person_id"
                + " WHERE p.kind <> 'JOB_APPLICANT'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM communication_preference WHERE subscribed = FALSE"))
                .as("some opted out").isPositive();
    }

    @Test
    void noCardNumberIsEverStoredWhole() {
        List<String> cards = db.fromConnection(c -> {
            List<String> out = new java.util.ArrayList<>();
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT card_brand, card_last4, card_expiry, card_token FROM customer_order")) {
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getString(4));
                }
            }
            return out;
        });
        assertThat(cards).isNotEmpty().noneMatch(CardNumbers::containsCardNumber);
    }

    @Test
    void consentsCampaignsAndStatementsInEveryStatusComeWithTheDemo() {
        assertThat(count("SELECT COUNT(*) FROM policy_version")).isEqualTo(2);
        assertThat(count("SELECT COUNT(DISTINCT policy_version_id) FROM consent")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM consent WHERE status = 'WITHDRAWN'")).isPositive();
        assertThat(count("SELECT COUNT(*) FROM consent WHERE needs_reconfirmation")).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT kind) FROM campaign")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM campaign_contact")).isPositive();
        assertThat(count("SELECT COUNT(DISTINCT status) FROM statement"))
                .isEqualTo(com.custodia.domain.StatementStatus.values().length);
        // every publication is a ledger entry, and the ledger still verifies
        assertThat(count("SELECT COUNT(*) FROM statement_publication p JOIN ledger_entry e ON e.seq = p.ledger_seq"))
                .isEqualTo(count("SELECT COUNT(*) FROM statement_publication")).isPositive();
        var officer = TestWorkspaces.principal(2, "olivia", Role.PRIVACY_OFFICER);
        assertThat(services.ledger().verify(officer, Progress.NONE).ok()).isTrue();
    }

    @Test
    void theSameSeedGivesTheSamePersons() {
        String names = "SELECT LISTAGG(first_name || ' ' || last_name || ' ' || email, ';') WITHIN GROUP (ORDER BY id)"
                + " FROM (SELECT * FROM person ORDER BY id %s) t";
        long before = count("SELECT COUNT(*) FROM person");
        services.demoData().generate(admin, 20, 77, Progress.NONE);
        services.demoData().generate(admin, 20, 77, Progress.NONE);

        String first = text(String.format(names, "OFFSET " + before + " ROWS FETCH NEXT 20 ROWS ONLY"));
        String second = text(String.format(names, "OFFSET " + (before + 20) + " ROWS FETCH NEXT 20 ROWS ONLY"));
        assertThat(first).isNotBlank().isEqualTo(second);
    }

    @Test
    void aCancelKeepsWholeBatchesOfPersonsWithAllTheirRecords() {
        long before = count("SELECT COUNT(*) FROM person");
        Progress cancelAfterOneBatch = new Progress() {
            private int checks;

            @Override
            public void update(double fraction, String message) {
            }

            @Override
            public void checkCancelled() {
                if (++checks > 1) {
                    throw new CancellationException("cancelled");
                }
            }
        };

        assertThatThrownBy(() -> services.demoData().generate(admin, 5_000, 3, cancelAfterOneBatch))
                .isInstanceOf(CancellationException.class);

        assertThat(count("SELECT COUNT(*) FROM person")).isEqualTo(before + DemoDataService.BATCH);
        assertThat(count("SELECT COUNT(*) FROM person p WHERE NOT EXISTS"
                + " (SELECT 1 FROM web_visit v WHERE v.person_id = p.id)")).isZero();
    }

    private String text(String sql) {
        return db.fromConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
