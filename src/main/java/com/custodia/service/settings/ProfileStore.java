package com.custodia.service.settings;

import com.custodia.domain.ConnectionProfile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembered connection profiles ({@code profiles.json} in the config folder), most recent
 * first. Only where to connect is kept: never a passphrase or password.
 */
public final class ProfileStore {

    private static final int MAX_PROFILES = 20;
    private final Path file;

    public ProfileStore(AppDirs dirs) {
        this.file = dirs.config().resolve("profiles.json");
    }

    /** The file format: flat, so it stays readable and editable by hand. */
    public record Entry(String kind, String folder, String host, Integer port, String database, String user,
                        String tls, String caFile, String schema) {

        static Entry of(ConnectionProfile profile) {
            if (profile instanceof ConnectionProfile.Embedded e) {
                return new Entry("embedded", e.folder().toString(), null, null, null, null, null, null, null);
            }
            ConnectionProfile.Server s = (ConnectionProfile.Server) profile;
            return new Entry("server", null, s.host(), s.port(), s.database(), s.user(), s.tls().name(), s.caFile(), s.schema());
        }

        Optional<ConnectionProfile> toProfile() {
            try {
                if ("embedded".equals(kind) && folder != null) {
                    return Optional.of(new ConnectionProfile.Embedded(Path.of(folder)));
                }
                if ("server".equals(kind)) {
                    return Optional.of(new ConnectionProfile.Server(host, port == null ? 5432 : port, database, user,
                            tls == null ? null : ConnectionProfile.TlsMode.valueOf(tls), caFile, schema));
                }
            } catch (RuntimeException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
    }

    public record Profiles(List<Entry> profiles) {
    }

    public List<ConnectionProfile> load() {
        return JsonFiles.read(file, Profiles.class)
                .map(p -> p.profiles() == null ? List.<Entry>of() : p.profiles())
                .orElse(List.of())
                .stream()
                .map(Entry::toProfile)
                .flatMap(Optional::stream)
                .toList();
    }

    /** Puts the profile first, as the most recently used. */
    public void remember(ConnectionProfile profile) {
        List<ConnectionProfile> all = new ArrayList<>(load());
        all.remove(profile);
        all.add(0, profile);
        List<Entry> entries = all.stream().limit(MAX_PROFILES).map(Entry::of).toList();
        JsonFiles.write(file, new Profiles(entries));
    }

    public void forget(ConnectionProfile profile) {
        List<Entry> entries = load().stream().filter(p -> !p.equals(profile)).map(Entry::of).toList();
        JsonFiles.write(file, new Profiles(entries));
    }
}
