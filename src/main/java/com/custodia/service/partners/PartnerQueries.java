package com.custodia.service.partners;

import com.custodia.domain.License;
import com.custodia.domain.LicenseShareGrant;
import com.custodia.domain.Partner;
import com.custodia.domain.SearchKeys;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/** The reads the partner services share, inside the caller's transaction. */
final class PartnerQueries {

    private PartnerQueries() {
    }

    /** The current version of the partner agreement: the highest one. */
    static int currentAgreementVersion(Session s) {
        Integer v = s.createSelectionQuery("select max(version) from PartnerAgreementVersion", Integer.class)
                .getSingleResult();
        return v == null ? 1 : v;
    }

    static Optional<Partner> partnerNamed(Session s, String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return s.createSelectionQuery("from Partner where nameKey = :key", Partner.class)
                .setParameter("key", Partner.nameKey(name)).getResultList().stream().findFirst();
    }

    static Partner partner(Session s, long id) {
        Partner p = s.find(Partner.class, id);
        if (p == null) {
            throw new IllegalArgumentException("There is no partner " + id + ".");
        }
        return p;
    }

    static List<LicenseShareGrant> grantsOf(Session s, long partnerId) {
        return s.createSelectionQuery("from LicenseShareGrant where partnerId = :p order by id", LicenseShareGrant.class)
                .setParameter("p", partnerId).getResultList();
    }

    static LicenseShareGrant grant(Session s, long id) {
        LicenseShareGrant g = s.find(LicenseShareGrant.class, id);
        if (g == null) {
            throw new IllegalArgumentException("There is no grant " + id + ".");
        }
        return g;
    }

    /**
     * The license with this key: the key as written, or else the one license whose key is the same
     * when case, dashes and spaces are ignored (as search compares keys).
     */
    static Optional<License> licenseByKey(Session s, String key) {
        if (key == null || key.isBlank()) {
            return Optional.empty();
        }
        Optional<License> exact = s.createSelectionQuery("from License where licenseKey = :k", License.class)
                .setParameter("k", key.strip()).getResultList().stream().findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        String norm = SearchKeys.licenseKey(key.strip());
        if (norm == null) {
            return Optional.empty();
        }
        List<License> similar = s.createSelectionQuery("from License where licenseKeyNorm = :k", License.class)
                .setParameter("k", norm).setMaxResults(2).getResultList();
        return similar.size() == 1 ? Optional.of(similar.get(0)) : Optional.empty();
    }

    /** Every license a grant's scope covers, by id. */
    static List<License> licensesCovered(Session s, LicenseShareGrant g) {
        return switch (g.getScope()) {
            case CUSTOMERS -> s.createSelectionQuery("from License where personId in :ids order by id", License.class)
                    .setParameter("ids", g.getPersonIds()).getResultList();
            case PRODUCTS -> s.createSelectionQuery("from License where product in :p order by id", License.class)
                    .setParameter("p", g.getProducts()).getResultList();
            case RESOLD -> s.createSelectionQuery("from License where resoldByPartnerId = :p order by id", License.class)
                    .setParameter("p", g.getPartnerId()).getResultList();
        };
    }
}
