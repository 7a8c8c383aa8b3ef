package com.custodia.ui.main;

import com.custodia.service.consent.PolicyVersionView;
import com.custodia.ui.common.BackgroundTask;
import com.custodia.ui.common.TaskExecutor;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The privacy policy version in force, for the status bar: "Policy 2026-03". Read on a worker
 * when the window opens and whenever the operator changes screens, so a version published on the
 * policy screen shows as soon as the operator moves on. The policy is public: everyone sees it.
 */
public final class PolicyStatusViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PolicyStatusViewModel.class);

    /** Where the version comes from: {@code services.policyVersions()::current}. Called on a worker. */
    @FunctionalInterface
    public interface Source {
        Optional<PolicyVersionView> current();
    }

    private final Source source;
    private final TaskExecutor executor;
    private final ResourceBundle bundle;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper detail = new ReadOnlyStringWrapper(this, "detail", "");
    private boolean reading;
    private boolean closed;

    public PolicyStatusViewModel(Source source, TaskExecutor executor, ResourceBundle bundle) {
        this.source = Objects.requireNonNull(source);
        this.executor = Objects.requireNonNull(executor);
        this.bundle = Objects.requireNonNull(bundle);
    }

    /** "Policy 2026-03", or that none is in force; empty until read. */
    public ReadOnlyStringProperty textProperty() { return text.getReadOnlyProperty(); }
    /** The version's dates and hash, for a tooltip. */
    public ReadOnlyStringProperty detailProperty() { return detail.getReadOnlyProperty(); }

    /** Reads the version in force again, unless a read is under way. */
    public void refresh() {
        if (closed || reading) {
            return;
        }
        reading = true;
        executor.execute(BackgroundTask.of(bundle.getString("status.policy.task"), p -> source.current())
                .onSuccess(this::show)
                .onFailure(error -> {
                    LOG.warn("Could not read the policy version in force: {}", error.toString());
                    text.set("");
                    detail.set("");
                })
                .onFinished(() -> reading = false));
    }

    private void show(Optional<PolicyVersionView> version) {
        if (closed) {
            return;
        }
        if (version.isEmpty()) {
            text.set(bundle.getString("status.policy.none"));
            detail.set(bundle.getString("status.policy.noneDetail"));
            return;
        }
        PolicyVersionView v = version.get();
        // a label that names itself ("Policy 2026-11") is shown as it is, not as "Policy Policy 2026-11"
        text.set(v.label().toLowerCase(java.util.Locale.ROOT).contains("policy") ? v.label()
                : MessageFormat.format(bundle.getString("status.policy"), v.label()));
        detail.set(MessageFormat.format(bundle.getString("status.policy.detail"), v.label(),
                v.lastUpdated().toString(), v.effectiveFrom().toString(), v.textSha256()));
    }

    public void close() {
        closed = true;
    }
}
