package com.custodia.casefile;

/**
 * What the seal of an opened case file says: who sealed it, when, in which workspace, with which
 * key, and whether the reviewer pinned that key. A broken file never gets a seal: opening it fails
 * with the reason instead.
 *
 * @param keyLabel the label the reviewer pinned the key under, or null for an unknown key
 */
public record Seal(String exporter, String created, String workspaceId, String fingerprint, String keyLabel) {

    public boolean knownKey() {
        return keyLabel != null;
    }

    /** One line for a badge or a terminal. */
    public String summary() {
        String who = "Sealed by " + exporter + " on " + created + " in workspace " + workspaceId + ", key "
                + fingerprint;
        return knownKey() ? who + " (pinned as \"" + keyLabel + "\")."
                : who + ". WARNING: this key is not among your pinned keys, so anyone could have sealed this file; "
                + "compare the fingerprint with the workspace's before you rely on it.";
    }
}
