package com.custodia.service.disclosure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes disclosed bytes to a file: to a temporary file beside it, then moved into place, so a
 * reader never sees half a disclosure. The only way services write personal data to disk.
 */
public final class FileRelease implements Release {

    private final Path target;

    public FileRelease(Path target) {
        this.target = target.toAbsolutePath().normalize();
    }

    public Path target() {
        return target;
    }

    @Override
    public void release(byte[] payload) throws IOException {
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".custodia-", ".part");
        try {
            Files.write(tmp, payload, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
