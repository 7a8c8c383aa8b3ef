package com.custodia.service.people;

import com.custodia.domain.ChangeContext;
import com.custodia.domain.Operator;
import com.custodia.domain.Person;
import com.custodia.domain.Role;
import com.custodia.persistence.Database;
import com.custodia.policy.AccountOwnerRules;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Customers' account owners (decision 0028): who looks after a customer, and changing that under
 * {@link AccountOwnerRules}. A change is checked against the owner the operator saw, with the
 * person's row locked, so two sales representatives taking the same customer at once cannot both
 * succeed, and nobody's assignment is overwritten unseen. Every change is in the person's change
 * history (who, when, old and new owner).
 */
public final class AccountOwners {

    /** The source the change history files owner changes under. */
    public static final String SOURCE = "account owner";

    /** An operator who owns, or may own, customers. */
    public record Owner(long operatorId, String username, String displayName) {
    }

    /**
     * A person's owner as one operator sees it.
     *
     * @param owner      the owner, or null when nobody owns the person
     * @param changeable whether this operator may change it (to one of {@code choices} or to nobody)
     * @param choices    the owners this operator may choose, by display name; empty when not changeable
     */
    public record Ownership(long personId, Owner owner, boolean changeable, List<Owner> choices) {
        public Ownership {
            choices = List.copyOf(choices);
        }

        /** The owner's operator id, or null. */
        public Long ownerId() {
            return owner == null ? null : owner.operatorId();
        }

        /** Whether the operator with this id owns the person. */
        public boolean ownedBy(long operatorId) {
            return owner != null && owner.operatorId() == operatorId;
        }
    }

    private final Database database;
    private final AccessGuard guard;
    private final Clock clock;

    public AccountOwners(Database database, AccessGuard guard, Clock clock) {
        this.database = database;
        this.guard = guard;
        this.clock = clock;
    }

    /** The person's owner and what the operator may change it to. */
    public Ownership of(Principal actor, long personId) {
        guard.require(actor, Permission.PERSON_VIEW_NAMES, "see persons");
        return database.fromTransaction(s -> ownership(s, actor, PersonEditor.find(s, personId)));
    }

    /**
     * Makes {@code ownerId} the person's account owner (null: nobody), if the owner is still
     * {@code expectedOwnerId}, the one the operator saw.
     *
     * @return the person's ownership as it now stands
     * @throws com.custodia.service.security.AccessDeniedException when the operator's roles do not allow
     *         this change (logged)
     * @throws IllegalArgumentException when the person cannot have that owner (not a customer, not an
     *         active sales representative) or does not exist
     * @throws AccountOwnerChangedException when someone changed the owner since; nothing was changed
     */
    public Ownership assign(Principal actor, long personId, Long expectedOwnerId, Long ownerId) {
        if (actor == null || !AccountOwnerRules.mayChangeAny(actor.roles())) {
            guard.require(actor, Permission.ACCOUNT_OWNER_TAKE, "change a customer's account owner");
        }
        ChangeContext change = new ChangeContext(actor.username(), SOURCE, clock.instant());
        return database.fromTransaction(change, s -> {
            // the row lock orders competing changes: the second sees the first's owner and stops
            Person person = s.find(Person.class, personId, LockModeType.PESSIMISTIC_WRITE);
            if (person == null) {
                throw new IllegalArgumentException(MergeHistory.whereIs(s, personId));
            }
            Long current = person.getAccountOwnerId();
            if (!Objects.equals(current, expectedOwnerId)) {
                throw new AccountOwnerChangedException("The account owner of person " + personId
                        + " was changed by someone else meanwhile; nothing was changed. It is now "
                        + describe(ownerOf(s, current)) + ".", ownership(s, actor, person));
            }
            Optional<String> refused = AccountOwnerRules.refusal(actor.roles(), actor.operatorId(), current, ownerId);
            if (refused.isPresent()) {
                Permission needed = AccountOwnerRules.mayAssignAnyone(actor.roles()) ? Permission.ACCOUNT_OWNER_ASSIGN
                        : Permission.ACCOUNT_OWNER_TAKE;
                throw guard.refuse(actor, needed, "change the account owner of person " + personId, refused.get());
            }
            Operator wanted = ownerId == null ? null : s.find(Operator.class, ownerId);
            AccountOwnerRules.invalid(person.getKind(), ownerId, wanted != null
                    && AccountOwnerRules.mayOwn(wanted.getRoles(), wanted.isActive())).ifPresent(problem -> {
                        throw new IllegalArgumentException(problem);
                    });
            if (!Objects.equals(current, ownerId)) {
                person.assignAccountOwner(ownerId);
                s.flush();
            }
            return ownership(s, actor, person);
        });
    }

    private static Ownership ownership(Session s, Principal actor, Person person) {
        Long current = person.getAccountOwnerId();
        Owner owner = ownerOf(s, current);
        boolean ownable = AccountOwnerRules.OWNED_KINDS.contains(person.getKind());
        if (!AccountOwnerRules.mayChange(actor.roles(), actor.operatorId(), current) || !(ownable || current != null)) {
            return new Ownership(person.getId(), owner, false, List.of());
        }
        boolean assigner = AccountOwnerRules.mayAssignAnyone(actor.roles());
        List<Owner> choices = salesRepresentatives(s).stream()
                .filter(o -> assigner || o.operatorId() == actor.operatorId())
                .toList();
        // a sales representative offers only themselves: one who may no longer own offers nothing
        boolean changeable = assigner || !choices.isEmpty();
        return new Ownership(person.getId(), owner, changeable, changeable && ownable ? choices : List.of());
    }

    /** Every active operator who holds the sales role, by display name. */
    static List<Owner> salesRepresentatives(Session s) {
        return s.createSelectionQuery("select o from Operator o join o.roles r where r = :role and o.active = true"
                        + " order by o.displayName, o.username", Operator.class)
                .setParameter("role", Role.SALES_REPRESENTATIVE)
                .getResultList().stream()
                .map(AccountOwners::owner)
                .toList();
    }

    private static Owner ownerOf(Session s, Long operatorId) {
        if (operatorId == null) {
            return null;
        }
        Operator o = s.find(Operator.class, operatorId);
        return o == null ? new Owner(operatorId, "#" + operatorId, "#" + operatorId) : owner(o);
    }

    private static Owner owner(Operator o) {
        return new Owner(o.getId(), o.getUsername(), o.getDisplayName());
    }

    private static String describe(Owner owner) {
        return owner == null ? "nobody" : owner.displayName() + " (" + owner.username() + ")";
    }
}
