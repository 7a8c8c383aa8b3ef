package com.custodia.service.partners;

import com.custodia.domain.PartnerAgreementVersion;
import java.time.Instant;
import java.time.LocalDate;

/** One version of the partner agreement; the highest is current. */
public record AgreementVersionView(int version, String label, LocalDate effectiveFrom, String setBy, Instant setAt) {

    static AgreementVersionView of(PartnerAgreementVersion v) {
        return new AgreementVersionView(v.getVersion(), v.getLabel(), v.getEffectiveFrom(), v.getSetBy(), v.getSetAt());
    }
}
