package com.custodia.ui.common;

import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import java.time.Clock;

/** What a screen gets to work with: the services, who is signed in, and the UI helpers. */
public record ScreenContext(Services services, Principal principal, TaskExecutor executor,
                            DialogService dialogs, ViewLoader views, Clock clock) {
}
