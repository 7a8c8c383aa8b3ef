package com.custodia.ui.dashboard;

import com.custodia.domain.ConnectionProfile;
import com.custodia.domain.Role;
import com.custodia.domain.SecurityEventKind;
import com.custodia.domain.WorkspaceInfo;
import com.custodia.policy.Permission;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.PersonDirectory;
import com.custodia.service.security.SecurityEventService;
import com.custodia.service.security.SecurityEventView;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The dashboard without its nodes: where the data lives, who is signed in, and two figures
 * loaded in the background — the number of persons held (for roles that may see names) and
 * recent failed sign-ins (for roles that may read the security log). A figure the operator may
 * not see is never asked for, so opening the dashboard leaves no refusal in the security log.
 */
public final class DashboardViewModel {

    /** How far back "recent" failed sign-ins go. */
    public static final Duration RECENT = Duration.ofDays(7);
    /** How many of the newest security events are read to count them. */
    static final int EVENTS_READ = 1000;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    private final ConnectionProfile profile;
    private final WorkspaceInfo workspace;
    private final Principal principal;
    private final PersonDirectory people;
    private final SecurityEventService securityEvents;
    private final TaskExecutor executor;
    private final Clock clock;
    private final ResourceBundle bundle;

    private final ReadOnlyStringWrapper personCount = new ReadOnlyStringWrapper(this, "personCount", "");
    private final ReadOnlyStringWrapper failedSignIns = new ReadOnlyStringWrapper(this, "failedSignIns", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean disposed;

    public DashboardViewModel(ConnectionProfile profile, WorkspaceInfo workspace, Principal principal,
                              PersonDirectory people, SecurityEventService securityEvents, TaskExecutor executor,
                              Clock clock, ResourceBundle bundle) {
        this.profile = profile;
        this.workspace = workspace;
        this.principal = principal;
        this.people = people;
        this.securityEvents = securityEvents;
        this.executor = executor;
        this.clock = clock;
        this.bundle = bundle;
    }

    // ---------------------------------------------------------------- Facts known at once

    public String connection() {
        return profile.label();
    }

    public String workspaceId() {
        return workspace.id();
    }

    /** The day the workspace (or server schema) was created, UTC. */
    public String created() {
        return workspace.created() == null ? "" : DATE.format(workspace.created());
    }

    public boolean demo() {
        return workspace.demo();
    }

    public String operatorName() {
        return principal.displayName();
    }

    public String operatorUsername() {
        return principal.username();
    }

    public String roles() {
        return Arrays.stream(Role.values()).filter(principal.roles()::contains)
                .map(role -> bundle.getString("role." + role.name())).collect(Collectors.joining(", "));
    }

    public boolean showsPersonCount() {
        return principal.may(Permission.PERSON_VIEW_NAMES);
    }

    public boolean showsFailedSignIns() {
        return principal.may(Permission.SECURITY_EVENTS_VIEW);
    }

    /** What the failed sign-in figure covers, in the same days as {@link #RECENT}. */
    public String failedSignInsCaption() {
        return format("card.failures.description", RECENT.toDays());
    }

    // ---------------------------------------------------------------- Figures loaded later

    /** Number of persons held, formatted; "…" while loading, empty when not shown. */
    public ReadOnlyStringProperty personCountProperty() {
        return personCount.getReadOnlyProperty();
    }

    /** Failed sign-ins within {@link #RECENT}, formatted; "…" while loading, empty when not shown. */
    public ReadOnlyStringProperty failedSignInsProperty() {
        return failedSignIns.getReadOnlyProperty();
    }

    /** Why a figure could not be loaded; empty when all is well. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    // ---------------------------------------------------------------- Commands

    public void load() {
        problem.set("");
        if (showsPersonCount()) {
            personCount.set(bundle.getString("value.loading"));
            executor.execute(BackgroundTask.of(bundle.getString("task.countPersons"), progress -> people.count(principal))
                    .onSuccess(count -> show(personCount, format("value.count", count)))
                    .onFailure(error -> failed(personCount, error)));
        }
        if (showsFailedSignIns()) {
            failedSignIns.set(bundle.getString("value.loading"));
            executor.execute(BackgroundTask.of(bundle.getString("task.countFailures"),
                            progress -> securityEvents.newest(principal, EVENTS_READ))
                    .onSuccess(events -> show(failedSignIns, failedSignInsText(events)))
                    .onFailure(error -> failed(failedSignIns, error)));
        }
    }

    public void dispose() {
        disposed = true;
        personCount.set("");
        failedSignIns.set("");
        problem.set("");
    }

    /**
     * Counts failed sign-ins since {@link #RECENT} ago. When every event read is that recent,
     * older failures may lie beyond what was read, so the figure is a lower bound and says so.
     */
    String failedSignInsText(List<SecurityEventView> newestFirst) {
        Instant since = clock.instant().minus(RECENT);
        long count = newestFirst.stream()
                .filter(e -> e.kind() == SecurityEventKind.LOGIN_FAILED && !e.occurredAt().isBefore(since))
                .count();
        boolean cutOff = newestFirst.size() >= EVENTS_READ
                && !newestFirst.get(newestFirst.size() - 1).occurredAt().isBefore(since);
        return format(cutOff ? "value.atLeast" : "value.count", count);
    }

    private void show(ReadOnlyStringWrapper figure, String value) {
        if (!disposed) {
            figure.set(value);
        }
    }

    private void failed(ReadOnlyStringWrapper figure, Throwable error) {
        if (disposed) {
            return;
        }
        figure.set(bundle.getString("value.unavailable"));
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        problem.set(format("error.figure", message));
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments);
    }
}
