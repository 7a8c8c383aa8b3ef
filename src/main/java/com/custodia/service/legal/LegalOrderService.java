package com.custodia.service.legal;

import com.custodia.domain.LegalOrder;
import com.custodia.domain.LegalOrderKind;
import com.custodia.domain.LegalOrderStatus;
import com.custodia.domain.Person;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.SecurityEventKind;
import com.custodia.persistence.Database;
import com.custodia.policy.DisclosureRules.OrderKind;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.disclosure.Disclosed;
import com.custodia.service.disclosure.DisclosureFailedException;
import com.custodia.service.disclosure.DisclosureGate;
import com.custodia.service.disclosure.DisclosureKind;
import com.custodia.service.disclosure.DisclosureRequest;
import com.custodia.service.disclosure.FileRelease;
import com.custodia.service.security.AccessDeniedException;
import com.custodia.service.security.AccessGuard;
import com.custodia.service.security.SecurityLog;
import jakarta.persistence.LockModeType;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.Session;

/**
 * Legal orders (DESIGN.md P4): intake with the copy attached and hashed, a privacy officer's
 * decision (never the one who entered the order), and the hand-over of exactly the approved scope
 * through the disclosure gate, which records it in the ledger before the file is written.
 * The scope is fixed at intake; orders are never deleted.
 */
public final class LegalOrderService {

    private final Database database;
    private final AccessGuard guard;
    private final DisclosureGate gate;
    private final SecurityLog log;
    private final Clock clock;

    public LegalOrderService(Database database, AccessGuard guard, DisclosureGate gate, SecurityLog log, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.gate = gate;
        this.log = log;
        this.clock = clock;
    }

    /** The rules' kind of a stored order; the two enums share their names. */
    static OrderKind kindOf(LegalOrderKind kind) {
        return OrderKind.valueOf(kind.name());
    }

    // ---------------------------------------------------------------- Intake and reading

    /**
     * Enters a received order: checks every field, reads the copy (at most 20 MB) and stores it
     * with its SHA-256 in the same transaction as the order.
     *
     * @throws IllegalArgumentException naming each field that is missing or wrong
     */
    public LegalOrderDetail intake(Principal actor, LegalOrderDraft draft) {
        guard.require(actor, Permission.LEGAL_ORDER_MANAGE, "enter legal orders");
        IntakeChecks.Checked checked = IntakeChecks.check(draft, clock.instant(), this::existingPersons);
        LegalOrderDetail entered = database.fromTransaction(s -> {
            LegalOrder order = new LegalOrder(checked.demand(), actor.username(), clock.instant());
            s.persist(order);
            s.flush();
            // on the transaction's own connection: the order and its copy commit together or not at all
            s.doWork(connection -> LegalOrderCopies.insert(connection, order.getId(), checked.copy()));
            return LegalOrderDetail.of(order);
        });
        log.record(SecurityEventKind.LEGAL_ORDER_ENTERED, actor.username(), "legal order " + entered.id()
                + " (" + entered.kind() + ", reference " + entered.reference() + ")");
        return entered;
    }

    /** Every order, the nearest deadline first. */
    public List<LegalOrderSummary> list(Principal actor) {
        requireView(actor, "list legal orders");
        return database.fromTransaction(s -> s.createSelectionQuery(
                        "from LegalOrder order by deadline, id", LegalOrder.class).getResultList().stream()
                .map(LegalOrderSummary::of).toList());
    }

    public LegalOrderDetail detail(Principal actor, long orderId) {
        requireView(actor, "read legal orders");
        return database.fromTransaction(s -> LegalOrderDetail.of(find(s, orderId, LockModeType.NONE)));
    }

    /**
     * The copy as stored, after checking it still matches the SHA-256 taken at intake.
     *
     * @throws IllegalStateException when the stored bytes no longer match their hash
     */
    public LegalOrderCopy copy(Principal actor, long orderId) {
        requireView(actor, "read copies of legal orders");
        LegalOrderDetail order = detail(actor, orderId);
        byte[] bytes = database.fromConnection(c -> LegalOrderCopies.read(c, orderId));
        if (bytes == null || !DisclosureGate.sha256(bytes).equals(order.copySha256())) {
            throw new IllegalStateException("The stored copy of legal order " + orderId
                    + " does not match the SHA-256 taken at intake.");
        }
        return new LegalOrderCopy(order.copyFileName(), bytes.length, order.copySha256(), bytes);
    }

    // ---------------------------------------------------------------- Decisions

    /** Approves the order's scope as entered; {@code note} is optional. */
    public LegalOrderDetail approve(Principal actor, long orderId, String note) {
        guard.require(actor, Permission.LEGAL_ORDER_APPROVE, "approve legal orders");
        LegalOrderDetail approved = decide(actor, orderId,
                order -> order.approve(actor.username(), clock.instant(), note));
        log.record(SecurityEventKind.LEGAL_ORDER_APPROVED, actor.username(), "legal order " + orderId);
        return approved;
    }

    /** Rejects the order; the reason is required and kept with the decision. */
    public LegalOrderDetail reject(Principal actor, long orderId, String reason) {
        guard.require(actor, Permission.LEGAL_ORDER_APPROVE, "reject legal orders");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("Reason for the rejection is required.");
        }
        LegalOrderDetail rejected = decide(actor, orderId,
                order -> order.reject(actor.username(), clock.instant(), reason));
        log.record(SecurityEventKind.LEGAL_ORDER_REJECTED, actor.username(), "legal order " + orderId);
        return rejected;
    }

    private LegalOrderDetail decide(Principal actor, long orderId, Consumer<LegalOrder> decision) {
        return database.fromTransaction(s -> {
            // locked, so two officers deciding at the same moment are served one after the other
            LegalOrder order = find(s, orderId, LockModeType.PESSIMISTIC_WRITE);
            if (!order.mayBeDecidedBy(actor.username())) {
                log.record(SecurityEventKind.REFUSED, actor.username(),
                        Permission.LEGAL_ORDER_APPROVE + ": decide on legal order " + orderId + " they entered");
                throw new AccessDeniedException(Permission.LEGAL_ORDER_APPROVE, "You entered legal order " + orderId
                        + " yourself; another privacy officer must approve or reject it.");
            }
            if (order.getStatus() != LegalOrderStatus.RECEIVED) {
                throw new IllegalArgumentException("Legal order " + orderId + " was already decided ("
                        + order.getStatus().name().toLowerCase(Locale.ROOT) + " by " + order.getDecidedBy()
                        + "); only received orders can be approved or rejected.");
            }
            decision.accept(order);
            return LegalOrderDetail.of(order);
        });
    }

    // ---------------------------------------------------------------- Hand-over

    /**
     * Hands exactly the approved scope to the authority: a JSON file with, for each person in
     * scope, only the fields of the approved categories. The disclosure gate checks the order
     * (approved, the same basis, nothing outside its scope) and commits the ledger entry before
     * the file is written. The order may be handed over again; each time is its own entry, in one
     * series per order.
     *
     * @throws com.custodia.service.disclosure.DisclosureRefusedException when the order is not approved
     */
    public Disclosed disclose(Principal actor, long orderId, Path target) {
        guard.require(actor, Permission.LEGAL_ORDER_MANAGE, "hand data to an authority");
        if (target == null) {
            throw new IllegalArgumentException("Target file: choose where to write the hand-over.");
        }
        record Loaded(LegalOrderDetail order, HandoverPayload payload) {
        }
        Loaded loaded = database.fromTransaction(s -> {
            LegalOrderDetail order = LegalOrderDetail.of(find(s, orderId, LockModeType.NONE));
            return new Loaded(order, HandoverPayload.of(order, persons(s, order.personIds()), clock.instant()));
        });
        LegalOrderDetail order = loaded.order();
        HandoverPayload payload = loaded.payload();
        DisclosureRequest request = new DisclosureRequest(DisclosureKind.LEGAL_HANDOVER, RecipientKind.AUTHORITY,
                order.authorityName(), order.authorityAddress(), order.kind().basis(), String.valueOf(order.id()),
                payload.persons(), order.categories(), payload.fields(), "legal order " + order.reference(), "file",
                "legal-order-" + order.id(), order.nonNotificationUntil());
        Disclosed disclosed = gate.disclose(actor, request, payload.bytes(), new FileRelease(target));
        try {
            database.inTransaction(s -> find(s, orderId, LockModeType.PESSIMISTIC_WRITE)
                    .recordHandover(disclosed.ledgerSeq(), clock.instant()));
        } catch (RuntimeException e) {
            throw new DisclosureFailedException("Ledger entry " + disclosed.ledgerSeq() + " was recorded and the file "
                    + "written, but legal order " + orderId + " could not be marked as handed over: " + e.getMessage(), e);
        }
        return disclosed;
    }

    // ---------------------------------------------------------------- Plumbing

    /** Reading orders is for whoever may enter or decide on them. */
    private void requireView(Principal actor, String operation) {
        if (actor == null || !actor.may(Permission.LEGAL_ORDER_APPROVE)) {
            guard.require(actor, Permission.LEGAL_ORDER_MANAGE, operation);
        }
    }

    private static LegalOrder find(Session s, long orderId, LockModeType lock) {
        LegalOrder order = s.find(LegalOrder.class, orderId, lock);
        if (order == null) {
            throw new IllegalArgumentException("There is no legal order with id " + orderId + ".");
        }
        return order;
    }

    private Set<Long> existingPersons(Set<Long> ids) {
        return database.fromTransaction(s -> {
            Set<Long> found = new HashSet<>();
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += 1000) {
                found.addAll(s.createSelectionQuery("select id from Person where id in :ids", Long.class)
                        .setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000))).getResultList());
            }
            return found;
        });
    }

    private static List<Person> persons(Session s, List<Long> ids) {
        List<Person> out = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += 1000) {
            out.addAll(s.createSelectionQuery("from Person where id in :ids", Person.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + 1000))).getResultList());
        }
        return out;
    }
}
