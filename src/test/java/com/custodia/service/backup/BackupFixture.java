package com.custodia.service.backup;

import com.custodia.domain.LegalBasis;
import com.custodia.domain.PersonKind;
import com.custodia.domain.Progress;
import com.custodia.domain.RecipientKind;
import com.custodia.domain.Role;
import com.custodia.ledger.EntryDraft;
import com.custodia.service.Services;
import com.custodia.service.auth.Principal;
import com.custodia.service.people.NewPerson;
import com.custodia.support.TestWorkspaces;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** A real encrypted workspace with known persons and ledger entries, and archives made from its backups. */
final class BackupFixture {

    static final String EMAIL = "ada.lovelace-7f3q@example.com";
    static final String LAST_NAME = "Lovelacequist";
    static final String OFFICER = "officer";
    static final String OFFICER_PASSWORD = "officer-password-1";
    static final Principal OFFICER_PRINCIPAL = TestWorkspaces.principal(50, OFFICER, Role.PRIVACY_OFFICER);

    private BackupFixture() {
    }

    /** A workspace with two persons, a privacy officer and {@code entries} ledger entries. */
    static Services workspace(Path folder, int entries) {
        Services services = TestWorkspaces.embedded(folder, Clock.systemUTC());
        TestWorkspaces.addOperator(services, OFFICER, Role.PRIVACY_OFFICER, OFFICER_PASSWORD);
        services.people().create(OFFICER_PRINCIPAL, new NewPerson(PersonKind.CUSTOMER, "Ada", LAST_NAME,
                "Analytical Engines Ltd", EMAIL, null, "12 Byron Street", "London", "N1", "GB", "en"));
        services.people().create(OFFICER_PRINCIPAL, new NewPerson(PersonKind.CUSTOMER, "Charles", "Babbage",
                null, "charles@example.com", null, null, "Cambridge", null, "GB", "en"));
        for (int i = 0; i < entries; i++) {
            services.ledger().append(draft(i));
        }
        return services;
    }

    static Principal admin(Services services) {
        return services.auth().login(TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD.toCharArray()).principal();
    }

    static EntryDraft draft(long i) {
        return new EntryDraft(OFFICER, Set.of("PRIVACY_OFFICER"), RecipientKind.THIRD_PARTY, "Recipient " + i, null,
                LegalBasis.CONSENT, "consent-" + i, Set.of(1L), List.of("contact"), List.of("email"),
                "backup test", "file", "ab".repeat(32), null, null);
    }

    static BackupService.Backup backUp(Services services, Path file) {
        return services.backups().backUp(admin(services), file, false, Progress.NONE);
    }

    static RestoreService restorer() {
        return new RestoreService(TestWorkspaces.workspaceService(Clock.systemUTC()));
    }

    static RestoreService.Restored restore(Path archive, Path folder) {
        return restore(archive, folder, TestWorkspaces.PASSPHRASE, TestWorkspaces.ADMIN, TestWorkspaces.ADMIN_PASSWORD);
    }

    static RestoreService.Restored restore(Path archive, Path folder, String passphrase, String user, String password) {
        return restorer().restore(archive, folder, passphrase.toCharArray(),
                services -> services.auth().login(user, password.toCharArray()).principal(), Progress.NONE);
    }

    static Services open(Path folder) {
        return TestWorkspaces.workspaceService(Clock.systemUTC()).openWorkspace(folder,
                TestWorkspaces.PASSPHRASE.toCharArray(), Progress.NONE);
    }

    /** Every entry of a real backup, by name, in its order. */
    static Map<String, byte[]> entries(Path archive) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return out;
    }

    /** Writes an archive with exactly these entries, whatever their names. */
    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }
}
