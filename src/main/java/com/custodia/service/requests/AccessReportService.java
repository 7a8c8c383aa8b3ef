package com.custodia.service.requests;

import com.custodia.domain.RecipientKind;
import com.custodia.domain.LegalBasis;
import com.custodia.domain.RequestKind;
import com.custodia.domain.SearchKeys;
import com.custodia.persistence.Database;
import com.custodia.policy.DataCategory;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureFailedException;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.Release;
import com.custodia.service.ledger.Accounting;
import com.custodia.service.ledger.AccountingService;
import com.custodia.service.requests.RequestViews.RequestDetail;
import com.custodia.service.security.AccessGuard;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The access report (DESIGN.md P7, decision 0024): built from the data inventory so that no
 * category can be forgotten, redacted of third parties' data, rendered as JSON for machines or
 * PDF for the person, and delivered to the person through the disclosure gate on the basis of
 * the request, which the gate refuses until the identity was verified and, for access, confirmed
 * by a second operator.
 */
public final class AccessReportService {

    /** The purpose recorded for every delivered report. */
    public static final String PURPOSE = "answer to an access request";

    private final Database database;
    private final AccessGuard guard;
    private final DisclosureGate gate;
    private final RequestService requests;
    private final AccountingService accounting;
    private final Clock clock;
    private final ReportExtractors extractors;
    private final List<String> inventory;

    public AccessReportService(Database database, AccessGuard guard, DisclosureGate gate, RequestService requests,
                               AccountingService accounting, Clock clock) {
        this(database, guard, gate, requests, accounting, clock, ReportExtractors.standard(),
                Arrays.stream(DataCategory.values()).map(Enum::name).toList());
    }

    /** With other extractors or another list of inventory categories (the completeness tests). */
    public AccessReportService(Database database, AccessGuard guard, DisclosureGate gate, RequestService requests,
                               AccountingService accounting, Clock clock, ReportExtractors extractors,
                               List<String> inventory) {
        this.database = database;
        this.guard = guard;
        this.gate = gate;
        this.requests = requests;
        this.accounting = accounting;
        this.clock = clock;
        this.extractors = extractors;
        this.inventory = List.copyOf(inventory);
    }

    /**
     * Everything held about the persons the request was matched to, for review before delivery.
     *
     * @throws IncompleteReportException when an inventory category has no extractor
     */
    public AccessReport build(Principal actor, long requestId) {
        guard.require(actor, Permission.REQUEST_MANAGE, "build access reports");
        extractors.require(inventory);
        RequestDetail request = requests.load(requestId);
        if (request.kind() != RequestKind.ACCESS) {
            throw new IllegalArgumentException("Request " + requestId + " is a correction request; access reports "
                    + "answer access requests.");
        }
        if (request.personIds().isEmpty()) {
            throw new IllegalArgumentException("Match request " + requestId + " to a person first.");
        }
        Set<Long> identities = requests.identities(request.personIds());
        Instant now = clock.instant();
        record Raw(String category, CategoryExtractor.Extracted extracted) {
        }
        List<Raw> raw = database.fromConnection(c -> {
            List<Raw> out = new ArrayList<>();
            CategoryExtractor.Context ctx = new CategoryExtractor.Context(c, identities, now);
            for (String category : inventory) {
                out.add(new Raw(category, extractors.get(category).extract(ctx)));
            }
            return out;
        });
        Set<String> emails = new HashSet<>();
        Set<String> phones = new HashSet<>();
        List<Map<String, String>> everything = new ArrayList<>();
        for (Raw r : raw) {
            for (Map<String, String> rec : r.extracted().records()) {
                everything.add(rec);
                if (rec.get("email") != null) {
                    emails.add(rec.get("email"));
                }
                if (rec.get("phone") != null) {
                    phones.add(rec.get("phone"));
                }
            }
        }
        if (request.given().email() != null) {
            emails.add(request.given().email());
        }
        if (request.given().phone() != null) {
            phones.add(request.given().phone());
        }
        Redaction redaction = new Redaction(emails, phones,
                otherNames(Redaction.nameCandidates(everything), identities));
        List<AccessReport.Section> sections = new ArrayList<>();
        List<AccessReport.StoreSearched> stores = new ArrayList<>();
        for (Raw r : raw) {
            DataCategory known = known(r.category());
            sections.add(new AccessReport.Section(r.category(), known == null ? r.category() : known.title(),
                    known == null ? "" : known.holds(), known == null ? "" : known.purpose(),
                    r.extracted().sources(), redaction.apply(r.extracted().records())));
            r.extracted().rowsByTable().forEach((t, n) -> stores.add(new AccessReport.StoreSearched(r.category(), t,
                    n)));
        }
        List<Accounting> accountings = new ArrayList<>();
        for (long person : new TreeSet<>(request.personIds())) {
            accountings.add(accounting.of(actor, person));
        }
        String name = accountings.stream().map(Accounting::personName).filter(n -> n != null && !n.isBlank())
                .findFirst().orElse(null);
        return new AccessReport(requestId, request.personIds(), identities, name, now, sections, accountings, stores,
                redaction.count());
    }

    public byte[] render(AccessReport report, ReportFormat format) {
        return format == ReportFormat.PDF ? AccessReportPdf.write(report) : AccessReportJson.write(report);
    }

    /**
     * Builds the report and hands it to the person through the gate: the ledger entry (recipient
     * the person, basis subject request, reference the request id) is committed before
     * {@code release} runs; then the request is marked answered with that entry.
     *
     * @throws com.custodia.service.disclosure.DisclosureRefusedException when the identity was not
     *         verified or not confirmed by a second operator
     */
    public Disclosed deliver(Principal actor, long requestId, ReportFormat format, String channel, Release release) {
        guard.require(actor, Permission.REQUEST_MANAGE, "deliver access reports");
        AccessReport report = build(actor, requestId);
        byte[] payload = render(report, format);
        String recipient = report.personName() == null || report.personName().isBlank()
                ? "the person of request " + requestId : report.personName();
        List<String> categories = report.sections().stream().filter(s -> !s.records().isEmpty())
                .map(s -> s.category().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
        if (categories.isEmpty()) {
            categories = List.of("access-report");
        }
        DisclosureRequest disclosure = new DisclosureRequest(DisclosureKind.ACCESS_REPORT, RecipientKind.DATA_SUBJECT,
                recipient, null, LegalBasis.SUBJECT_REQUEST, String.valueOf(requestId), report.personIds(),
                categories, format.fields(), PURPOSE, channel == null || channel.isBlank() ? "file" : channel,
                "subject-request-" + requestId, null);
        Disclosed disclosed = gate.disclose(actor, disclosure, payload, release);
        try {
            requests.recordDelivery(requestId, disclosed.ledgerSeq());
        } catch (RuntimeException e) {
            throw new DisclosureFailedException("Ledger entry " + disclosed.ledgerSeq() + " was recorded and the report "
                    + "handed over, but request " + requestId + " could not be marked answered: " + e.getMessage(), e);
        }
        return disclosed;
    }

    private static DataCategory known(String name) {
        for (DataCategory c : DataCategory.values()) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** Of the candidate name pairs, those that are the names of other persons held. */
    private Set<String> otherNames(Set<List<String>> candidates, Set<Long> identities) {
        if (candidates.isEmpty()) {
            return Set.of();
        }
        List<String> lasts = candidates.stream().map(c -> SearchKeys.text(c.get(1))).distinct().limit(500).toList();
        Set<String> pairs = new HashSet<>();
        candidates.forEach(c -> pairs.add(c.get(0) + " " + c.get(1)));
        return database.fromConnection(c -> {
            Set<String> found = new HashSet<>();
            String marks = String.join(", ", Collections.nCopies(lasts.size(), "?"));
            try (PreparedStatement st = c.prepareStatement("SELECT id, first_name, last_name FROM person "
                    + "WHERE last_name_key IN (" + marks + ")")) {
                for (int i = 0; i < lasts.size(); i++) {
                    st.setString(i + 1, lasts.get(i));
                }
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        if (identities.contains(rs.getLong(1)) || rs.getString(2) == null) {
                            continue;
                        }
                        String name = rs.getString(2).strip().toLowerCase(Locale.ROOT) + " "
                                + rs.getString(3).strip().toLowerCase(Locale.ROOT);
                        if (pairs.contains(name)) {
                            found.add(name);
                        }
                    }
                }
            }
            return found;
        });
    }

}
