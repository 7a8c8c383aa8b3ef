package com.custodia.ui.common;

import com.custodia.domain.ConnectionProfile;
import com.custodia.service.Services;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one open database the console holds, before and during a session. Replacing or releasing
 * it closes the old one on a worker thread, because closing an H2 file compacts it and must not
 * freeze the window. Used on the UI thread only.
 */
public final class OpenServices {

    private static final Logger LOG = LoggerFactory.getLogger(OpenServices.class);

    private final TaskExecutor executor;
    private Services current;

    public OpenServices(TaskExecutor executor) {
        this.executor = executor;
    }

    public Optional<Services> current() {
        return Optional.ofNullable(current);
    }

    /** Whether the database of this profile is the one open now. */
    public boolean isOpen(ConnectionProfile profile) {
        return current != null && profile != null && current.profile().equals(profile);
    }

    /** Holds {@code services} from now on; the previous ones, if different, are closed in the background. */
    public void replace(Services services) {
        Services old = current;
        current = services;
        if (old != null && old != services) {
            closeInBackground(old, () -> { });
        }
    }

    /** Hands the open services over to the caller, who closes them; nothing is held afterwards. */
    public Optional<Services> detach() {
        Services old = current;
        current = null;
        return Optional.ofNullable(old);
    }

    /** Closes what is open on a worker and then runs {@code then} on the UI thread. */
    public void release(Runnable then) {
        Services old = current;
        current = null;
        if (old == null) {
            then.run();
        } else {
            closeInBackground(old, then);
        }
    }

    /** Closes at once on the calling thread: only for shutdown, when no worker is left to do it. */
    public void closeNow() {
        Services old = current;
        current = null;
        if (old != null) {
            closeQuietly(old);
        }
    }

    private void closeInBackground(Services services, Runnable then) {
        executor.execute(BackgroundTask.<Void>of("close database", progress -> {
            closeQuietly(services);
            return null;
        }).onFinished(then));
    }

    static void closeQuietly(Services services) {
        try {
            services.close();
        } catch (RuntimeException e) {
            // the database is being let go; a failure to close cleanly must not stop sign-out or exit
            LOG.warn("Closing the database failed: {}", e.getClass().getSimpleName());
        }
    }
}
