package com.custodia.service.workspace;

import com.custodia.ledger.KeyFile;
import com.custodia.ledger.SigningKey;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The signing key's unlocking, started on a thread of its own while the workspace opens. Both
 * derive a key from the passphrase with 600,000 rounds of PBKDF2, one after the other they took
 * a quarter of an open, and the machines have two cores. The thread works on a copy of the
 * passphrase and wipes it; a workspace that fails to open simply leaves the result unread.
 */
final class KeyAhead {

    private final Path keyFile;
    private final FutureTask<SigningKey> task;

    private KeyAhead(Path keyFile, char[] passphrase) {
        this.keyFile = keyFile;
        char[] copy = passphrase.clone();
        this.task = new FutureTask<>(() -> {
            try {
                return KeyFile.read(keyFile, copy);
            } finally {
                Arrays.fill(copy, '\0');
            }
        });
        Thread thread = new Thread(task, "signing-key-unlock");
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts unlocking the key file, or returns null when there is none to unlock (a new workstation, or no file named). */
    static KeyAhead start(Path keyFile, char[] passphrase) {
        return passphrase != null && keyFile != null && KeyFile.exists(keyFile)
                ? new KeyAhead(keyFile, passphrase) : null;
    }

    /** Whether this unlocks the given file. */
    boolean unlocks(Path file) {
        return keyFile.equals(file);
    }

    /**
     * The unlocked key, once the thread is done.
     *
     * @throws KeyFile.WrongPassphraseException as {@link KeyFile#read} does
     * @throws IOException                      as {@link KeyFile#read} does
     */
    SigningKey join() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while the signing key was unlocked", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IOException(cause);
        }
    }
}
