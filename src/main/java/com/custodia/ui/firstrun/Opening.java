package com.custodia.ui.firstrun;

import com.custodia.domain.Progress;
import com.custodia.service.Services;
import com.custodia.service.workspace.WorkspaceService;

/**
 * What one first-run choice will do, with the form's values already copied out of the UI
 * properties, so the worker thread never reads a property the UI thread may be changing.
 */
@FunctionalInterface
interface Opening {
    Services open(WorkspaceService workspaces, Progress progress);
}
