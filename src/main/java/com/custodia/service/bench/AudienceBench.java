package com.custodia.service.bench;

import com.custodia.domain.MessageClass;
import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.communications.Audience;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The Communications screen's count on the People bench's workspace: who may receive feature
 * news, through {@code MailingLists.audience} (every person decided by the rule in Java, read a
 * page at a time), beside the raw engine answering the same question in one SQL statement. The
 * two must agree; the bench fails when they do not. DESIGN.md section 9 sets no target for it.
 */
final class AudienceBench {

    /** The rule of {@code EmailEligibility} for an optional class, as one statement. */
    private static final String RAW_COUNT = "SELECT COUNT(*) FROM person p WHERE p.email IS NOT NULL AND p.email <> ''"
            + " AND (p.kind = 'CUSTOMER' OR EXISTS (SELECT 1 FROM point_of_contact c WHERE c.person_id = p.id))"
            + " AND NOT EXISTS (SELECT 1 FROM communication_preference cp WHERE cp.person_id = p.id"
            + " AND cp.message_class = 'FEATURES' AND cp.subscribed = FALSE)";

    private AudienceBench() {
    }

    /** The best of two runs each, the service first. */
    static List<BenchFigure> measure(Services services, Principal sales, Progress progress) {
        double service = Double.MAX_VALUE;
        double raw = Double.MAX_VALUE;
        try (Connection c = services.database().dataSource().getConnection()) {
            for (int round = 1; round <= 2; round++) {
                progress.update(-1, "Counting who may receive feature news, run " + round + " of 2");
                long t0 = System.nanoTime();
                Audience audience = services.mailingLists().audience(sales, MessageClass.FEATURES, Progress.NONE);
                long t1 = System.nanoTime();
                long rawEligible = rawCount(c, round);
                long t2 = System.nanoTime();
                if (rawEligible != audience.eligible()) {
                    throw new IllegalStateException("The audience count says " + audience.eligible()
                            + " persons may receive feature news, the raw engine " + rawEligible + ".");
                }
                service = Math.min(service, (t1 - t0) / 1e9);
                raw = Math.min(raw, (t2 - t1) / 1e9);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The raw side of the audience bench failed: " + e.getMessage(), e);
        }
        return List.of(BenchFigure.duration("communications.audience", service, raw, null));
    }

    /**
     * The count, its text different in each round: H2 keeps the result of a statement it has run
     * before on unchanged tables and would answer the second round without reading anything.
     */
    private static long rawCount(Connection c, int round) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(RAW_COUNT + " AND p.id <> -" + round)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
