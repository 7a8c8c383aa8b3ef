package com.custodia.policy;

import com.custodia.domain.PersonKind;
import com.custodia.domain.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who may make whom a person's account owner (decision 0028). The owner decides which part of the
 * disclosure ledger a sales representative reads, so the rule is strict: administrators and privacy
 * officers ({@link Permission#ACCOUNT_OWNER_ASSIGN}) give any customer to any active sales
 * representative or to nobody; a sales representative ({@link Permission#ACCOUNT_OWNER_TAKE}) takes
 * a customer nobody owns for themselves, or gives up one of their own, and touches nobody else's.
 * Owners are ids of operators; null means no owner.
 */
public final class AccountOwnerRules {

    /** The kinds of person who have an account to look after: customers and those trying the product. */
    public static final Set<PersonKind> OWNED_KINDS = EnumSet.of(PersonKind.CUSTOMER, PersonKind.TRIAL_USER);

    private AccountOwnerRules() {
    }

    /** Whether the roles may change owners at all, in some way. */
    public static boolean mayChangeAny(Collection<Role> roles) {
        return Permissions.allows(roles, Permission.ACCOUNT_OWNER_ASSIGN)
                || Permissions.allows(roles, Permission.ACCOUNT_OWNER_TAKE);
    }

    /** Whether the roles give a customer to any sales representative, not only to the operator themselves. */
    public static boolean mayAssignAnyone(Collection<Role> roles) {
        return Permissions.allows(roles, Permission.ACCOUNT_OWNER_ASSIGN);
    }

    /**
     * Whether the operator may change the owner of a person whose owner is {@code current}: what
     * decides if the screen offers the choice or shows the owner read-only.
     */
    public static boolean mayChange(Collection<Role> roles, long actorId, Long current) {
        if (mayAssignAnyone(roles)) {
            return true;
        }
        return Permissions.allows(roles, Permission.ACCOUNT_OWNER_TAKE) && (current == null || current == actorId);
    }

    /**
     * Why the operator's roles do not allow making {@code wanted} the owner instead of
     * {@code current}, or empty when they do. Keeping the owner as it is is always allowed to those
     * who may change owners at all.
     */
    public static Optional<String> refusal(Collection<Role> roles, long actorId, Long current, Long wanted) {
        if (!mayChangeAny(roles)) {
            return Optional.of("Your roles do not allow you to change a customer's account owner.");
        }
        if (Objects.equals(current, wanted) || mayAssignAnyone(roles)) {
            return Optional.empty();
        }
        if (current != null && current != actorId) {
            return Optional.of("Your roles do not allow you to change the account owner of another sales "
                    + "representative's customer; an administrator or a privacy officer can.");
        }
        if (wanted != null && wanted != actorId) {
            return Optional.of("Your roles do not allow you to give a customer to someone else: you may take "
                    + "a customer nobody owns for yourself.");
        }
        return Optional.empty();
    }

    /**
     * Why the person cannot have {@code wanted} as owner whoever asks, or empty when they can.
     * Nobody (null) is always possible.
     *
     * @param wantedIsActiveSales whether the operator named is active and holds the sales role
     */
    public static Optional<String> invalid(PersonKind kind, Long wanted, boolean wantedIsActiveSales) {
        if (wanted == null) {
            return Optional.empty();
        }
        if (!OWNED_KINDS.contains(kind)) {
            return Optional.of("Only customers and trial users have an account owner.");
        }
        if (!wantedIsActiveSales) {
            return Optional.of("Operator " + wanted + " is not an active sales representative, so cannot own "
                    + "a customer.");
        }
        return Optional.empty();
    }

    /** Whether an operator with these roles may own customers. */
    public static boolean mayOwn(Collection<Role> roles, boolean active) {
        return active && roles.contains(Role.SALES_REPRESENTATIVE);
    }
}
