package com.custodia.service.partners;

import com.custodia.policy.GrantRules;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to a partner's license lookup, or its refusal.
 *
 * <p>Answered: {@code fields} holds exactly the granted fields (name → value, in the order of
 * {@code LicenseField}), {@code payload} the canonical JSON handed over, whose SHA-256 is in ledger
 * entry {@code ledgerSeq} together with {@code grantId}. Refused: {@code refusal} and {@code reason}
 * say why; nothing was disclosed and the refusal is in the security log.
 */
public record LookupAnswer(String partner, Long grantId, Map<String, Object> fields, byte[] payload, Long ledgerSeq,
                           String payloadSha256, GrantRules.Refusal refusal, String reason) {

    public LookupAnswer {
        fields = fields == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        payload = payload == null ? null : payload.clone();
    }

    public boolean answered() {
        return refusal == null;
    }

    @Override
    public byte[] payload() {
        return payload == null ? null : payload.clone();
    }

    static LookupAnswer refused(String partner, GrantRules.Refusal refusal, String reason) {
        return new LookupAnswer(partner, null, Map.of(), null, null, null, refusal, reason);
    }
}
