package com.custodia.ui.common;

import com.custodia.domain.ConnectionProfile;
import java.nio.file.Path;

/** Short names of connection profiles for title bars; the full {@link ConnectionProfile#label()} goes elsewhere. */
public final class ProfileLabels {

    private ProfileLabels() {
    }

    /** The workspace folder's name, or {@code user@host:port/database} for a server. */
    public static String shortLabel(ConnectionProfile profile) {
        if (profile instanceof ConnectionProfile.Embedded embedded) {
            Path name = embedded.folder().getFileName();
            return name == null ? embedded.folder().toString() : name.toString();
        }
        ConnectionProfile.Server server = (ConnectionProfile.Server) profile;
        return server.user() + "@" + server.host() + ":" + server.port() + "/" + server.database();
    }
}
