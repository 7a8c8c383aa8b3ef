package com.custodia.service.ledger;

import com.custodia.ledger.LedgerQueries;
import com.custodia.ledger.OwnCustomers;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.security.AccessGuard;
import java.time.Clock;
import java.util.List;

/**
 * Which part of the disclosure ledger an operator reads (decision 0028): all of it with
 * {@link Permission#LEDGER_READ_ALL}; with only {@link Permission#LEDGER_READ_OWN}, the entries
 * about the customers they own ({@link OwnCustomers}); otherwise nothing. The readers of this
 * package ask it before every read.
 */
final class LedgerScope {

    private final OwnCustomers own;
    private final AccessGuard guard;
    private final Clock clock;

    LedgerScope(OwnCustomers own, AccessGuard guard, Clock clock) {
        this.own = own;
        this.guard = guard;
        this.clock = clock;
    }

    /** Whether the operator reads only about their own customers. */
    static boolean ownOnly(Principal actor) {
        return actor != null && !actor.may(Permission.LEDGER_READ_ALL) && actor.may(Permission.LEDGER_READ_OWN);
    }

    /**
     * Null for an operator who reads the whole ledger, else the part they read; refuses (and logs)
     * an operator who may read none of it.
     *
     * @param operation what the operator tried, in words ("read the disclosure ledger")
     */
    OwnCustomers.Scope of(Principal actor, String operation) {
        if (actor != null && actor.may(Permission.LEDGER_READ_ALL)) {
            return null;
        }
        guard.require(actor, Permission.LEDGER_READ_OWN, operation);
        return own.scope(actor.operatorId(), clock.instant());
    }

    /**
     * {@link #of} for reading about one person, refusing an operator who reads only about their own
     * customers when the person is not one of them.
     */
    OwnCustomers.Scope ofPerson(Principal actor, long personId, String operation) {
        if (actor != null && actor.may(Permission.LEDGER_READ_ALL)) {
            return null;
        }
        guard.require(actor, Permission.LEDGER_READ_OWN, operation);
        if (!own.owns(actor.operatorId(), personId)) {
            throw guard.refuse(actor, Permission.LEDGER_READ_OWN, operation + " about person " + personId,
                    "Your roles do not allow you to " + operation + " about person " + personId
                            + ": you read the ledger only about the customers you own.");
        }
        return new OwnCustomers.Scope(actor.operatorId(), clock.instant(), OwnCustomers.Plan.PERSON_CHECKED);
    }

    /** {@link #of}, refusing an operator who reads only about their own customers when the entry is not about one. */
    OwnCustomers.Scope ofEntry(Principal actor, long seq, String operation) {
        OwnCustomers.Scope scope = of(actor, operation);
        if (scope != null && !own.sees(scope, seq)) {
            throw guard.refuse(actor, Permission.LEDGER_READ_OWN, operation + ": entry " + seq,
                    "Your roles do not allow you to " + operation + " entry " + seq
                            + ": you read only the entries about the customers you own.");
        }
        return scope;
    }

    /** The entry's persons the scope may see: all for the whole ledger, else the owner's customers. */
    List<Long> personsOf(LedgerQueries queries, OwnCustomers.Scope scope, long seq, int limit) {
        return scope == null ? queries.personsOf(seq, limit) : own.personsOf(seq, scope.ownerId(), limit);
    }
}
