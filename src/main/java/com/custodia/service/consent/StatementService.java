package com.custodia.service.consent;

import com.custodia.domain.Attribution;
import com.custodia.domain.Consent;
import com.custodia.domain.ConsentStatus;
import com.custodia.domain.ConsentType;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.Person;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Statement;
import com.custodia.domain.StatementMedium;
import com.custodia.domain.StatementPublication;
import com.custodia.domain.StatementStatus;
import com.custodia.persistence.Database;
import com.custodia.policy.Permission;
import com.custodia.policy.StatementRules;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.security.AccessGuard;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hibernate.Session;

/**
 * Statements (testimonials, promise P3): recording and editing them (sales representatives),
 * the author's consent per statement and medium over the exact text, publication (privacy
 * officers) through the disclosure gate, and withdrawal with its take-down list.
 *
 * <p>Publishing is checked twice: {@link StatementRules} (this statement, this medium, this exact
 * text, not withdrawn, not expired) and then the gate's own consent rule for the public recipient
 * of that medium, which records the ledger entry before the publication is recorded.
 */
public final class StatementService {

    private final Database database;
    private final AccessGuard guard;
    private final ConsentService consents;
    private final DisclosureGate gate;
    private final Clock clock;

    public StatementService(Database database, AccessGuard guard, ConsentService consents, DisclosureGate gate,
                            Clock clock) {
        this.database = database;
        this.guard = guard;
        this.consents = consents;
        this.gate = gate;
        this.clock = clock;
    }

    /** The ledger's recipient for a publication in a medium: the public, medium named. */
    public static String publicRecipient(StatementMedium medium) {
        return "the public (" + words(medium) + ")";
    }

    /** The data categories a publication with this attribution discloses. */
    public static Set<String> categories(Attribution attribution) {
        return switch (attribution) {
            case FULL_NAME -> Set.of("statement", "identity", "employer");
            case COMPANY_ONLY -> Set.of("statement", "employer");
            case ANONYMOUS -> Set.of("statement");
        };
    }

    // ---------------------------------------------------------------- Recording

    public long record(Principal actor, StatementDraft draft) {
        guard.require(actor, Permission.STATEMENT_RECORD, "record statements");
        return database.fromTransaction(s -> {
            if (s.find(Person.class, draft.personId()) == null) {
                throw new IllegalArgumentException("There is no person with id " + draft.personId() + ".");
            }
            Statement st = new Statement(draft.personId(), draft.campaignId(), draft.text(), draft.source(),
                    draft.medium(), draft.attribution(), draft.incentive(), clock.instant(), actor.username());
            s.persist(st);
            s.flush();
            return st.getId();
        });
    }

    /** Changes the text; an approved or published statement goes back to awaiting consent. */
    public StatementView edit(Principal actor, long statementId, String text) {
        guard.require(actor, Permission.STATEMENT_RECORD, "edit statements");
        return database.fromTransaction(s -> {
            Statement st = find(s, statementId);
            st.edit(text, clock.instant());
            s.flush();
            return view(s, st);
        });
    }

    /** The author has been asked to consent to this text. */
    public StatementView askForConsent(Principal actor, long statementId) {
        guard.require(actor, Permission.STATEMENT_RECORD, "ask for consent to statements");
        return database.fromTransaction(s -> {
            Statement st = find(s, statementId);
            st.askForConsent(clock.instant());
            return view(s, st);
        });
    }

    /**
     * Records the author's consent to publish the statement's current text in {@code medium}.
     * The statement is approved when the consent is for its intended medium.
     *
     * @return the consent's id
     */
    public long recordConsent(Principal actor, long statementId, StatementMedium medium, String collectionMethod,
                              Instant expiresAt, String evidenceName, byte[] evidence) {
        guard.require(actor, Permission.CONSENT_MANAGE, "record consents to statements");
        Instant now = clock.instant();
        return database.fromTransaction(s -> {
            Statement st = find(s, statementId);
            if (st.getStatus() == StatementStatus.WITHDRAWN) {
                throw new IllegalArgumentException("Statement " + statementId + " was withdrawn; record a new one.");
            }
            ConsentDraft draft = new ConsentDraft(st.getPersonId(), "publication of statement " + statementId
                    + " in " + words(medium), "Marketing: testimonial", Set.of(publicRecipient(medium)),
                    categories(st.getAttribution()), medium.name(), null, collectionMethod, ConsentType.EXPLICIT,
                    false, expiresAt, evidenceName, evidence);
            Consent consent = consents.insert(s, actor, draft, now);
            consent.coverStatement(statementId, st.getTextSha256());
            if (medium == st.getMedium()) {
                st.approve(now);
            }
            return consent.getId();
        });
    }

    // ---------------------------------------------------------------- Publishing

    /** Whether the statement may be published in {@code medium} now, and why not. Records nothing. */
    public StatementRules.Decision check(Principal actor, long statementId, StatementMedium medium) {
        guard.require(actor, Permission.STATEMENT_PUBLISH, "publish statements");
        return database.fromTransaction(s -> decide(s, find(s, statementId), medium));
    }

    /**
     * Publishes the statement in {@code medium} at {@code place}: the rules, then the gate's
     * ledger entry over the exact published bytes (text, attribution and incentive disclosure),
     * then the publication record.
     *
     * @throws DisclosureRefusedException with the reason when no matching consent allows it
     */
    public Published publish(Principal actor, long statementId, StatementMedium medium, String place) {
        guard.require(actor, Permission.STATEMENT_PUBLISH, "publish statements");
        if (place == null || place.isBlank()) {
            throw new IllegalArgumentException("Say where the statement is published (page address or document).");
        }
        Prepared p = database.fromTransaction(s -> {
            Statement st = find(s, statementId);
            StatementRules.Decision d = decide(s, st, medium);
            if (!d.allowed()) {
                throw new DisclosureRefusedException(d.reason());
            }
            Person person = s.find(Person.class, st.getPersonId());
            return new Prepared(st.getPersonId(), d.consentId(), st.getTextSha256(), st.getAttribution(),
                    publicationText(st, person).getBytes(StandardCharsets.UTF_8));
        });
        DisclosureRequest request = new DisclosureRequest(DisclosureKind.PUBLICATION, RecipientKind.PUBLIC,
                publicRecipient(medium), place.strip(), LegalBasis.CONSENT, String.valueOf(p.consentId()),
                Set.of(p.personId()), List.copyOf(categories(p.attribution())), List.of("statement_text"),
                "publication of statement " + statementId + " in " + words(medium), words(medium), null, null);
        Disclosed disclosed = gate.disclose(actor, request, p.bytes(), bytes -> { });
        Instant now = clock.instant();
        long publicationId = database.fromTransaction(s -> {
            StatementPublication pub = new StatementPublication(statementId, p.consentId(), medium, place.strip(),
                    p.textSha256(), now, actor.username(), disclosed.ledgerSeq());
            s.persist(pub);
            find(s, statementId).published(now);
            s.flush();
            return pub.getId();
        });
        return new Published(publicationId, disclosed.ledgerSeq(), p.bytes());
    }

    /** A publication: its record, its ledger entry and the exact bytes published. */
    public record Published(long publicationId, long ledgerSeq, byte[] text) {
    }

    private record Prepared(long personId, long consentId, String textSha256, Attribution attribution, byte[] bytes) {
    }

    /**
     * What is published: the exact text, the attribution the author agreed to and, when an
     * incentive was given, its disclosure.
     */
    public static String publicationText(Statement st, Person person) {
        StringBuilder out = new StringBuilder();
        out.append('"').append(st.getText()).append('"').append('\n');
        String company = person.getCompany() == null || person.getCompany().isBlank() ? null : person.getCompany();
        switch (st.getAttribution()) {
            case FULL_NAME -> out.append("— ").append(person.getFirstName()).append(' ').append(person.getLastName())
                    .append(company == null ? "" : ", " + company);
            case COMPANY_ONLY -> out.append("— ").append(company == null ? "a customer" : company);
            case ANONYMOUS -> out.append("— a customer");
        }
        out.append('\n');
        if (st.getIncentive() != null) {
            out.append("Disclosure: the author received ").append(st.getIncentive()).append(" for this statement.\n");
        }
        return out.toString();
    }

    // ---------------------------------------------------------------- Withdrawal

    /**
     * The author withdraws: every consent to the statement is withdrawn, the statement is marked
     * withdrawn, and the list of every place it was published comes back to be taken down.
     */
    public TakeDownList withdraw(Principal actor, long statementId, String how) {
        guard.require(actor, Permission.CONSENT_MANAGE, "withdraw statements");
        Instant now = clock.instant();
        return database.fromTransaction(s -> {
            Statement st = find(s, statementId);
            for (Consent c : consentsOf(s, statementId)) {
                if (c.getStatus() == ConsentStatus.GRANTED) {
                    c.withdraw(now, how, actor.username());
                }
            }
            st.withdraw(now);
            return new TakeDownList(statementId, now, places(s, statementId));
        });
    }

    /** Every place the statement was published, for taking it down. */
    public TakeDownList takeDownList(Principal actor, long statementId) {
        guard.require(actor, Permission.PERSON_VIEW, "view statements");
        return database.fromTransaction(s -> {
            Statement st = find(s, statementId);
            return new TakeDownList(statementId, st.getStatus() == StatementStatus.WITHDRAWN ? st.getUpdatedAt() : null,
                    places(s, statementId));
        });
    }

    /** A statement consent was withdrawn through the consent screens: an approved statement waits again. */
    static void consentWithdrawn(Session s, long statementId, Instant now) {
        Statement st = s.find(Statement.class, statementId);
        if (st != null) {
            st.consentLapsed(now);
        }
    }

    // ---------------------------------------------------------------- Reading

    public StatementView detail(Principal actor, long statementId) {
        guard.require(actor, Permission.PERSON_VIEW, "view statements");
        return database.fromTransaction(s -> view(s, find(s, statementId)));
    }

    /** Statements, newest first; {@code status} null for all, {@code personId} null for everyone. */
    public List<StatementView> list(Principal actor, StatementStatus status, Long personId) {
        guard.require(actor, Permission.PERSON_VIEW, "view statements");
        return database.fromTransaction(s -> {
            String hql = "from Statement where (:status is null or status = :status) "
                    + "and (:person is null or personId = :person) order by recordedAt desc, id desc";
            List<StatementView> out = new ArrayList<>();
            for (Statement st : s.createSelectionQuery(hql, Statement.class).setParameter("status", status)
                    .setParameter("person", personId).setMaxResults(1000).getResultList()) {
                out.add(view(s, st));
            }
            return out;
        });
    }

    private StatementView view(Session s, Statement st) {
        StatementRules.Decision d = decide(s, st, st.getMedium());
        Person person = s.find(Person.class, st.getPersonId());
        String name = person == null ? null : person.getFirstName() + " " + person.getLastName();
        String state = d.allowed() ? "Consent " + d.consentId() + " covers this text in " + words(st.getMedium())
                : d.reason();
        int count = places(s, st.getId()).size();
        return new StatementView(st.getId(), st.getPersonId(), name, st.getCampaignId(), st.getText(),
                st.getTextSha256(), st.getSource().name(), st.getMedium().name(), st.getAttribution().name(),
                st.getIncentive(), st.getStatus().name(), d.allowed(), state, count, st.getRecordedAt(),
                st.getRecordedBy(), st.getUpdatedAt());
    }

    private StatementRules.Decision decide(Session s, Statement st, StatementMedium medium) {
        List<StatementRules.ConsentFact> facts = consentsOf(s, st.getId()).stream()
                .map(c -> new StatementRules.ConsentFact(c.getId(), medium(c.getMedium()), c.getStatementSha256(),
                        c.getStatus(), c.getWithdrawnAt(), c.getExpiresAt()))
                .toList();
        return StatementRules.mayPublish(new StatementRules.StatementFact(st.getId(), st.getStatus(),
                st.getTextSha256()), medium, facts, clock.instant());
    }

    private static List<Consent> consentsOf(Session s, long statementId) {
        return s.createSelectionQuery("from Consent where statementId = :s order by givenAt desc, id desc",
                Consent.class).setParameter("s", statementId).getResultList();
    }

    private static List<TakeDownList.Place> places(Session s, long statementId) {
        return s.createSelectionQuery("from StatementPublication where statementId = :s order by publishedAt, id",
                        StatementPublication.class).setParameter("s", statementId).getResultList().stream()
                .map(p -> new TakeDownList.Place(p.getId(), p.getMedium().name(), p.getPlace(), p.getPublishedAt(),
                        p.getLedgerSeq()))
                .toList();
    }

    private static Statement find(Session s, long id) {
        Statement st = s.find(Statement.class, id);
        if (st == null) {
            throw new IllegalArgumentException("There is no statement with id " + id + ".");
        }
        return st;
    }

    private static StatementMedium medium(String value) {
        try {
            return value == null ? null : StatementMedium.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String words(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
