package com.custodia.service.consent;

import java.util.List;

/** A newly published policy version and the consents it marked for re-confirmation (by id, ascending). */
public record PolicyPublication(PolicyVersionView version, List<Long> markedForReconfirmation) {
}
