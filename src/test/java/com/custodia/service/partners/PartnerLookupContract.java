package com.custodia.service.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.custodia.domain.GrantEventKind;
import com.custodia.domain.GrantScope;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.LicenseField;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.EntryContent;
import com.custodia.policy.GrantRules.Refusal;
import com.custodia.policy.PartnerRules;
import com.custodia.service.Services;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Partner lookups, grants and share packages on each engine (issue 5): every refusal with its
 * reason and nothing disclosed, a valid answer with exactly the granted fields and one ledger entry
 * whose hash is the answer's, share packages whose file hash is the entry's, the grant history, and
 * no way for a partner manager to reach orders or analytics.
 */
abstract class PartnerLookupContract {

    @TempDir Path dir;
    PartnerFixture f;

    protected abstract Services open(Path dir, MutableClock clock);

    @BeforeEach
    void create() {
        f = new PartnerFixture(clock -> open(dir, clock));
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.services.close();
        }
    }

    private LicenseLookupService lookups() {
        return f.services.licenseLookup();
    }

    /** A refusal with its reason, no ledger entry, and a security event. */
    private LookupAnswer refused(String partner, String key, Set<LicenseField> fields, Refusal expected) {
        long before = f.ledgerSize();
        LookupAnswer answer = lookups().lookup(f.pat, partner, key, fields);
        assertThat(answer.answered()).as(answer.reason()).isFalse();
        assertThat(answer.refusal()).as(answer.reason()).isEqualTo(expected);
        assertThat(answer.fields()).isEmpty();
        assertThat(answer.payload()).isNull();
        assertThat(f.ledgerSize()).as("nothing disclosed").isEqualTo(before);
        assertThat(f.services.securityLog().newestOf(Set.of(SecurityEventKind.PARTNER_LOOKUP_REFUSED)))
                .hasValueSatisfying(e -> assertThat(e.detail()).contains(expected.name()).doesNotContain(key));
        return answer;
    }

    @Test
    void aValidLookupDisclosesExactlyTheGrantedFieldsInOneLedgerEntry() throws Exception {
        GrantView grant = f.adaToNorthwind();
        long before = f.ledgerSize();

        LookupAnswer answer = lookups().lookup(f.pat, "northwind resellers", PartnerFixture.ADA_DESK, Set.of());

        assertThat(answer.answered()).as(answer.reason()).isTrue();
        assertThat(answer.grantId()).isEqualTo(grant.id());
        assertThat(answer.fields()).containsOnlyKeys("license_key", "product", "status", "expiry")
                .containsEntry("license_key", PartnerFixture.ADA_DESK).containsEntry("product", "Custodia Desk")
                .containsEntry("status", "active").containsEntry("expiry", PartnerFixture.TODAY.plusYears(1).toString());
        assertThat(f.ledgerSize()).isEqualTo(before + 1);
        EntryContent entry = f.services.ledger().store().entries(answer.ledgerSeq(), 1).get(0).content();
        assertThat(entry.payloadSha256()).isEqualTo(DisclosureGate.sha256(answer.payload()))
                .isEqualTo(answer.payloadSha256());
        assertThat(entry.recipientKind()).isEqualTo(RecipientKind.PARTNER);
        assertThat(entry.recipientName()).isEqualTo("Northwind Resellers");
        assertThat(entry.basis()).isEqualTo(LegalBasis.PARTNER_AGREEMENT);
        assertThat(entry.reference()).isEqualTo(String.valueOf(grant.id()));
        assertThat(entry.categories()).containsExactly("licenses");
        assertThat(entry.fields()).containsExactlyInAnyOrder("license_key", "product", "status", "expiry");
        assertThat(entry.personCount()).isEqualTo(1);
        assertThat(f.services.ledger().store().entries(answer.ledgerSeq(), 1)).isNotEmpty();

        JsonNode json = new ObjectMapper().readTree(answer.payload());
        assertThat(json.get("grant").asLong()).isEqualTo(grant.id());
        assertThat(json.get("fields").size()).isEqualTo(4);
        assertThat(new String(answer.payload(), StandardCharsets.UTF_8)).doesNotContain("Ada").doesNotContain("ada@");

        // asking for fewer fields answers only those
        LookupAnswer narrow = lookups().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_DESK,
                EnumSet.of(LicenseField.STATUS));
        assertThat(narrow.fields()).containsOnlyKeys("status");
    }

    @Test
    void aLapsedRegistrationIsRefusedWithItsDate() {
        f.grantDirectly(f.lapsed, Set.of(f.ada));
        LookupAnswer answer = refused("Lapsed Ltd", PartnerFixture.ADA_DESK, Set.of(), Refusal.NOT_REGISTERED);
        assertThat(answer.reason()).contains("lapsed on " + PartnerFixture.TODAY.minusDays(40));
    }

    @Test
    void aStaleAgreementIsRefused() {
        f.grantDirectly(f.oldterms, Set.of(f.ada));
        LookupAnswer answer = refused("Oldterms GmbH", PartnerFixture.ADA_DESK, Set.of(), Refusal.STALE_AGREEMENT);
        assertThat(answer.reason()).contains("version 1").contains("version 2 is current");
    }

    @Test
    void aPartnerWithoutAnyGrantIsRefused() {
        refused("Northwind Resellers", PartnerFixture.ADA_DESK, Set.of(), Refusal.NO_GRANT);
    }

    @Test
    void anExpiredGrantIsRefused() {
        f.adaToNorthwind();
        f.clock.advance(Duration.ofDays(91));
        refused("Northwind Resellers", PartnerFixture.ADA_DESK, Set.of(), Refusal.GRANT_EXPIRED);
    }

    @Test
    void aRevokedGrantAnswersNothingFromThatMoment() {
        GrantView grant = f.adaToNorthwind();
        assertThat(lookups().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_DESK, Set.of()).answered()).isTrue();

        f.services.grants().revoke(f.pat, grant.id(), "partner left the programme");

        LookupAnswer answer = refused("Northwind Resellers", PartnerFixture.ADA_DESK, Set.of(), Refusal.GRANT_REVOKED);
        assertThat(answer.reason()).contains("partner left the programme").contains("pat");
        assertThat(f.services.grants().history(f.pat, grant.id())).extracting(GrantEventView::kind)
                .containsExactly(GrantEventKind.GRANTED, GrantEventKind.REVOKED);
    }

    @Test
    void aFieldOutsideTheGrantIsRefusedByName() {
        f.adaToNorthwind();
        LookupAnswer answer = refused("Northwind Resellers", PartnerFixture.ADA_DESK,
                EnumSet.of(LicenseField.STATUS, LicenseField.SEATS), Refusal.FIELD_NOT_ALLOWED);
        assertThat(answer.reason()).contains("seats");
    }

    @Test
    void aLicenseOutsideTheScopeIsRefused() {
        f.adaToNorthwind();
        refused("Northwind Resellers", PartnerFixture.CAROL_AUDIT, Set.of(), Refusal.OUT_OF_SCOPE);
    }

    @Test
    void productAndResoldScopesCoverTheirLicensesOnly() {
        f.grant(f.northwind, GrantScope.RESOLD, Set.of(), Set.of(), EnumSet.of(LicenseField.STATUS),
                Duration.ofDays(30));
        assertThat(lookups().lookup(f.pat, "Northwind Resellers", PartnerFixture.BOB_DESK, Set.of()).fields())
                .containsOnlyKeys("status");
        refused("Northwind Resellers", PartnerFixture.ADA_DESK, Set.of(), Refusal.OUT_OF_SCOPE);

        f.grant(f.northwind, GrantScope.PRODUCTS, Set.of(), Set.of("Custodia Server"),
                EnumSet.of(LicenseField.EDITION, LicenseField.SEATS), Duration.ofDays(30));
        assertThat(lookups().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_SERVER, Set.of()).fields())
                .containsOnlyKeys("edition", "seats").containsEntry("seats", 5);
    }

    @Test
    void unknownPartnersAndKeysAreRefused() {
        f.adaToNorthwind();
        refused("Nobody Inc", PartnerFixture.ADA_DESK, Set.of(), Refusal.UNKNOWN_PARTNER);
        refused("Northwind Resellers", "NO-SUCH-KEY", Set.of(), Refusal.UNKNOWN_LICENSE);
    }

    @Test
    void aSalesRepresentativeCannotGrantNorLookUp() {
        assertThatThrownBy(() -> f.services.grants().grant(f.sally, new GrantDraft(f.northwind, GrantScope.RESOLD,
                Set.of(), Set.of(), EnumSet.of(LicenseField.STATUS), com.custodia.domain.GrantPurpose.VALIDATION, null,
                f.clock.instant().plus(Duration.ofDays(1)), "trying")))
                .isInstanceOf(AccessDeniedException.class);
        GrantView grant = f.adaToNorthwind();
        assertThatThrownBy(() -> f.services.grants().revoke(f.sally, grant.id(), "trying"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.grants().renew(f.olivia, grant.id(),
                f.clock.instant().plus(Duration.ofDays(200)), "trying")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lookups().lookup(f.sally, "Northwind Resellers", PartnerFixture.ADA_DESK, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> f.services.partners().create(f.sally, PartnerFixture.partner("Sneaky", 2,
                PartnerFixture.TODAY, PartnerFixture.TODAY.plusYears(1)))).isInstanceOf(AccessDeniedException.class);
        assertThat(f.services.grants().list(f.pat)).hasSize(1);
    }

    @Test
    void aPartnerManagerCannotReachOrdersOrAnalyticsThroughAnyPartnerService() throws Exception {
        GrantView grant = f.grant(f.northwind, GrantScope.CUSTOMERS, Set.of(f.ada), Set.of(),
                EnumSet.allOf(LicenseField.class), Duration.ofDays(30));
        String[] secrets = {"SECRET-ORDER-PRODUCT", "4242", "192.0.2.77", "SecretBrowser", "ada@example.com", "Lovelace"};

        LookupAnswer answer = lookups().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_DESK, Set.of());
        assertThat(answer.fields().keySet()).containsExactly("license_key", "product", "edition", "seats", "status",
                "expiry", "upgrade_eligibility");
        assertThat(new String(answer.payload(), StandardCharsets.UTF_8)).doesNotContain(secrets);

        Path json = dir.resolve("share.json");
        f.services.sharePackages().export(f.pat, grant.id(), ShareFormat.JSON, json);
        assertThat(Files.readString(json)).doesNotContain(secrets);

        String views = f.services.partnerDisclosures().forPerson(f.pat, f.ada) + " "
                + f.services.partnerDisclosures().history(f.pat, f.northwind) + " " + f.services.grants().list(f.pat)
                + " " + f.services.partners().list(f.pat);
        assertThat(views).doesNotContain(secrets);

        // no grant can name anything but license fields
        assertThatThrownBy(() -> LicenseField.parse("orders")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LicenseField.parse("email")).isInstanceOf(IllegalArgumentException.class);
        // and the gate refuses other categories to a partner even under a valid grant
        long before = f.ledgerSize();
        DisclosureRequest orders = new DisclosureRequest(DisclosureKind.PARTNER_LOOKUP, RecipientKind.PARTNER,
                "Northwind Resellers", null, LegalBasis.PARTNER_AGREEMENT, String.valueOf(grant.id()), Set.of(f.ada),
                List.of("orders", "licenses"), List.of("product"), "license verification", "lookup", null, null);
        assertThatThrownBy(() -> f.services.disclosures().disclose(f.pat, orders, new byte[] {1}, b -> { }))
                .isInstanceOf(DisclosureRefusedException.class).hasMessageContaining("never [orders]");
        assertThat(f.ledgerSize()).isEqualTo(before);
        // and the person services still refuse a partner manager orders and analytics
        assertThatThrownBy(() -> f.services.personRecords().orders(f.pat, f.ada))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSharePackageFileHashIsTheLedgerEntryHash() throws Exception {
        GrantView grant = f.grant(f.northwind, GrantScope.PRODUCTS, Set.of(), Set.of("Custodia Desk"),
                EnumSet.of(LicenseField.LICENSE_KEY, LicenseField.EXPIRY), Duration.ofDays(30));
        Path csv = dir.resolve("northwind.csv");

        SharePackage pkg = f.services.sharePackages().export(f.pat, grant.id(), ShareFormat.CSV, csv);

        byte[] file = Files.readAllBytes(csv);
        assertThat(pkg.licenses()).isEqualTo(2);
        assertThat(pkg.persons()).isEqualTo(2);
        assertThat(DisclosureGate.sha256(file)).isEqualTo(pkg.disclosed().payloadSha256());
        EntryContent entry = f.services.ledger().store().entries(pkg.disclosed().ledgerSeq(), 1).get(0).content();
        assertThat(entry.payloadSha256()).isEqualTo(DisclosureGate.sha256(file));
        assertThat(entry.reference()).isEqualTo(String.valueOf(grant.id()));
        assertThat(entry.channel()).isEqualTo("file");
        assertThat(new String(file, StandardCharsets.UTF_8).lines().toList())
                .containsExactly("license_key,expiry", PartnerFixture.ADA_DESK + "," + PartnerFixture.TODAY.plusYears(1),
                        PartnerFixture.BOB_DESK + "," + PartnerFixture.TODAY.plusYears(1));

        Path json = dir.resolve("northwind.json");
        SharePackage asJson = f.services.sharePackages().export(f.pat, grant.id(), ShareFormat.JSON, json);
        assertThat(DisclosureGate.sha256(Files.readAllBytes(json))).isEqualTo(asJson.disclosed().payloadSha256());
        assertThat(new ObjectMapper().readTree(json.toFile()).get("licenses")).hasSize(2);
    }

    @Test
    void aRevokedGrantWritesNoSharePackage() {
        GrantView grant = f.adaToNorthwind();
        f.services.grants().revoke(f.pat, grant.id(), "ended");
        Path out = dir.resolve("never.csv");
        long before = f.ledgerSize();

        assertThatThrownBy(() -> f.services.sharePackages().export(f.pat, grant.id(), ShareFormat.CSV, out))
                .isInstanceOfSatisfying(PartnerRefusedException.class,
                        e -> assertThat(e.refusal()).isEqualTo(Refusal.GRANT_REVOKED));

        assertThat(out).doesNotExist();
        assertThat(f.ledgerSize()).isEqualTo(before);
    }

    @Test
    void grantsAreRenewedWithAReasonAndWarnBeforeTheyEnd() {
        GrantView grant = f.grant(f.northwind, GrantScope.CUSTOMERS, Set.of(f.ada), Set.of(),
                EnumSet.of(LicenseField.STATUS), Duration.ofDays(20));
        assertThat(grant.expiringSoon()).isTrue();
        assertThat(grant.warning()).contains("Ends on").matches("Ends on \\d{4}-\\d{2}-\\d{2}; renew it .*");
        assertThat(f.services.grants().expiringSoon(f.pat)).extracting(GrantView::id).containsExactly(grant.id());

        assertThatThrownBy(() -> f.services.grants().renew(f.pat, grant.id(), f.clock.instant().plus(Duration.ofDays(200)),
                " ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Reason");
        GrantView renewed = f.services.grants().renew(f.pat, grant.id(), f.clock.instant().plus(Duration.ofDays(200)),
                "contract extended");

        assertThat(renewed.expiringSoon()).isFalse();
        assertThat(f.services.grants().history(f.pat, grant.id())).extracting(GrantEventView::kind, GrantEventView::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GrantEventKind.GRANTED, "reseller verifies its customers"),
                        org.assertj.core.groups.Tuple.tuple(GrantEventKind.RENEWED, "contract extended"));
        // the database keeps the history as written
        assertThatThrownBy(() -> f.services.database().inTransaction(s -> s.doWork(c -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE license_share_grant_event SET reason = 'nothing happened'");
            }
        }))).hasRootCauseInstanceOf(SQLException.class);
    }

    @Test
    void grantingToAPartnerThatMayNotReceiveIsRefused() {
        assertThatThrownBy(() -> f.grant(f.lapsed, GrantScope.RESOLD, Set.of(), Set.of(), EnumSet.of(LicenseField.STATUS),
                Duration.ofDays(10))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lapsed");
        assertThat(f.services.partners().list(f.pat)).extracting(PartnerView::name, PartnerView::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Lapsed Ltd", PartnerRules.State.LAPSED),
                org.assertj.core.groups.Tuple.tuple("Northwind Resellers", PartnerRules.State.REGISTERED),
                org.assertj.core.groups.Tuple.tuple("Oldterms GmbH", PartnerRules.State.STALE_AGREEMENT));
    }

    @Test
    void aPersonsPartnerViewAndAPartnersHistoryComeFromGrantsAndTheLedger() {
        GrantView grant = f.adaToNorthwind();
        lookups().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_DESK, Set.of());
        lookups().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_SERVER, Set.of());
        f.clock.advance(Duration.ofDays(31));
        lookups().lookup(f.pat, "Northwind Resellers", PartnerFixture.ADA_DESK, Set.of());

        PartnerDisclosures.PersonPartners ada = f.services.partnerDisclosures().forPerson(f.sally, f.ada);
        assertThat(ada.canSeeNow()).extracting(PartnerDisclosures.PartnerAccess::partner,
                        PartnerDisclosures.PartnerAccess::grantId)
                .containsOnly(org.assertj.core.groups.Tuple.tuple("Northwind Resellers", grant.id())).hasSize(2);
        assertThat(ada.canSeeNow().get(0).licenseKey()).as("masked for a sales representative")
                .isNotEqualTo(PartnerFixture.ADA_DESK).endsWith("0001");
        assertThat(ada.received()).as("the ledger is not a sales representative's to read").isEmpty();
        assertThat(ada.receivedShown()).isFalse();
        PartnerDisclosures.PersonPartners forManager = f.services.partnerDisclosures().forPerson(f.pat, f.ada);
        assertThat(forManager.receivedShown()).isTrue();
        assertThat(forManager.received()).hasSize(3)
                .allSatisfy(d -> assertThat(d.grant()).isEqualTo(String.valueOf(grant.id())));
        assertThat(f.services.partnerDisclosures().forPerson(f.pat, f.carol).canSeeNow()).isEmpty();

        // renamed: the history follows the grants, not the name
        PartnerView northwind = f.services.partners().find(f.pat, f.northwind);
        f.services.partners().update(f.pat, f.northwind, northwind.version(), new PartnerDraft("Northwind Partners",
                northwind.agreementReference(), northwind.agreementVersion(), northwind.registrationStatus(),
                northwind.registeredFrom(), northwind.registeredUntil(), northwind.tier(), northwind.contacts()));
        assertThat(f.services.partnerDisclosures().history(f.pat, f.oldterms).disclosures()).isEmpty();
        PartnerDisclosures.PartnerHistory history = f.services.partnerDisclosures().history(f.pat, f.northwind);
        assertThat(history.partner()).isEqualTo("Northwind Partners");
        assertThat(history.disclosures()).hasSize(3)
                .allSatisfy(d -> assertThat(d.partner()).isEqualTo("Northwind Resellers"));
        assertThat(f.services.grants().products(f.pat)).containsExactly("Custodia Audit", "Custodia Desk",
                "Custodia Server");
        assertThat(history.perMonth()).containsExactly(java.util.Map.entry(YearMonth.of(2026, 3), 2L),
                java.util.Map.entry(YearMonth.of(2026, 4), 1L));
    }
}
