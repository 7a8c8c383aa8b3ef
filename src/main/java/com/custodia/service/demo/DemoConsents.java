package com.custodia.service.demo;

import com.custodia.domain.Attribution;
import com.custodia.domain.Campaign;
import com.custodia.domain.CampaignContact;
import com.custodia.domain.CampaignKind;
import com.custodia.domain.CampaignRunner;
import com.custodia.domain.Consent;
import com.custodia.domain.ConsentType;
import com.custodia.domain.Hashes;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.Person;
import com.custodia.domain.PersonKind;
import com.custodia.domain.PolicyVersion;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Statement;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementPublication;
import com.custodia.domain.StatementSource;
import com.custodia.domain.StatementStatus;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryDraft;
import com.custodia.persistence.Database;
import com.custodia.policy.PolicyVersions;
import com.custodia.service.auth.Principal;
import com.custodia.service.consent.CampaignService;
import com.custodia.service.consent.StatementService;
import com.custodia.service.ledger.LedgerService;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consent part of the demo data (issue 6): two policy versions, consents under both (some
 * withdrawn, the older granted ones marked for re-confirmation), a satisfaction survey run by the
 * vendor and a testimonial request run by a partner, and statements in every status. Published
 * statements get a real ledger entry each, written in the name of the operator who generates the
 * demo data, so the ledger stays the one record of what was published. The same seed gives the
 * same data.
 */
final class DemoConsents {

    static final String V1_TEXT = """
            Privacy policy
            We collect the information you give us when you buy, try or ask about our products.
            We share license information with registered partners.
            We never sell your personal information.
            """;
    static final String V2_TEXT = """
            Privacy policy
            We collect the information you give us when you buy, try or ask about our products.
            We share license verification, validation and upgrade information with registered partners.
            We never sell or rent your personal information.
            Every disclosure of your information is recorded in a ledger you may ask to see.
            """;
    private static final String[] PURPOSES = {"satisfaction studies", "testimonial requests",
        "product research interviews", "partner newsletters"};
    private static final String[] RECIPIENTS = {"Northwind Resellers", "Acme Research", "Contoso Surveys"};
    private static final String[] TEXTS = {
        "Custodia turned our yearly privacy audit into a one-day job.",
        "The disclosure ledger answers our customers' questions before they ask them.",
        "Setting up took an afternoon; the import of our customer list took minutes.",
        "We finally know which partner saw which license, and when.",
        "Access requests used to take us weeks. Now the report is ready the same day."};

    private final Database database;
    private final LedgerService ledger;
    private final Instant now;
    private final Random random;

    DemoConsents(Database database, LedgerService ledger, Instant now, long seed) {
        this.database = database;
        this.ledger = ledger;
        this.now = now;
        this.random = new Random(seed ^ 0x636f6e73656e74L);
    }

    /** Adds the consent demo data; returns the number of rows written (ledger entries not counted). */
    long add(Principal actor) {
        List<Long> customers = database.fromTransaction(s -> s.createSelectionQuery(
                "select id from Person where kind = :k order by id", Long.class)
                .setParameter("k", PersonKind.CUSTOMER).setMaxResults(60).getResultList());
        if (customers.isEmpty()) {
            return 0;
        }
        long[] rows = new long[1];
        List<long[]> published = new ArrayList<>();
        database.inTransaction(s -> {
            LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
            LocalDate first = today.minusYears(1).withDayOfMonth(1);
            PolicyVersion v1 = version(s, new PolicyVersion("Policy " + first, first, first,
                    "https://example.com/privacy/v1", V1_TEXT, now.minus(Duration.ofDays(366)), actor.username()), rows);
            PolicyVersion v2 = version(s, new PolicyVersion("Policy " + today.minusDays(30), today.minusDays(30),
                    today.minusDays(30), "https://example.com/privacy/v2", V2_TEXT, now.minus(Duration.ofDays(30)),
                    actor.username()), rows);
            // consents under the older version: one in five withdrawn; those still granted need re-confirmation
            PolicyVersions.VersionFact newer = new PolicyVersions.VersionFact(v2.getId(), v2.getLabel(),
                    v2.getEffectiveFrom());
            PolicyVersions.VersionFact older = new PolicyVersions.VersionFact(v1.getId(), v1.getLabel(),
                    v1.getEffectiveFrom());
            for (int i = 0; i < customers.size(); i++) {
                boolean underNewer = i % 3 == 0;
                Instant given = underNewer ? now.minus(Duration.ofDays(1 + random.nextInt(28)))
                        : now.minus(Duration.ofDays(40 + random.nextInt(300)));
                Consent c = new Consent(customers.get(i), PURPOSES[random.nextInt(PURPOSES.length)],
                        Set.of(RECIPIENTS[random.nextInt(RECIPIENTS.length)]), Set.of("identity", "contact"), given,
                        "signed form " + (1000 + i) + ".pdf", Hashes.sha256("demo evidence " + i));
                c.describe(underNewer ? v2.getId() : v1.getId(), "Marketing", ConsentType.EXPLICIT, "email",
                        i % 2 == 0 ? "web form" : "signed paper form", actor.username(), false, null);
                s.persist(c);
                if (i % 5 == 4) {
                    c.withdraw(given.plus(Duration.ofDays(7)), i % 2 == 0 ? "unsubscribe link" : "phone call",
                            actor.username());
                } else if (PolicyVersions.needsReconfirmation(true, underNewer ? newer : older, newer)) {
                    c.markForReconfirmation();
                }
                rows[0]++;
            }
            // a survey the vendor runs itself, and a testimonial request a partner runs
            Campaign survey = new Campaign("Customer satisfaction survey " + today.getYear(),
                    CampaignKind.SATISFACTION_SURVEY, CampaignRunner.VENDOR, "Customer success team",
                    "yearly satisfaction survey", now.minus(Duration.ofDays(20)), actor.username());
            Campaign testimonials = new Campaign("Testimonials for the website", CampaignKind.TESTIMONIAL_REQUEST,
                    CampaignRunner.PARTNER, "Northwind Resellers", "testimonial request",
                    now.minus(Duration.ofDays(15)), actor.username());
            s.persist(survey);
            s.persist(testimonials);
            s.flush();
            rows[0] += 2;
            for (Long id : customers.subList(0, Math.min(25, customers.size()))) {
                if (CampaignService.refusal(s, id) == null) {
                    s.persist(new CampaignContact(survey.getId(), id, now.minus(Duration.ofDays(19))));
                    rows[0]++;
                }
            }
            // statements in every status; the first ones come from the testimonial campaign
            StatementStatus[] statuses = StatementStatus.values();
            int count = Math.min(customers.size(), statuses.length * 2);
            for (int i = 0; i < count; i++) {
                StatementStatus target = statuses[i % statuses.length];
                long person = customers.get(customers.size() - 1 - i);
                StatementMedium medium = StatementMedium.values()[i % StatementMedium.values().length];
                Attribution attribution = Attribution.values()[i % Attribution.values().length];
                Statement st = new Statement(person, i < statuses.length ? testimonials.getId() : null,
                        TEXTS[i % TEXTS.length], StatementSource.values()[i % StatementSource.values().length],
                        medium, attribution, i % 2 == 0 ? "a conference ticket" : null,
                        now.minus(Duration.ofDays(14 - i)), actor.username());
                s.persist(st);
                s.flush();
                rows[0]++;
                if (target == StatementStatus.DRAFT) {
                    continue;
                }
                st.askForConsent(now.minus(Duration.ofDays(10)));
                if (target == StatementStatus.AWAITING_CONSENT) {
                    continue;
                }
                Consent c = new Consent(person, "publication of statement " + st.getId() + " in "
                        + words(medium), Set.of(StatementService.publicRecipient(medium)),
                        StatementService.categories(attribution), now.minus(Duration.ofDays(9)),
                        "email reply", Hashes.sha256("demo statement consent " + i));
                c.describe(v2.getId(), "Marketing: testimonial", ConsentType.EXPLICIT, medium.name(), "email reply",
                        actor.username(), false, null);
                c.coverStatement(st.getId(), st.getTextSha256());
                s.persist(c);
                s.flush();
                st.approve(now.minus(Duration.ofDays(9)));
                rows[0]++;
                if (target == StatementStatus.PUBLISHED || target == StatementStatus.WITHDRAWN) {
                    published.add(new long[] {st.getId(), c.getId(), person, medium.ordinal(), attribution.ordinal(),
                            target == StatementStatus.WITHDRAWN ? 1 : 0});
                }
            }
        });
        for (long[] p : published) {
            rows[0] += publish(actor, p);
        }
        return rows[0];
    }

    /** The version with this label if an earlier generation made it, else this new one. */
    private static PolicyVersion version(org.hibernate.Session s, PolicyVersion fresh, long[] rows) {
        List<PolicyVersion> existing = s.createSelectionQuery("from PolicyVersion where label = :l",
                PolicyVersion.class).setParameter("l", fresh.getLabel()).getResultList();
        if (!existing.isEmpty()) {
            return existing.get(0);
        }
        s.persist(fresh);
        s.flush();
        rows[0]++;
        return fresh;
    }

    /**
     * Publishes one demo statement: a ledger entry for the exact bytes, then the publication, then
     * (for the withdrawn ones) the withdrawal. Without a signing key nothing is published and the
     * statement stays approved.
     */
    private long publish(Principal actor, long[] p) {
        if (ledger == null || !ledger.canSign()) {
            return 0;
        }
        long statementId = p[0];
        long consentId = p[1];
        long person = p[2];
        StatementMedium medium = StatementMedium.values()[(int) p[3]];
        Attribution attribution = Attribution.values()[(int) p[4]];
        String place = medium == StatementMedium.WEBSITE ? "https://example.com/customers"
                : "Demo " + words(medium) + " " + statementId;
        byte[] bytes = database.fromTransaction(s -> StatementService.publicationText(
                s.find(Statement.class, statementId), s.find(Person.class, person)).getBytes(StandardCharsets.UTF_8));
        AppendedEntry entry = ledger.append(new EntryDraft(actor.username(),
                actor.roles().stream().map(Enum::name).collect(Collectors.toSet()), RecipientKind.PUBLIC,
                StatementService.publicRecipient(medium), place, LegalBasis.CONSENT, String.valueOf(consentId),
                Set.of(person), List.copyOf(StatementService.categories(attribution)), List.of("statement_text"),
                "demo data: publication of statement " + statementId + " in " + words(medium), words(medium),
                Hashes.sha256(bytes), null, null));
        database.inTransaction(s -> {
            Statement st = s.find(Statement.class, statementId);
            s.persist(new StatementPublication(statementId, consentId, medium, place, st.getTextSha256(),
                    now.minus(Duration.ofDays(5)), actor.username(), entry.seq()));
            st.published(now.minus(Duration.ofDays(5)));
            if (p[5] == 1) {
                s.find(Consent.class, consentId).withdraw(now.minus(Duration.ofDays(2)), "email to the privacy office",
                        actor.username());
                st.withdraw(now.minus(Duration.ofDays(2)));
            }
        });
        return 1;
    }

    private static String words(StatementMedium medium) {
        return medium.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
