package com.custodia.service.consent;

import java.util.List;

/** The result of picking contacts: who was added, and who was left out with the rule's reason. */
public record ContactPick(List<Long> picked, List<Excluded> excluded) {

    public record Excluded(long personId, String reason) {
    }
}
