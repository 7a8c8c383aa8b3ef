package com.custodia.service.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.RequestStatus;
import com.custodia.domain.Role;
import com.custodia.policy.RequestDeadlines;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.requests.RequestViews;
import com.custodia.support.MutableClock;
import com.custodia.support.TestWorkspaces;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's requests: every state, some overdue, one correction that reached two partners. */
class DemoRequestsTest {

    @TempDir
    Path dir;

    @Test
    void demoCreatesRequestsInEveryStateOnce() {
        try (Services services = TestWorkspaces.embedded(dir.resolve("ws"), new MutableClock())) {
            Principal admin = TestWorkspaces.principal(1, "admin", Role.ADMINISTRATOR);
            Principal officer = TestWorkspaces.principal(2, "officer", Role.PRIVACY_OFFICER);
            services.demoData().generate(admin, 50, 5, Progress.NONE);
            services.demoData().generate(admin, 10, 6, Progress.NONE);

            List<RequestViews.RequestSummary> all = services.requests().list(officer, false);

            assertThat(all).hasSize(7);
            assertThat(all).extracting(RequestViews.RequestSummary::status).contains(RequestStatus.RECEIVED,
                    RequestStatus.AWAITING_IDENTITY, RequestStatus.VERIFIED, RequestStatus.COMPLETED);
            assertThat(all).anyMatch(r -> r.deadline().extended());
            assertThat(all).anyMatch(r -> !r.deadline().clockRunning());
            assertThat(services.requests().list(officer, true)).isNotEmpty();
            RequestViews.RequestDetail correction = all.stream()
                    .map(r -> services.requests().detail(officer, r.id()))
                    .filter(d -> !d.notices().isEmpty()).findFirst().orElseThrow();
            assertThat(correction.notices()).extracting(RequestViews.NoticeView::recipientKind)
                    .containsOnly(RecipientKind.PARTNER).hasSize(2);
            assertThat(services.history().history(officer, correction.personIds().iterator().next()))
                    .anyMatch(h -> h.source().equals("correction request #" + correction.id()));
            assertThat(all.stream().filter(r -> r.deadline().urgency() == RequestDeadlines.Urgency.OVERDUE))
                    .isNotEmpty();
        }
    }
}
