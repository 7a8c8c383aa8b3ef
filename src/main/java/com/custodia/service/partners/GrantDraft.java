package com.custodia.service.partners;

import com.custodia.domain.GrantPurpose;
import com.custodia.domain.GrantScope;
import com.custodia.domain.LicenseField;
import java.time.Instant;
import java.util.Set;

/**
 * What a partner manager grants: to which partner, which licenses (the chosen customers', the
 * chosen products', or those the partner resold), which license fields, for what, from when until
 * when, and why.
 */
public record GrantDraft(long partnerId, GrantScope scope, Set<Long> personIds, Set<String> products,
                         Set<LicenseField> fields, GrantPurpose purpose, Instant validFrom, Instant validUntil,
                         String reason) {

    public GrantDraft {
        personIds = personIds == null ? Set.of() : Set.copyOf(personIds);
        products = products == null ? Set.of() : Set.copyOf(products);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }
}
