package com.custodia.service.disclosure;

import com.custodia.domain.SecurityEventKind;
import com.custodia.ledger.AppendedEntry;
import com.custodia.ledger.EntryDraft;
import com.custodia.policy.DisclosureRules;
import com.custodia.service.auth.Principal;
import com.custodia.service.ledger.LedgerService;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The one gate every piece of personal data passes on its way out (promises P1 and P11).
 * In order: the operator's role, the disclosure rules, the ledger entry with the SHA-256 of the
 * exact bytes (appended and committed), and only then the release. A refusal records nothing in
 * the ledger and releases nothing; a failed append releases nothing.
 */
public final class DisclosureGate {

    private final AccessGuard guard;
    private final DisclosureFacts facts;
    private final LedgerService ledger;
    private final SecurityLog log;
    private final Clock clock;

    public DisclosureGate(AccessGuard guard, DisclosureFacts facts, LedgerService ledger, SecurityLog log, Clock clock) {
        this.guard = guard;
        this.facts = facts;
        this.ledger = ledger;
        this.log = log;
        this.clock = clock;
    }

    /** Checks the disclosure without recording or releasing anything, for screens that explain before they act. */
    public DisclosureRules.Decision check(Principal actor, DisclosureRequest request) {
        guard.require(actor, request.kind().permission(), describe(request));
        return DisclosureRules.evaluate(query(actor, request), facts.load(request));
    }

    /**
     * Discloses {@code payload} to the recipient through {@code release}.
     *
     * @throws com.custodia.service.security.AccessDeniedException when the role may not do this
     * @throws DisclosureRefusedException when the rules refuse, with the reason
     * @throws DisclosureFailedException when the entry could not be committed (nothing released)
     *                                   or the release itself failed (the entry stands)
     */
    public Disclosed disclose(Principal actor, DisclosureRequest request, byte[] payload, Release release) {
        DisclosureRules.Decision decision = check(actor, request);
        if (!decision.allowed()) {
            log.record(SecurityEventKind.DISCLOSURE_REFUSED, actor.username(), request.kind() + ": " + decision.reason());
            throw new DisclosureRefusedException(decision.reason());
        }
        String sha256 = sha256(payload);
        AppendedEntry entry;
        try {
            entry = ledger.append(draft(actor, request, sha256));
        } catch (RuntimeException e) {
            throw new DisclosureFailedException("The disclosure could not be recorded in the ledger, so nothing was "
                    + "handed over: " + e.getMessage(), e);
        }
        if (request.kind().isExport()) {
            ledger.checkpoint();
        }
        try {
            release.release(payload);
        } catch (Exception e) {
            log.record(SecurityEventKind.RELEASE_FAILED, actor.username(), "ledger entry " + entry.seq() + ": " + e.getMessage());
            throw new DisclosureFailedException("Ledger entry " + entry.seq() + " was recorded, but handing over the "
                    + "data failed: " + e.getMessage(), e);
        }
        return new Disclosed(entry.seq(), sha256, payload.length);
    }

    private DisclosureRules.Query query(Principal actor, DisclosureRequest r) {
        return new DisclosureRules.Query(r.basis(), r.recipientKind(), r.recipientName(), r.personIds(),
                new TreeSet<>(r.categories()), new TreeSet<>(r.fields()), r.purpose(), actor.roles(), clock.instant(),
                r.reference());
    }

    private static EntryDraft draft(Principal actor, DisclosureRequest r, String sha256) {
        Set<String> roles = actor.roles().stream().map(Enum::name).collect(Collectors.toSet());
        return new EntryDraft(actor.username(), roles, r.recipientKind(), r.recipientName(), r.recipientAddress(),
                r.basis(), r.reference(), r.personIds(), r.categories(), r.fields(), r.purpose(), r.channel(), sha256,
                r.seriesId(), r.nonNotificationUntil());
    }

    private static String describe(DisclosureRequest r) {
        return switch (r.kind()) {
            case PERSON_EXPORT -> "export persons";
            case PARTNER_LOOKUP -> "answer license lookups for partners";
            case SHARE_PACKAGE -> "export partner share packages";
            case ACCESS_REPORT -> "deliver access reports";
            case ACCOUNTING -> "deliver accountings of disclosures";
            case CONSENT_RECEIPT -> "export consent receipts";
            case PUBLICATION -> "publish statements";
            case CAMPAIGN_CONTACTS -> "hand campaign contacts to a partner or contractor";
            case LEGAL_HANDOVER -> "hand data to an authority";
            case CASE_FILE -> "export case files";
        };
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
