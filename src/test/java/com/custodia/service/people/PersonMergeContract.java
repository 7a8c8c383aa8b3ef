package com.custodia.service.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.PersonField;
import com.custodia.domain.PersonKind;
import com.custodia.domain.RecipientKind;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.service.people.DuplicateFinder.Match;
import com.custodia.service.security.AccessDeniedException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Duplicates and merge on each engine: what moves, what is recorded, and when a merge is refused. */
abstract class PersonMergeContract {

    @TempDir Path dir;
    Workstations ws;
    Services services;
    CustomerRows rows;
    PersonMerger merger;
    long survivor;
    long merged;

    protected abstract Workstations open(Path dir);

    @BeforeEach
    void create() {
        ws = open(dir);
        services = ws.first();
        rows = new CustomerRows(services.database());
        merger = services.personMerger();
        survivor = person("Ada", "Lovelace", "Analytical Engines", "ada@example.com", null);
        merged = person("ADA", "Lovelace", "Analytical  Engines", "countess@example.com", "+44 20 1111");
    }

    @AfterEach
    void close() {
        if (ws != null) {
            ws.close();
        }
    }

    long person(String first, String last, String company, String email, String phone) {
        return services.people().create(Workstations.OFFICER, new NewPerson(PersonKind.CUSTOMER, first, last, company,
                email, phone, null, null, null, "GB", "en"));
    }

    @Test
    void aMergeMovesEveryCategoryAndTheHistoryAndKeepsTheEvent() {
        rows.everyCategory(merged);
        rows.everyCategory(survivor);
        rows.history(merged, "email", "old@example.com", "countess@example.com");
        long consent = services.consents().record(Workstations.OFFICER, merged, "Newsletter", Set.of("Acme"),
                Set.of("contact"), "web form");
        // the history listener recorded the creation of each record too: all of it moves
        int mergedHistory = (int) rows.count("change_record", "person_id = " + merged);
        MergePreview preview = merger.preview(Workstations.OFFICER, survivor, merged);
        assertThat(preview.allowed()).isTrue();
        assertThat(preview.rowsToMove()).containsEntry("web_visit", 3).containsEntry("license", 1)
                .containsEntry("consent", 1).containsEntry("change_record", mergedHistory);
        ws.clock.advance(Duration.ofMinutes(5));

        MergeResult result = merger.merge(Workstations.OFFICER, preview.request());

        assertThat(result.moved()).containsEntry("point_of_contact", 1).containsEntry("license", 1)
                .containsEntry("customer_order", 1).containsEntry("web_visit", 3).containsEntry("forum_post", 1)
                .containsEntry("correspondence", 1).containsEntry("job_application", 1).containsEntry("consent", 1)
                .containsEntry("communication_preference", 0).containsEntry("change_record", mergedHistory);
        for (String table : MergeMoves.MOVED_TABLES) {
            assertThat(rows.count(table, "person_id = " + merged)).as(table).isZero();
        }
        assertThat(rows.count("web_visit", "person_id = " + survivor)).isEqualTo(6);
        assertThat(rows.count("license", "person_id = " + survivor)).isEqualTo(2);
        assertThat(rows.count("person", "id = " + merged)).isZero();
        assertThat(services.consents().ofPerson(Workstations.OFFICER, survivor)).extracting(c -> c.id())
                .containsExactly(consent);
        // the moved license's version went up, so an open edit of it notices
        assertThat(rows.count("license", "person_id = " + survivor + " AND version = 1")).isOne();
        // every moved row is in the history, under the survivor, with its old and new owner
        assertThat(rows.rows("SELECT entity, COUNT(*) FROM change_record WHERE field = 'person_id' AND old_value = '"
                + merged + "' AND new_value = '" + survivor + "' AND person_id = " + survivor
                + " GROUP BY entity ORDER BY entity")).containsExactly("consent|1", "correspondence|1",
                "customer_order|1", "forum_post|1", "job_application|1", "license|1", "point_of_contact|1",
                "web_visit|3");
        // the merged record's own history moved, and its last values are kept there
        assertThat(rows.count("change_record", "person_id = " + merged)).isZero();
        assertThat(rows.rows("SELECT field, old_value, new_value FROM change_record WHERE person_id = " + survivor
                + " AND entity = 'person' AND entity_id = " + merged + " ORDER BY id"))
                .contains("email|old@example.com|countess@example.com", "email|countess@example.com|null",
                        "phone|+44 20 1111|null", "merged_into|null|" + survivor);
        assertThat(rows.rows("SELECT r.operator_name, r.source FROM change_revision r WHERE r.id IN "
                + "(SELECT revision_id FROM change_record WHERE entity = 'web_visit' AND field = 'person_id')"))
                .containsExactly("olivia|merge of person " + merged + " into person " + survivor);
        // the merge event
        assertThat(rows.rows("SELECT id, survivor_id, merged_id, operator_name FROM person_merge"))
                .containsExactly(result.mergeId() + "|" + survivor + "|" + merged + "|olivia");
        assertThat(rows.rows("SELECT detail FROM person_merge").get(0))
                .startsWith("moved: point_of_contact=1, license=1, customer_order=1, web_visit=3, forum_post=1, "
                        + "correspondence=1, job_application=1, communication_preference=0, consent=1, statement=0, "
                        + "campaign_contact=0, change_record=" + mergedHistory + ", person_merge=0; fields from merged: phone");
        assertThat(result.mergedAt()).isEqualTo(ws.clock.instant());
    }

    @Test
    void theSurvivorTakesTheChosenFieldsAndTheMergedExternalId() {
        rows.sql("UPDATE person SET external_id = 'CRM-77' WHERE id = " + merged);
        MergePreview preview = merger.preview(Workstations.OFFICER, survivor, merged);
        assertThat(preview.proposedFromMerged()).containsExactly(PersonField.PHONE);
        long before = preview.survivor().version();

        MergeResult result = merger.merge(Workstations.OFFICER, new MergeRequest(survivor, before, merged,
                preview.merged().version(), Set.of(PersonField.PHONE, PersonField.EMAIL, PersonField.FIRST_NAME)));

        LoadedPerson after = services.personEditor().load(Workstations.SALES, survivor);
        assertThat(after.form().email()).isEqualTo("countess@example.com");
        assertThat(after.form().phone()).isEqualTo("+44 20 1111");
        assertThat(after.form().firstName()).isEqualTo("ADA");
        assertThat(after.form().lastName()).isEqualTo("Lovelace");
        assertThat(after.version()).isEqualTo(before + 1).isEqualTo(result.survivorVersion());
        assertThat(result.fieldsTaken()).containsExactlyInAnyOrder(PersonField.PHONE, PersonField.EMAIL,
                PersonField.FIRST_NAME);
        assertThat(rows.rows("SELECT external_id, email_key FROM person WHERE id = " + survivor))
                .containsExactly("CRM-77|countess@example.com");
    }

    @Test
    void preferencesOfOneClassKeepTheNewerAndTheRestMove() {
        long survivorBilling = rows.preference(survivor, "BILLING", true, "2025-01-01 00:00:00");
        long survivorFeatures = rows.preference(survivor, "FEATURES", true, "2025-05-01 00:00:00");
        long mergedBilling = rows.preference(merged, "BILLING", false, "2025-03-01 00:00:00");
        long mergedFeatures = rows.preference(merged, "FEATURES", false, "2025-02-01 00:00:00");
        long mergedSecurity = rows.preference(merged, "SECURITY", true, "2025-02-01 00:00:00");

        MergeResult result = merger.merge(Workstations.OFFICER, merger.preview(Workstations.OFFICER, survivor, merged)
                .request());

        assertThat(rows.rows("SELECT message_class, id, CASE WHEN subscribed THEN 'true' ELSE 'false' END FROM communication_preference WHERE person_id = "
                + survivor + " ORDER BY message_class")).containsExactly(
                "BILLING|" + mergedBilling + "|" + bool(false),
                "FEATURES|" + survivorFeatures + "|" + bool(true),
                "SECURITY|" + mergedSecurity + "|" + bool(true));
        assertThat(rows.count("communication_preference", "id IN (" + survivorBilling + ", " + mergedFeatures + ")"))
                .isZero();
        assertThat(result.preferenceDecisions()).containsExactly("BILLING taken from the merged record (newer)",
                "FEATURES kept the survivor's");
        assertThat(rows.rows("SELECT field, old_value FROM change_record WHERE entity = 'communication_preference' "
                + "AND entity_id = " + survivorBilling + " ORDER BY field"))
                .containsExactly("message_class|BILLING", "since|2025-01-01T00:00:00Z", "source|web form",
                        "subscribed|" + bool(true));
    }

    @Test
    void conflictingConsentsRefuseTheMergeNamingEachPairAndNothingMoves() {
        rows.everyCategory(merged);
        ws.clock.advance(Duration.ofDays(1));
        long granted = services.consents().record(Workstations.OFFICER, survivor, "Newsletter", Set.of("Acme"),
                Set.of("contact"), "web form");
        long withdrawn = services.consents().record(Workstations.OFFICER, merged, "newsletter", Set.of("ACME"),
                Set.of("contact", "identity"), "phone call");
        ws.clock.advance(Duration.ofDays(30));
        services.consents().withdraw(Workstations.OFFICER, withdrawn);

        long revisionsBefore = rows.count("change_revision", "1 = 1");
        MergePreview preview = merger.preview(Workstations.OFFICER, survivor, merged);
        assertThat(preview.allowed()).isFalse();
        assertThatThrownBy(() -> merger.merge(Workstations.OFFICER, preview.request()))
                .isInstanceOfSatisfying(MergeRefusedException.class, e -> {
                    assertThat(e.consentConflicts()).singleElement().satisfies(c -> {
                        assertThat(c.granted().id()).isEqualTo(granted);
                        assertThat(c.withdrawn().id()).isEqualTo(withdrawn);
                        assertThat(c.categories()).containsExactly("contact");
                    });
                    assertThat(e.getMessage()).startsWith("Person " + merged + " cannot be merged into person "
                            + survivor + " because their consents conflict; settle these first:\nConsent " + granted
                            + " of person " + survivor);
                });
        assertThat(rows.count("person", "id = " + merged)).isOne();
        assertThat(rows.count("web_visit", "person_id = " + merged)).isEqualTo(3);
        assertThat(rows.count("person_merge", "1 = 1")).isZero();
        assertThat(rows.count("change_revision", "1 = 1")).isEqualTo(revisionsBefore);
    }

    @Test
    void aRecordChangedSinceTheReviewIsNotMerged() {
        MergePreview preview = merger.preview(Workstations.OFFICER, survivor, merged);
        LoadedPerson m = services.personEditor().load(Workstations.SALES, merged);
        services.personEditor().save(Workstations.SALES, m, m.form().with(PersonField.CITY, "Bath"));

        assertThatThrownBy(() -> merger.merge(Workstations.OFFICER, preview.request()))
                .isInstanceOf(MergeRefusedException.class)
                .hasMessage("Person " + merged + " was changed on another workstation since you reviewed the merge. "
                        + "Nothing was merged; review it again.");
        assertThat(rows.count("person", "id = " + merged)).isOne();
    }

    @Test
    void aMergedRecordSaysWhereItWentAndItsDisclosuresStayInTheLedgerAndTheSurvivorsAccounting() {
        services.ledger().append(new EntryDraft("olivia", Set.of("PRIVACY_OFFICER"), RecipientKind.THIRD_PARTY,
                "Acme Research", null, LegalBasis.CONSENT, "consent-1", Set.of(merged), List.of("contact"),
                List.of("email"), "satisfaction study", "file", "ab".repeat(32), null, null));
        LoadedPerson stale = services.personEditor().load(Workstations.SALES, merged);
        merger.merge(Workstations.OFFICER, merger.preview(Workstations.OFFICER, survivor, merged).request());

        assertThatThrownBy(() -> services.personEditor().save(Workstations.SALES, stale,
                stale.form().with(PersonField.CITY, "Bath")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Person " + merged + " was merged into person " + survivor + " on ")
                .hasMessageEndingWith(" by olivia; open person " + survivor + " instead.");
        // the ledger still proves what was disclosed about the merged identity
        assertThat(services.accounting().of(Workstations.OFFICER, merged).lines()).hasSize(1);
        // and the survivor's accounting includes what was disclosed under the merged record
        assertThat(services.accounting().of(Workstations.OFFICER, survivor).lines()).hasSize(1);
        assertThat(services.ledger().verify(Workstations.OFFICER, com.custodia.domain.Progress.NONE).ok()).isTrue();
    }

    @Test
    void aRecordMergedIntoAnotherTakesItsEarlierMergesAlong() {
        long third = person("Ada", "King", null, "ada.king@example.com", null);
        merger.merge(Workstations.OFFICER, merger.preview(Workstations.OFFICER, merged, third).request());
        merger.merge(Workstations.OFFICER, merger.preview(Workstations.OFFICER, survivor, merged).request());

        assertThat(rows.rows("SELECT survivor_id, merged_id FROM person_merge ORDER BY id"))
                .containsExactly(survivor + "|" + third, survivor + "|" + merged);
    }

    @Test
    void onlyPrivacyOfficersMerge() {
        assertThatThrownBy(() -> merger.preview(Workstations.SALES, survivor, merged))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessage("Your roles do not allow you to merge person records.");
        assertThatThrownBy(() -> merger.merge(Workstations.SALES, new MergeRequest(survivor, 0, merged, 0, Set.of())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rows.count("person", "id = " + merged)).isOne();
    }

    @Test
    void everyForeignKeyToPersonHasAMergeRule() {
        Set<String> referencing = services.database().<Set<String>>fromConnection(c -> {
            Set<String> out = new TreeSet<>();
            String schema = c.getSchema();
            try (ResultSet rs = c.getMetaData().getExportedKeys(null, schema,
                    services.database().isEmbedded() ? "PERSON" : "person")) {
                while (rs.next()) {
                    out.add(rs.getString("FKTABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return out;
        });
        Set<String> handled = new TreeSet<>(MergeMoves.MOVED_TABLES);
        handled.add(MergeMoves.EARLIER_MERGES);
        assertThat(referencing).isEqualTo(handled);
    }

    @Test
    void candidatesAreFoundByEmailAndByNameAndCompany() {
        long sameEmail = person("Augusta", "Byron", null, "ADA@Example.com", null);
        long noCompany = person("Ada", "Lovelace", null, "other@example.com", null);
        long otherCompany = person("Ada", "Lovelace", "Difference Engines", "third@example.com", null);

        List<DuplicateFinder.Candidate> candidates = services.duplicates().candidatesFor(Workstations.SALES, survivor);

        assertThat(candidates).extracting(DuplicateFinder.Candidate::id).containsExactly(merged, sameEmail);
        assertThat(candidates.get(0).matches()).containsExactly(Match.SAME_NAME_AND_COMPANY);
        assertThat(candidates.get(1).matches()).containsExactly(Match.SAME_EMAIL);
        assertThat(candidates.get(1).lastName()).isEqualTo("Byron");
        assertThat(services.duplicates().candidatesFor(Workstations.SALES, noCompany))
                .extracting(DuplicateFinder.Candidate::id).isEmpty();
        assertThat(services.duplicates().candidatesFor(Workstations.SALES, otherCompany)).isEmpty();
    }

    @Test
    void allDuplicateGroupsArePagedInKeyOrder() {
        person("Bob", "Brown", "Acme", "bob@example.com", null);
        person("Bob", "Brown", "ACME", "bob@example.com", null);
        person("Carla", "Cruz", "Beta", "carla@example.com", null);
        person("Carla", "Cruz", "Beta", "carla@example.com", null);
        person("Carla", "Cruz", "Beta", "cc@example.com", null);
        person("Dan", "Cruz", "Beta", "dan@example.com", null);

        List<String> emailGroups = new java.util.ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            DuplicateFinder.Page page = services.duplicates().groups(Workstations.SALES, Match.SAME_EMAIL, next, 1);
            page.groups().forEach(g -> emailGroups.add(g.key() + "=" + g.size()));
            next = page.next();
            pages++;
        } while (next != null);
        assertThat(emailGroups).containsExactly("bob@example.com=2", "carla@example.com=2");
        assertThat(pages).isGreaterThanOrEqualTo(2);

        DuplicateFinder.Page names = services.duplicates().groups(Workstations.SALES, Match.SAME_NAME_AND_COMPANY,
                null, 10);
        assertThat(names.next()).isNull();
        assertThat(names.groups()).extracting(g -> g.key() + "=" + g.size()).containsExactly(
                "brown / bob / acme=2", "cruz / carla / beta=3", "lovelace / ada / analytical engines=2");
        assertThat(names.groups().get(2).members()).extracting(DuplicateFinder.Candidate::id)
                .containsExactly(survivor, merged);
    }

    private static String bool(boolean b) {
        return String.valueOf(b);
    }
}
