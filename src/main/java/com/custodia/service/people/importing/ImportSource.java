package com.custodia.service.people.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What an import reads: a file, or bytes already in memory (the bench's generated CSV, which so
 * never lands on disk). Name and size identify it when an interrupted import is resumed.
 */
public final class ImportSource {

    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String name;
    private final long size;
    private final Path file;
    private final Opener opener;

    private ImportSource(String name, long size, Path file, Opener opener) {
        this.name = name;
        this.size = size;
        this.file = file;
        this.opener = opener;
    }

    /** A CSV file; refused at once when it is not a readable file. */
    public static ImportSource file(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ImportFileException("There is no file " + file + " to import.");
        }
        if (!Files.isReadable(file)) {
            throw new ImportFileException("The file " + file + " cannot be read.");
        }
        try {
            Path absolute = file.toAbsolutePath().normalize();
            return new ImportSource(absolute.getFileName().toString(), Files.size(absolute), absolute,
                    () -> Files.newInputStream(absolute));
        } catch (IOException e) {
            throw new ImportFileException("The file " + file + " cannot be read: " + e.getMessage(), e);
        }
    }

    /** CSV bytes in memory; the import's report must then be given a place explicitly. */
    public static ImportSource bytes(String name, byte[] csv) {
        return new ImportSource(name, csv.length, null, () -> new ByteArrayInputStream(csv));
    }

    public String name() {
        return name;
    }

    public long size() {
        return size;
    }

    /** The file, or null for bytes in memory. */
    Path file() {
        return file;
    }

    InputStream open() throws IOException {
        return opener.open();
    }
}
