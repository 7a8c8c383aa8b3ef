package com.custodia.persistence;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;

/**
 * {@code workspace.json}: the workspace's identity and the parameters that turn the passphrase
 * into the database key. It holds no secret: the salt and iteration count are public by design.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WorkspaceFile(
        int format,
        String id,
        Instant created,
        boolean demo,
        Kdf kdf,
        String publicKeyFingerprint) {

    public static final String FILE_NAME = "workspace.json";
    public static final String DATABASE_NAME = "custodia";

    public record Kdf(String algorithm, int iterations, String salt) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.INDENT_OUTPUT);

    public static Path pathIn(Path folder) {
        return folder.resolve(FILE_NAME);
    }

    public static boolean existsIn(Path folder) {
        return Files.isRegularFile(pathIn(folder));
    }

    public static WorkspaceFile read(Path folder) throws IOException {
        return JSON.readValue(pathIn(folder).toFile(), WorkspaceFile.class);
    }

    /** Written to a temporary file and moved into place, so a crash never leaves half a file. */
    public void write(Path folder) throws IOException {
        Path tmp = folder.resolve(FILE_NAME + ".tmp");
        JSON.writeValue(tmp.toFile(), this);
        Files.move(tmp, pathIn(folder), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public WorkspaceFile withPublicKeyFingerprint(String fingerprint) {
        return new WorkspaceFile(format, id, created, demo, kdf, fingerprint);
    }
}
