package com.custodia.domain;

import java.time.Instant;

/** The identity of the data behind a connection: one row in {@code workspace_info}. */
public record WorkspaceInfo(String id, Instant created, boolean demo) {
}
