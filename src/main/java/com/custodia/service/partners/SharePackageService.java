package com.custodia.service.partners;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.License;
import com.custodia.domain.LicenseField;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.domain.Partner;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Database;
import com.custodia.policy.CsvSafety;
import com.custodia.policy.DisclosureRules;
import com.custodia.policy.GrantRules;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Share packages (DESIGN.md P2): every license a grant covers, with exactly the grant's fields, as
 * CSV or JSON for the partner. One disclosure through the gate: one ledger entry naming the grant
 * and carrying the file's SHA-256, committed before the gate's release writes the file.
 */
public final class SharePackageService {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Database database;
    private final AccessGuard guard;
    private final DisclosureGate gate;
    private final SecurityLog log;
    private final Clock clock;

    public SharePackageService(Database database, AccessGuard guard, DisclosureGate gate, SecurityLog log, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.gate = gate;
        this.log = log;
        this.clock = clock;
    }

    private record Loaded(String partner, GrantRules.GrantFact grant, List<License> licenses,
                          GrantRules.Answer refusal) {
    }

    /**
     * Writes the share package of a grant to {@code target}.
     *
     * @throws PartnerRefusedException when the partner may not receive anything now or the grant
     *                                 does not answer now (nothing recorded, nothing written)
     * @throws IllegalArgumentException when the grant covers no license
     */
    public SharePackage export(Principal actor, long grantId, ShareFormat format, Path target) {
        guard.require(actor, Permission.SHARE_PACKAGE_EXPORT, "export partner share packages");
        if (target == null || format == null) {
            throw new IllegalArgumentException("Choose the format and where to write the share package.");
        }
        Instant now = clock.instant();
        Loaded loaded = database.fromTransaction(s -> {
            LicenseShareGrant g = PartnerQueries.grant(s, grantId);
            Partner p = PartnerQueries.partner(s, g.getPartnerId());
            GrantRules.GrantFact fact = GrantView.fact(g);
            Optional<GrantRules.Answer> refused = GrantRules.partnerRefusal(PartnerView.fact(p),
                    PartnerQueries.currentAgreementVersion(s), now);
            if (refused.isEmpty() && !fact.state(now).answers()) {
                refused = Optional.of(inactive(p.getName(), fact, now));
            }
            return new Loaded(p.getName(), fact, refused.isPresent() ? List.of() : PartnerQueries.licensesCovered(s, g),
                    refused.orElse(null));
        });
        if (loaded.refusal() != null) {
            log.record(SecurityEventKind.SHARE_PACKAGE_REFUSED, actor.username(), "share package of grant " + grantId
                    + " refused, " + loaded.refusal().refusal() + ": " + loaded.refusal().reason());
            throw new PartnerRefusedException(loaded.refusal().refusal(), loaded.refusal().reason());
        }
        if (loaded.licenses().isEmpty()) {
            throw new IllegalArgumentException("Grant " + grantId + " covers no license now; there is nothing to share.");
        }
        GrantRules.GrantFact grant = loaded.grant();
        List<String> columns = LicenseValues.names(grant.fields());
        byte[] payload = format == ShareFormat.CSV ? csv(columns, loaded.licenses(), grant.fields())
                : json(loaded.partner(), grant, columns, loaded.licenses(), now);
        Set<Long> persons = new TreeSet<>();
        loaded.licenses().forEach(l -> persons.add(l.getPersonId()));
        DisclosureRequest request = new DisclosureRequest(DisclosureKind.SHARE_PACKAGE, RecipientKind.PARTNER,
                loaded.partner(), null, LegalBasis.PARTNER_AGREEMENT, String.valueOf(grantId), persons,
                List.of(DisclosureRules.PARTNER_CATEGORY), columns,
                "license " + grant.purpose().name().toLowerCase(Locale.ROOT) + " (share package)", "file",
                "grant-" + grantId, null);
        FileRelease release = new FileRelease(target);
        Disclosed disclosed = gate.disclose(actor, request, payload, release);
        return new SharePackage(grantId, loaded.partner(), release.target(), format, loaded.licenses().size(),
                persons.size(), disclosed);
    }

    private static GrantRules.Answer inactive(String partner, GrantRules.GrantFact g, Instant now) {
        return switch (g.state(now)) {
            case REVOKED -> new GrantRules.Answer(null, Set.of(), GrantRules.Refusal.GRANT_REVOKED, "Grant " + g.id()
                    + " of " + partner + " was revoked on " + g.revokedAt() + " by " + g.revokedBy() + ": "
                    + g.revokeReason());
            case EXPIRED -> new GrantRules.Answer(null, Set.of(), GrantRules.Refusal.GRANT_EXPIRED, "Grant " + g.id()
                    + " of " + partner + " expired on " + g.validUntil() + ".");
            default -> new GrantRules.Answer(null, Set.of(), GrantRules.Refusal.GRANT_NOT_YET_VALID, "Grant " + g.id()
                    + " of " + partner + " is valid only from " + g.validFrom() + ".");
        };
    }

    private static byte[] csv(List<String> columns, List<License> licenses, Set<LicenseField> fields) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(columns.toArray(String[]::new)).get())) {
            for (License l : licenses) {
                List<String> row = new ArrayList<>();
                for (LicenseField f : LicenseValues.ordered(fields)) {
                    row.add(CsvSafety.neutralise(String.valueOf(LicenseValues.value(l, f))));
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(String partner, GrantRules.GrantFact grant, List<String> columns, List<License> licenses,
                               Instant now) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("partner", partner);
        root.put("grant", grant.id());
        root.put("purpose", grant.purpose().name().toLowerCase(Locale.ROOT));
        root.put("exported_at", now.toString());
        root.put("fields", columns);
        root.put("licenses", licenses.stream().map(l -> LicenseValues.of(l, grant.fields())).toList());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the share package as JSON", e);
        }
    }
}
