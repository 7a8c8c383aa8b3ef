package com.custodia.ledger;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.RecipientKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Everything about a disclosure that its caller knows; the ledger adds time, number and hashes. */
public record EntryDraft(
        String operator,
        Set<String> operatorRoles,
        RecipientKind recipientKind,
        String recipientName,
        String recipientAddress,
        LegalBasis basis,
        String reference,
        Set<Long> personIds,
        List<String> categories,
        List<String> fields,
        String purpose,
        String channel,
        String payloadSha256,
        String seriesId,
        Instant nonNotificationUntil) {

    public EntryDraft {
        Objects.requireNonNull(operator);
        operatorRoles = Set.copyOf(operatorRoles);
        personIds = Set.copyOf(personIds);
        categories = List.copyOf(categories);
        fields = List.copyOf(fields);
        for (String token : categories) {
            requireToken(token, "category");
        }
        for (String token : fields) {
            requireToken(token, "field");
        }
    }

    private static void requireToken(String token, String what) {
        if (token == null || !token.matches("[A-Za-z0-9_.-]{1,60}")) {
            throw new IllegalArgumentException("a " + what + " name has 1 to 60 letters, digits, dots, dashes or underscores: " + token);
        }
    }

    EntryContent toContent(Instant time) {
        return new EntryContent(time, operator, List.copyOf(operatorRoles), recipientKind, recipientName,
                recipientAddress, basis, reference, personIds.size(), EntryContent.personsDigest(personIds),
                categories, fields, purpose, channel, payloadSha256, seriesId, nonNotificationUntil);
    }
}
