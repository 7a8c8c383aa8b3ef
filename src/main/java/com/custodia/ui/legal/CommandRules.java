package com.custodia.ui.legal;

import com.custodia.domain.LegalOrderStatus;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.legal.LegalOrderDetail;

/**
 * Why a command on the selected order is not offered to this operator, in words, or null when
 * it is. Mirrors what the service enforces (roles, four eyes, status), so the screen can say it
 * before the operator tries; the service still decides.
 */
final class CommandRules {

    private final Principal actor;
    private final LegalText text;

    CommandRules(Principal actor, LegalText text) {
        this.actor = actor;
        this.text = text;
    }

    /** Approve and Reject. */
    String decisionBlock(LegalOrderDetail d) {
        if (d == null) {
            return text.get("hint.select");
        }
        if (!actor.may(Permission.LEGAL_ORDER_APPROVE)) {
            return text.get("hint.decide.role");
        }
        if (d.status() != LegalOrderStatus.RECEIVED) {
            return text.format("hint.decide.decided", text.status(d.status()));
        }
        if (d.enteredBy().equalsIgnoreCase(actor.username())) {
            return text.get("hint.decide.own");
        }
        return null;
    }

    /** "Hand over…". */
    String handOverBlock(LegalOrderDetail d) {
        if (d == null) {
            return text.get("hint.select");
        }
        if (!actor.may(Permission.LEGAL_ORDER_MANAGE)) {
            return text.get("hint.handOver.role");
        }
        if (!d.status().approved()) {
            return text.get("hint.handOver.notApproved");
        }
        return null;
    }
}
