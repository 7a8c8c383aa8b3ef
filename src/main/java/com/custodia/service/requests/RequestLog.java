package com.custodia.service.requests;

import com.custodia.policy.CsvSafety;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.requests.RequestViews.RequestDetail;
import com.custodia.service.requests.RequestViews.RequestSummary;
import com.custodia.service.security.AccessGuard;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/**
 * The request log (decision 0024): one CSV row per request with the dates, kind, manner
 * (channel), jurisdiction, due date, response date, nature of the response and basis of any
 * denial. It names no requester and no person (no identifiers, no person ids, no free text
 * given by the requester), so it holds no personal data and is not a disclosure; reading it
 * needs the request-manage permission. Rows are never deleted (kept at least 24 months).
 */
public final class RequestLog {

    /** The columns, in order. */
    public static final List<String> COLUMNS = List.of("request_id", "received_at", "kind", "channel",
            "jurisdiction", "status", "due_date", "extended", "response_date", "response_nature", "denial_basis");

    private final RequestService requests;
    private final AccessGuard guard;
    public RequestLog(RequestService requests, AccessGuard guard) {
        this.requests = requests;
        this.guard = guard;
    }

    /** The log as UTF-8 CSV, oldest request first. */
    public byte[] csv(Principal actor) {
        guard.require(actor, Permission.REQUEST_MANAGE, "export the request log");
        StringBuilder out = new StringBuilder(String.join(",", COLUMNS)).append("\r\n");
        List<RequestSummary> all = requests.list(actor, false).stream()
                .sorted(java.util.Comparator.comparing(RequestSummary::receivedAt).thenComparing(RequestSummary::id))
                .toList();
        for (RequestSummary s : all) {
            RequestDetail d = requests.detail(actor, s.id());
            out.append(String.join(",", List.of(
                    String.valueOf(d.id()), instant(d.receivedAt()), d.kind().name(), d.channel().name(),
                    d.jurisdiction().name(), d.status().name(), d.deadline().due().toString(),
                    String.valueOf(d.extension() != null), instant(d.respondedAt()),
                    d.responseNature() == null ? "" : d.responseNature().name(),
                    cell(d.denialBasis())))).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String instant(Instant i) {
        return i == null ? "" : i.toString();
    }

    /** Quoted, and neutralised against spreadsheet formulas. */
    private static String cell(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        return "\"" + CsvSafety.neutralise(s).replace("\"", "\"\"") + "\"";
    }
}
