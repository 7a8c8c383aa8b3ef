package com.custodia.service.consent;

import com.custodia.domain.Campaign;
import com.custodia.domain.CampaignContact;
import com.custodia.domain.CommunicationPreference;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.MessageClass;
import com.custodia.domain.Person;
import com.custodia.domain.PointOfContactReason;
import com.custodia.domain.RecipientKind;
import com.custodia.persistence.Database;
import com.custodia.policy.DisclosureRules;
import com.custodia.policy.EmailEligibility;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRefusedException;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.Release;
import com.custodia.service.security.AccessGuard;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.hibernate.Session;

/**
 * Campaigns (promise P3): satisfaction surveys and testimonial requests run by the vendor, a
 * partner or a contractor. Contacts are picked only among persons the communications rules allow
 * (customers, or non-customers with a point of contact) who have not declined optional mail.
 * A campaign run by a partner or contractor gets its contact list only through the disclosure
 * gate, on the basis of each person's consent naming that partner or contractor; a vendor-run
 * campaign stays inside and hands nothing over.
 */
public final class CampaignService {

    /** What a contact list hands over. */
    public static final List<String> CATEGORIES = List.of("identity", "contact");
    public static final List<String> FIELDS = List.of("first_name", "last_name", "company", "email", "language");

    private final Database database;
    private final AccessGuard guard;
    private final DisclosureGate gate;
    private final Clock clock;

    public CampaignService(Database database, AccessGuard guard, DisclosureGate gate, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.gate = gate;
        this.clock = clock;
    }

    public long create(Principal actor, CampaignDraft draft) {
        guard.require(actor, Permission.CONSENT_MANAGE, "set up campaigns");
        return database.fromTransaction(s -> {
            Campaign c = new Campaign(draft.name(), draft.kind(), draft.runBy(), draft.runnerName(), draft.purpose(),
                    clock.instant(), actor.username());
            s.persist(c);
            s.flush();
            return c.getId();
        });
    }

    public List<CampaignView> list(Principal actor) {
        guard.require(actor, Permission.PERSON_VIEW, "view campaigns");
        return database.fromTransaction(s -> s.createSelectionQuery("from Campaign order by createdAt desc, id desc",
                Campaign.class).getResultList().stream().map(c -> view(s, c)).toList());
    }

    public CampaignView detail(Principal actor, long campaignId) {
        guard.require(actor, Permission.PERSON_VIEW, "view campaigns");
        return database.fromTransaction(s -> view(s, find(s, campaignId)));
    }

    /**
     * Adds the candidates the communications rules allow to the campaign; the others come back
     * with the rule's reason. A person already on the list is not added twice.
     */
    public ContactPick pick(Principal actor, long campaignId, Set<Long> candidates) {
        guard.require(actor, Permission.CONSENT_MANAGE, "pick campaign contacts");
        Instant now = clock.instant();
        return database.fromTransaction(s -> {
            Campaign campaign = find(s, campaignId);
            if (campaign.getHandedOverSeq() != null) {
                throw new IllegalArgumentException("The contact list of campaign " + campaignId
                        + " was handed over already; set up a new campaign for more contacts.");
            }
            Set<Long> already = new TreeSet<>(contacts(s, campaignId));
            List<Long> picked = new ArrayList<>();
            List<ContactPick.Excluded> excluded = new ArrayList<>();
            for (Long id : new TreeSet<>(candidates)) {
                String refusal = refusal(s, id);
                if (refusal != null) {
                    excluded.add(new ContactPick.Excluded(id, refusal));
                } else if (already.add(id)) {
                    s.persist(new CampaignContact(campaignId, id, now));
                    picked.add(id);
                }
            }
            return new ContactPick(List.copyOf(picked), List.copyOf(excluded));
        });
    }

    /** The persons on the campaign's list. */
    public List<Long> contacts(Principal actor, long campaignId) {
        guard.require(actor, Permission.PERSON_VIEW, "view campaigns");
        return database.fromTransaction(s -> {
            find(s, campaignId);
            return contacts(s, campaignId);
        });
    }

    /** Whether the contact list may go to the partner or contractor, without handing anything over. */
    public DisclosureRules.Decision checkHandOver(Principal actor, long campaignId) {
        Campaign campaign = database.fromTransaction(s -> find(s, campaignId));
        List<Long> persons = contacts(actor, campaignId);
        if (!campaign.isExternal()) {
            return new DisclosureRules.Decision(false, "The vendor runs this campaign itself; nothing is handed over.");
        }
        return gate.check(actor, request(campaign, persons));
    }

    /**
     * Hands the contact list (CSV) to the partner or contractor through the gate: the ledger entry
     * is committed first, then {@code release} gets the bytes.
     *
     * @throws DisclosureRefusedException when the campaign is vendor-run, has no contacts, or a
     *         contact has no active consent naming the runner (the reason lists who)
     */
    public Disclosed handOver(Principal actor, long campaignId, Release release) {
        guard.require(actor, Permission.CONSENT_MANAGE, "hand campaign contacts to a partner or contractor");
        Campaign campaign = database.fromTransaction(s -> find(s, campaignId));
        if (!campaign.isExternal()) {
            throw new DisclosureRefusedException("The vendor runs campaign " + campaignId
                    + " itself; its contacts stay inside and nothing is handed over.");
        }
        List<Long> persons = contacts(actor, campaignId);
        if (persons.isEmpty()) {
            throw new DisclosureRefusedException("Campaign " + campaignId + " has no contacts to hand over.");
        }
        byte[] csv = database.fromTransaction(s -> csv(s, persons));
        Disclosed disclosed = gate.disclose(actor, request(campaign, persons), csv, release);
        database.inTransaction(s -> find(s, campaignId).handedOver(disclosed.ledgerSeq()));
        return disclosed;
    }

    private static DisclosureRequest request(Campaign campaign, List<Long> persons) {
        return new DisclosureRequest(DisclosureKind.CAMPAIGN_CONTACTS, RecipientKind.THIRD_PARTY,
                campaign.getRunnerName(), null, LegalBasis.CONSENT, "campaign " + campaign.getId(), Set.copyOf(persons),
                CATEGORIES, FIELDS, campaign.getPurpose(), "file", "campaign-" + campaign.getId(), null);
    }

    /**
     * Why the communications rules refuse this person for a campaign, or null when they allow it:
     * surveys and testimonial requests are optional mail, so every optional class must be allowed.
     */
    public static String refusal(Session s, long personId) {
        Person person = s.find(Person.class, personId);
        if (person == null) {
            return "There is no person with id " + personId + ".";
        }
        Map<MessageClass, Boolean> choices = new EnumMap<>(MessageClass.class);
        s.createSelectionQuery("from CommunicationPreference where personId = :p", CommunicationPreference.class)
                .setParameter("p", personId).getResultList()
                .forEach(p -> choices.put(p.getMessageClass(), p.isSubscribed()));
        Set<PointOfContactReason> reasons = EnumSet.noneOf(PointOfContactReason.class);
        s.createSelectionQuery("select reason from PointOfContact where personId = :p", PointOfContactReason.class)
                .setParameter("p", personId).getResultList().forEach(reasons::add);
        var recipient = new EmailEligibility.Recipient(person.getKind(),
                person.getEmail() != null && !person.getEmail().isBlank(), choices, reasons);
        // surveys and testimonial requests are optional mail: whoever declined any optional class is left alone
        for (MessageClass c : MessageClass.values()) {
            if (!c.mandatory()) {
                EmailEligibility.Decision d = EmailEligibility.decide(recipient, c);
                if (!d.allowed()) {
                    return d.reason();
                }
            }
        }
        return null;
    }

    private static byte[] csv(Session s, List<Long> persons) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(
                FIELDS.toArray(String[]::new)).get())) {
            for (Long id : persons) {
                Person p = s.find(Person.class, id);
                printer.printRecord(safe(p.getFirstName()), safe(p.getLastName()), safe(p.getCompany()),
                        safe(p.getEmail()), safe(p.getLanguage()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String safe(String cell) {
        return com.custodia.policy.CsvSafety.neutralise(cell);
    }

    private static List<Long> contacts(Session s, long campaignId) {
        return s.createSelectionQuery("select personId from CampaignContact where campaignId = :c order by personId",
                Long.class).setParameter("c", campaignId).getResultList();
    }

    private static CampaignView view(Session s, Campaign c) {
        return new CampaignView(c.getId(), c.getName(), c.getKind().name(), c.getRunBy().name(), c.getRunnerName(),
                c.getPurpose(), c.getCreatedAt(), c.getCreatedBy(), contacts(s, c.getId()).size(),
                c.getHandedOverSeq());
    }

    private static Campaign find(Session s, long id) {
        Campaign c = s.find(Campaign.class, id);
        if (c == null) {
            throw new IllegalArgumentException("There is no campaign with id " + id + ".");
        }
        return c;
    }
}
